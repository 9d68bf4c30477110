/**
 * FigureSpec → Chart.js. The only file that imports chart.js; it registers just the two chart types the
 * seven figures use. Loaded by the figure client script on demand (never on pages without figures).
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, PieController, Tooltip, type ChartConfiguration } from 'chart.js';
import type { FigureSpec } from '../core/figures/types.ts';
import { formatPercent, formatWan } from '../core/format.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, PieController, ArcElement, Legend, Tooltip);

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), ordered so neighbours also differ in
 * lightness; every fill also gets its own pattern, so slices stay apart in greyscale print.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Pattern kinds, paired with the palette by index. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'zigzag', 'grid'] as const;
export type PatternKind = (typeof PATTERNS)[number];

export type Fill = string | CanvasPattern;

export interface ChartOptions {
	/** Turn animation off (prefers-reduced-motion). */
	reducedMotion?: boolean;
	/** Makes a pattern fill; without it (tests, no canvas) plain colours are used. */
	pattern?: (kind: PatternKind, color: string) => Fill;
}

const fillAt = (i: number, o: ChartOptions): Fill => {
	const color = PALETTE[i % PALETTE.length]!;
	return o.pattern ? o.pattern(PATTERNS[i % PATTERNS.length]!, color) : color;
};

/** The Chart.js configuration of one figure (pies leave out zero parts; the table still lists them). */
export function toChartConfig(spec: FigureSpec, o: ChartOptions = {}): ChartConfiguration<'bar' | 'pie'> {
	const base = {
		responsive: true,
		maintainAspectRatio: false,
		animation: o.reducedMotion ? (false as const) : { duration: 400 },
		locale: 'zh-CN',
	};
	if (spec.kind === 'pie') {
		const values = spec.series[0]?.values ?? [];
		const keep = spec.labels.map((_, i) => i).filter((i) => (values[i] ?? 0) > 0);
		return {
			type: 'pie',
			data: {
				labels: keep.map((i) => spec.labels[i]!),
				datasets: [{ label: '金额（万元）', data: keep.map((i) => values[i]!), backgroundColor: keep.map((_, k) => fillAt(k, o)), borderColor: '#ffffff', borderWidth: 2 }],
			},
			options: {
				...base,
				plugins: {
					legend: { position: 'bottom' },
					tooltip: { callbacks: { label: (c) => `${formatWan(Number(c.raw))} 万元（${formatPercent(spec.shares?.[keep[c.dataIndex]!] ?? 0, 2)}）` } },
				},
			},
		};
	}
	return {
		type: 'bar',
		data: {
			labels: [...spec.labels],
			datasets: spec.series.map((s, i) => ({
				label: s.derived ? `${s.name}（推算）` : s.name,
				data: s.values.map((v) => v ?? 0),
				// The derived (previous) year is hatched: an estimate should not look like a printed figure.
				backgroundColor: s.derived ? fillAt(1, o) : fillAt(i === 0 ? 4 : 0, o),
				borderColor: PALETTE[i === 0 ? 4 : 0],
				borderWidth: 1,
			})),
		},
		options: {
			...base,
			scales: { y: { beginAtZero: true, title: { display: true, text: '万元' }, ticks: { callback: (v) => formatWan(Number(v)) } } },
			plugins: {
				legend: { position: 'bottom' },
				tooltip: { callbacks: { label: (c) => `${c.dataset.label}：${formatWan(Number(c.raw))} 万元` } },
			},
		},
	};
}

/** A small repeating tile: colour background with a dark or light mark, so fills differ without colour. */
export function canvasPattern(kind: PatternKind, color: string): Fill {
	if (kind === 'solid') return color;
	const size = 10;
	const tile = document.createElement('canvas');
	tile.width = tile.height = size;
	const g = tile.getContext('2d');
	if (!g) return color;
	g.fillStyle = color;
	g.fillRect(0, 0, size, size);
	g.strokeStyle = g.fillStyle = color === '#000000' ? 'rgba(255,255,255,0.8)' : 'rgba(0,0,0,0.55)';
	g.lineWidth = 1.5;
	g.beginPath();
	if (kind === 'diagonal') { g.moveTo(0, size); g.lineTo(size, 0); }
	if (kind === 'horizontal' || kind === 'cross' || kind === 'grid') { g.moveTo(0, size / 2); g.lineTo(size, size / 2); }
	if (kind === 'vertical' || kind === 'cross' || kind === 'grid') { g.moveTo(size / 2, 0); g.lineTo(size / 2, size); }
	if (kind === 'zigzag') { g.moveTo(0, 7); g.lineTo(size / 2, 3); g.lineTo(size, 7); }
	g.stroke();
	if (kind === 'dots') { g.beginPath(); g.arc(size / 2, size / 2, 2, 0, Math.PI * 2); g.fill(); }
	return g.createPattern(tile, 'repeat') ?? color;
}

/** Draws one figure on its canvas. */
export function drawFigure(canvas: HTMLCanvasElement, spec: FigureSpec, reducedMotion: boolean): Chart<'bar' | 'pie'> {
	return new Chart(canvas, toChartConfig(spec, { reducedMotion, pattern: canvasPattern }));
}
