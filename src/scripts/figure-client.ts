/**
 * The one client script: draws each figure when it scrolls near the viewport. Chart.js (with the adapter)
 * is fetched by dynamic import() on the first such figure, never on page load. Without JavaScript, or if
 * drawing fails, the caption, summary and data table already in the HTML remain the figure.
 */
import type { FigureSpec } from '../core/figures/types.ts';

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-figure-chart]')];
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// With JavaScript the chart is shown and its table folded behind the toggle; without it, the table stays open.
for (const figure of figures) {
	figure.querySelector<HTMLElement>('[data-chart-box]')?.removeAttribute('hidden');
	const details = figure.querySelector<HTMLDetailsElement>('details[data-figure-table]');
	if (details) details.open = false;
}

// A printout carries every figure's table: open the folded ones while printing, restore them after.
let folded: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
	folded = [...document.querySelectorAll<HTMLDetailsElement>('details[data-figure-table]:not([open])')];
	folded.forEach((d) => (d.open = true));
});
window.addEventListener('afterprint', () => folded.forEach((d) => (d.open = false)));

let adapter: Promise<typeof import('../lib/chartjs.ts')> | undefined;
const drawn: { chart: import('chart.js').Chart<'bar' | 'pie'>; spec: FigureSpec }[] = [];

// 大字模式 (html[data-reading]) enlarges the page's text; drawn charts follow it.
new MutationObserver(() => {
	if (!adapter || drawn.length === 0) return;
	void adapter.then(({ resizeText }) => drawn.forEach(({ chart, spec }) => resizeText(chart, spec)));
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-reading'] });

async function draw(figure: HTMLElement): Promise<void> {
	const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
	const json = figure.querySelector<HTMLScriptElement>('script[type="application/json"]');
	if (!canvas || !json) return;
	figure.dataset.state = 'loading';
	try {
		adapter ??= import('../lib/chartjs.ts');
		const { drawFigure } = await adapter;
		const spec = JSON.parse(json.textContent ?? '{}') as FigureSpec;
		drawn.push({ chart: drawFigure(canvas, spec, reducedMotion), spec });
		figure.dataset.state = 'drawn';
	} catch (error) {
		// Leave the table as the figure: reopen it so the reader is not left with an empty box.
		figure.dataset.state = 'failed';
		figure.querySelector<HTMLElement>('[data-chart-box]')?.setAttribute('hidden', '');
		const details = figure.querySelector<HTMLDetailsElement>('details[data-figure-table]');
		if (details) details.open = true;
		console.warn('图表未能绘制，已显示数据表。', error);
	}
}

if ('IntersectionObserver' in window) {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				void draw(entry.target as HTMLElement);
			}
		},
		{ rootMargin: '100px 0px' },
	);
	figures.forEach((f) => observer.observe(f));
} else {
	figures.forEach((f) => void draw(f));
}
