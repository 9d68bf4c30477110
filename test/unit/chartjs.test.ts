/** The Chart.js adapter: zero parts left out of pies, the derived year labelled and hatched, no animation on request. */
import { describe, expect, test } from 'vitest';
import { chartFontSize, MIN_FONT_PX, toChartConfig, PALETTE, valueLabels } from '../../src/lib/chartjs.ts';
import { changeFigure } from '../../src/core/figures/change.ts';
import { structureFigure } from '../../src/core/figures/structure.ts';

// 003 图7 and 图1 (五通桥 2024), built from the seed numbers.
const fig7 = structureFigure({
	no: 7,
	title: '“三公”经费财政拨款支出结构',
	section: 'threePublic',
	whole: '“三公”经费财政拨款支出',
	printedTotal: 0.5,
	parts: [
		{ label: '因公出国（境）费', amount: 0 },
		{ label: '公务用车购置及运行维护费', amount: 0 },
		{ label: '公务接待费', amount: 0.5 },
	],
});
const fig1 = changeFigure({
	no: 1,
	title: '收入、支出决算总计变动情况',
	section: 'totals',
	year: 2024,
	quantities: [
		{ label: '收入总计', current: 848.9, change: { direction: 'decrease', amount: 32.47 } },
		{ label: '支出总计', current: 848.9, change: { direction: 'decrease', amount: 32.47 } },
	],
});

describe('toChartConfig', () => {
	test('pie: only non-zero parts are drawn', () => {
		const c = toChartConfig(fig7);
		expect(c.type).toBe('pie');
		expect(c.data.labels).toEqual(['公务接待费']);
		expect(c.data.datasets[0]!.data).toEqual([0.5]);
	});

	test('bar: the derived year says so in the legend and gets a pattern of its own', () => {
		const kinds: string[] = [];
		const c = toChartConfig(fig1, { reducedMotion: true, pattern: (kind, color) => (kinds.push(kind), `${kind}:${color}`) });
		expect(c.data.datasets.map((d) => d.label)).toEqual(['2023年（推算）', '2024年']);
		expect(c.data.datasets[0]!.backgroundColor).toBe(`diagonal:${PALETTE[1]}`);
		expect(c.data.datasets[1]!.backgroundColor).toBe(`solid:${PALETTE[0]}`);
		expect(c.options?.animation).toBe(false);
	});

	test('axis, legend and value-label text is at least 14 px and grows with the page (大字模式 = 125%)', () => {
		expect(chartFontSize(16)).toBeGreaterThanOrEqual(MIN_FONT_PX);
		expect(chartFontSize(12)).toBe(MIN_FONT_PX);
		expect(chartFontSize(20)).toBeGreaterThan(chartFontSize(16));
		type Font = { size?: number };
		const c = toChartConfig(fig1, { fontSize: chartFontSize(20) }) as unknown as {
			options: {
				font: Font;
				scales: { x: { ticks: { font: Font } }; y: { ticks: { font: Font }; title: { font: Font } } };
				plugins: { legend: { labels: { font: Font } } };
			};
		};
		for (const font of [
			c.options.font,
			c.options.scales.x.ticks.font,
			c.options.scales.y.ticks.font,
			c.options.scales.y.title.font,
			c.options.plugins.legend.labels.font,
		]) {
			expect(font.size).toBe(chartFontSize(20));
		}
		expect(toChartConfig(fig1).options?.font).toEqual({ size: MIN_FONT_PX });
	});

	test('bars and slices carry their values: the label hook is on every chart', () => {
		expect(toChartConfig(fig1).plugins).toEqual([valueLabels]);
		expect(toChartConfig(fig7).plugins).toEqual([valueLabels]);
	});
});
