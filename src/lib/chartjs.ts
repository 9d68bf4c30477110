/**
 * FigureSpec → Chart.js. The only file that imports chart.js; it registers just the two chart types the
 * seven figures use. Loaded by the figure client script on demand (never on pages without figures).
 */
import {
	ArcElement,
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	PieController,
	Tooltip,
	type ChartConfiguration,
	type Plugin,
} from 'chart.js';
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
	/** Text size in px for axes, legend and value labels: the page's root size, so 大字模式 enlarges it too. */
	fontSize?: number;
}

/** Chart text is never smaller than 14 px (issue #14 point 8), whatever the page's root size. */
export const MIN_FONT_PX = 14;

/** The chart text size for a page whose root font size is `rootPx` (16 normally, 20 in 大字模式). */
export const chartFontSize = (rootPx: number): number => Math.max(MIN_FONT_PX, Math.round(rootPx * 0.9375));

/** A slice narrower than this share gets no label on the pie (it would overlap); the legend names its value. */
const MIN_LABELLED_SHARE = 4;

/**
 * Value labels drawn on the chart itself (Chart.js 4 has none built in): each bar's amount above it, each
 * slice's share inside it. A small hook rather than a plugin package: two chart types, one number format.
 */
export const valueLabels: Plugin<'bar' | 'pie'> = {
	id: 'gongkaiValueLabels',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		const size = Number((chart.options.font as { size?: number } | undefined)?.size ?? MIN_FONT_PX);
		ctx.save();
		ctx.font = `${size}px sans-serif`;
		ctx.textAlign = 'center';
		const pie = 'type' in chart.config && chart.config.type === 'pie';
		chart.data.datasets.forEach((dataset, i) => {
			const meta = chart.getDatasetMeta(i);
			if (meta.hidden) return;
			meta.data.forEach((element, j) => {
				const raw = Number(dataset.data[j]);
				if (!Number.isFinite(raw) || raw === 0) return;
				const { x, y } = element.tooltipPosition(true);
				if (x === null || y === null) return;
				if (pie) {
					const total = (dataset.data as number[]).reduce((a, v) => a + Number(v), 0);
					const share = total === 0 ? 0 : (raw / total) * 100;
					if (share < MIN_LABELLED_SHARE) return;
					ctx.textBaseline = 'middle';
					ctx.lineWidth = 3;
					ctx.strokeStyle = '#ffffff';
					ctx.fillStyle = '#000000';
					const text = formatPercent(Math.round(share * 10) / 10, 1);
					ctx.strokeText(text, x, y);
					ctx.fillText(text, x, y);
				} else {
					ctx.textBaseline = 'bottom';
					ctx.fillStyle = '#1a1a1a';
					ctx.fillText(formatWan(raw), x, y - 4);
				}
			});
		});
		ctx.restore();
	},
};

const fillAt = (i: number, o: ChartOptions): Fill => {
	const color = PALETTE[i % PALETTE.length]!;
	return o.pattern ? o.pattern(PATTERNS[i % PATTERNS.length]!, color) : color;
};

/** The Chart.js configuration of one figure (pies leave out zero parts; the table still lists them). */
export function toChartConfig(spec: FigureSpec, o: ChartOptions = {}): ChartConfiguration<'bar' | 'pie'> {
	const size = o.fontSize ?? MIN_FONT_PX;
	const font = { size };
	const base = {
		responsive: true,
		maintainAspectRatio: false,
		animation: o.reducedMotion ? (false as const) : { duration: 400 },
		locale: 'zh-CN',
		font,
	};
	if (spec.kind === 'pie') {
		const values = spec.series[0]?.values ?? [];
		const keep = spec.labels.map((_, i) => i).filter((i) => (values[i] ?? 0) > 0);
		return {
			type: 'pie',
			data: {
				labels: keep.map((i) => spec.labels[i]!),
				datasets: [
					{
						label: '金额（万元）',
						data: keep.map((i) => values[i]!),
						backgroundColor: keep.map((_, k) => fillAt(k, o)),
						borderColor: '#ffffff',
						borderWidth: 2,
					},
				],
			},
			plugins: [valueLabels],
			options: {
				...base,
				plugins: {
					// The legend names every slice's amount and share: small slices carry no label of their own.
					legend: {
						position: 'bottom',
						labels: {
							font,
							generateLabels: (chart) =>
								Chart.overrides.pie.plugins.legend.labels.generateLabels(chart).map((item, k) => ({
									...item,
									text: `${item.text} ${formatWan(values[keep[k]!]!)} 万元（${formatPercent(spec.shares?.[keep[k]!] ?? 0, 2)}）`,
								})),
						},
					},
					tooltip: {
						callbacks: { label: (c) => `${formatWan(Number(c.raw))} 万元（${formatPercent(spec.shares?.[keep[c.dataIndex]!] ?? 0, 2)}）` },
					},
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
		plugins: [valueLabels],
		options: {
			...base,
			// Room above the tallest bar for its value label.
			layout: { padding: { top: size + 8 } },
			scales: {
				x: { ticks: { font } },
				y: { beginAtZero: true, title: { display: true, text: '万元', font }, ticks: { font, callback: (v) => formatWan(Number(v)) } },
			},
			plugins: {
				legend: { position: 'bottom', labels: { font } },
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
	if (kind === 'diagonal') {
		g.moveTo(0, size);
		g.lineTo(size, 0);
	}
	if (kind === 'horizontal' || kind === 'cross' || kind === 'grid') {
		g.moveTo(0, size / 2);
		g.lineTo(size, size / 2);
	}
	if (kind === 'vertical' || kind === 'cross' || kind === 'grid') {
		g.moveTo(size / 2, 0);
		g.lineTo(size / 2, size);
	}
	if (kind === 'zigzag') {
		g.moveTo(0, 7);
		g.lineTo(size / 2, 3);
		g.lineTo(size, 7);
	}
	g.stroke();
	if (kind === 'dots') {
		g.beginPath();
		g.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
		g.fill();
	}
	return g.createPattern(tile, 'repeat') ?? color;
}

/** The page's chart text size now (大字模式 sets a larger root font size). */
export function pageFontSize(): number {
	return chartFontSize(parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
}

/** Draws one figure on its canvas. */
export function drawFigure(canvas: HTMLCanvasElement, spec: FigureSpec, reducedMotion: boolean): Chart<'bar' | 'pie'> {
	return new Chart(canvas, toChartConfig(spec, { reducedMotion, pattern: canvasPattern, fontSize: pageFontSize() }));
}

/** Redraws a chart with the page's text size after the reader switches 大字模式 on or off. */
export function resizeText(chart: Chart<'bar' | 'pie'>, spec: FigureSpec): void {
	const next = toChartConfig(spec, { reducedMotion: true, pattern: canvasPattern, fontSize: pageFontSize() });
	chart.options = next.options!;
	chart.update('none');
}
