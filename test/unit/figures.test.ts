/**
 * 图1–7 derived from the seed numbers (003 五通桥 2024, 002 盐边 2021): previous years from stated changes,
 * shares of the drawn parts, summaries, and the reasons a figure cannot be drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDisclosure } from '../../src/core/validate.ts';
import { deriveAll, deriveFigure, figureNo, figuresOfSection, isDrawable, type FigureSpec } from '../../src/core/figures/index.ts';
import type { Disclosure } from '../../src/core/schema/disclosure.ts';

const ROOT = join(import.meta.dirname, '../fixtures/figures-content/disclosures');

function load(folder: string): Disclosure {
	const dir = join(ROOT, folder);
	const file = (name: string) => ({ path: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
	const r = parseDisclosure({ dir: `disclosures/${folder}`, index: file('index.yaml'), finalAccounts: file('final-accounts.yaml') });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.data;
}

const wutongqiao = load('wutongqiao-shebao/2024');
const yanbian = load('yanbian-shebao/2021');
const fig = (d: Disclosure, no: Parameters<typeof deriveFigure>[0]) => deriveFigure(no, d) as FigureSpec;

describe('003 五通桥区 2024: seven figures, three worth a chart', () => {
	const all = deriveAll(wutongqiao);
	test('seven figures in template order, each in its section; one-slice pies and repeats are sentences', () => {
		expect(all.map((f) => [f.no, f.section, isDrawable(f)])).toEqual([
			[1, 'totals', true],
			[2, 'income', false],
			[3, 'expenditure', true],
			[4, 'fiscalTotals', false],
			[5, 'generalBudget', false],
			[6, 'generalBudget', true],
			[7, 'threePublic', false],
		]);
		expect(all.filter((f) => !isDrawable(f)).every((f) => f.empty === undefined && f.instead)).toBe(true);
	});

	test('图4 and 图5 draw only 图1’s two numbers (all income is 财政拨款), so they say so instead of repeating it', () => {
		expect(fig(wutongqiao, 4).instead).toBe('图中的数（848.90、881.37 万元）与图1完全相同，不再重复绘制；数据见下表。');
		expect(fig(wutongqiao, 5).instead).toBe(fig(wutongqiao, 4).instead);
		expect(fig(wutongqiao, 1).instead).toBeUndefined();
	});

	test('a pie of one slice is a sentence: 图2 (一般公共预算 100%), 图7 (公务接待费 only)', () => {
		expect(fig(wutongqiao, 2).instead).toBe('只有一般公共预算财政拨款收入一项，占 100%，饼图只是一个整圆，故不绘制；数据见下表。');
		expect(fig(wutongqiao, 7).instead).toMatch(/^只有公务接待费一项/);
		expect(fig(wutongqiao, 3).instead).toBeUndefined();
	});

	test('图1 derives 2023 from “减少 32.47 万元” and says so', () => {
		const f = fig(wutongqiao, 1);
		expect(f.title).toBe('收入、支出决算总计变动情况');
		expect(f.labels).toEqual(['收入总计', '支出总计']);
		expect(f.series).toEqual([
			{ name: '2023年', values: [881.37, 881.37], derived: '由本年数与原文“减少 32.47 万元”推算' },
			{ name: '2024年', values: [848.9, 848.9] },
		]);
		expect(f.notes).toEqual(['2023年数据原文未直接印出，由本年数与原文“减少 32.47 万元”推算。']);
		expect(f.summary).toBe('2024年收入总计、支出总计均为848.90万元，比2023年（881.37万元）减少32.47万元，下降3.68%。');
	});

	test('图4 and 图5 derive the same previous year from their own stated changes', () => {
		expect(fig(wutongqiao, 4).series[0]!.values).toEqual([881.37, 881.37]);
		expect(fig(wutongqiao, 4).labels).toEqual(['财政拨款收入总计', '财政拨款支出总计']);
		expect(fig(wutongqiao, 5).series.map((s) => s.values)).toEqual([[881.37], [848.9]]);
	});

	test('图2: income by source, 一般公共预算 is 100%', () => {
		const f = fig(wutongqiao, 2);
		expect(f.kind).toBe('pie');
		expect(f.labels).toHaveLength(8);
		expect(f.series[0]!.values[0]).toBe(848.9);
		expect(f.shares).toEqual([100, 0, 0, 0, 0, 0, 0, 0]);
		expect(f.summary).toBe('本年收入合计848.90万元，全部为一般公共预算财政拨款收入。');
	});

	test('图3: 基本支出 and 项目支出 only (zero kinds left out), shares of their sum', () => {
		const f = fig(wutongqiao, 3);
		expect(f.labels).toEqual(['基本支出', '项目支出']);
		expect(f.series[0]!.values).toEqual([448.54, 400.36]);
		expect(f.shares).toEqual([52.84, 47.16]);
		expect(f.summary).toBe('本年支出合计848.90万元，其中基本支出448.54万元，占52.84%；项目支出400.36万元，占47.16%。');
	});

	test('图6: by 类, parts summing to 848.91 against the printed 848.9 is said on the figure', () => {
		const f = fig(wutongqiao, 6);
		expect(f.labels.slice(4)).toEqual(['社会保障和就业支出', '卫生健康支出', '住房保障支出']);
		expect(f.shares!.slice(4)).toEqual([95.14, 1.54, 3.32]);
		expect(f.notes).toEqual([
			'各部分之和为 848.91 万元，与原文印出的一般公共预算财政拨款支出 848.90 万元不一致；图中占比按各部分之和计算。',
		]);
	});

	test('图7: 公务接待费 0.5 万元 is the whole of 三公', () => {
		const f = fig(wutongqiao, 7);
		expect(f.series[0]!.values).toEqual([0, 0, 0.5]);
		expect(f.summary).toBe('“三公”经费财政拨款支出0.50万元，全部为公务接待费。');
	});
});

describe('002 盐边县 2021: 图1, 图3, 图6 drawn, 图7 cannot be', () => {
	test('图1 previous year 2146.23 = 290.22 + 1856.01 (matches the printed 图 data)', () => {
		const f = fig(yanbian, 1);
		expect(f.series[0]!.values).toEqual([2146.23, 2146.23]);
		expect(f.summary).toBe('2021年收入总计、支出总计均为290.22万元，比2020年（2,146.23万元）减少1,856.01万元，下降86.48%。');
		const printed = yanbian.finalAccounts!.printedFigures.find((p) => p.no === 5)!;
		expect(fig(yanbian, 5).series.map((s) => s.values[0])).toEqual(printed.values);
	});

	test('图1, 图3, 图6 drawable (图2 one slice, 图4–5 repeat 图1); 图7 explains that 三公 is all zero', () => {
		const all = deriveAll(yanbian);
		expect(all.filter(isDrawable).map((f) => f.no)).toEqual([1, 3, 6]);
		expect(fig(yanbian, 4).instead).toBe('图中的数（290.22、2,146.23 万元）与图1完全相同，不再重复绘制；数据见下表。');
		const f7 = fig(yanbian, 7);
		expect(f7.empty).toBe('各项金额均为 0 万元，饼图没有可显示的部分，故不绘制；数据见下表。');
		expect(f7.series[0]!.values).toEqual([0, 0, 0]);
	});

	test('图6 shares of 253.59 / 14.80 / 21.82', () => {
		expect(fig(yanbian, 6).shares).toEqual([87.38, 5.1, 7.52]);
	});
});

describe('figures without data', () => {
	const bare: Disclosure = { ...wutongqiao, finalAccounts: { ...wutongqiao.finalAccounts!, totals: undefined, threePublic: undefined } };
	test('a missing section gives a reason, not an empty chart', () => {
		expect(fig(bare, 1).empty).toBe('原文没有收入支出决算总体情况的数据，无法绘制。');
		expect(fig(bare, 7).labels).toEqual([]);
	});

	test('a change with direction “unstated” cannot give a previous year', () => {
		const d: Disclosure = {
			...wutongqiao,
			finalAccounts: {
				...wutongqiao.finalAccounts!,
				generalBudget: { ...wutongqiao.finalAccounts!.generalBudget!, change: { direction: 'unstated', amount: 0 } },
			},
		};
		const f = fig(d, 5);
		expect(f.series[0]!.values).toEqual([null]);
		expect(f.empty).toMatch(/无法比较两年/);
	});

	test('no 部门决算, no figures', () => {
		expect(deriveAll({ ...wutongqiao, finalAccounts: undefined })).toEqual([]);
	});

	test('placement helpers', () => {
		expect(figuresOfSection('generalBudget')).toEqual([5, 6]);
		expect(figureNo('7')).toBe(7);
		expect(figureNo('8')).toBeUndefined();
	});
});
