/**
 * The list of every recorded number (recorded-figures.ts → recorded-figures.csv): each number outside the
 * template tables once, at its data path, named from the schema's descriptions and its item's own name, with
 * the unit the figure itself gives (a stated amount in 元, a restatement in 人) before the one its field assumes.
 */
import { describe, expect, test } from 'vitest';
import { recordedFigures } from '../../src/core/recorded-figures.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

const dongqu = catalogueOfUnit('panzhihua-dongqu-shebao').disclosures[0]!;
const wutongqiao = catalogueOfUnit('wutongqiao-shebao').disclosures[0]!;
const at = (list: ReturnType<typeof recordedFigures>, path: string) => list.find((f) => f.path === path);

/** Numeric leaves of an entry outside the template tables (and its `year`), by path. */
function leaves(value: unknown, path = ''): string[] {
	if (path === 'year' || path === 'finalAccounts.tables') return [];
	if (typeof value === 'number') return [path];
	if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
	return [];
}

describe('recordedFigures', () => {
	test('lists every number outside the template tables exactly once, in data order', () => {
		for (const d of [dongqu, wutongqiao]) expect(recordedFigures(d).map((f) => f.path)).toEqual(leaves(d));
		expect(recordedFigures(wutongqiao).some((f) => f.path.startsWith('finalAccounts.tables'))).toBe(false);
	});

	test('a figure printed in 元 or 人 keeps that unit; an amount with none is in 万元 (东区 2023, as printed)', () => {
		const list = recordedFigures(dongqu);
		// Found by their printed names: their places in the list move as fields are typed out of statedAmounts.
		const stated = (name: string) => list.find((f) => f.path.includes('.statedAmounts[') && f.label.endsWith(` · ${name} · 数值（原文）`));
		expect(stated('已扣回养老金增资金额')).toMatchObject({ value: 7429.91, unit: '元' });
		expect(stated('发放生活补贴、一次性居保支出和补偿支出等')).toMatchObject({ value: 216.42, unit: '万元' });
		expect(at(list, 'performance.evaluations[0].funds.income.initial')).toMatchObject({ value: 409.81, unit: '万元' });
		// A restated figure's unit is the restatement's: 被征地农民社保安置人数 134 人.
		expect(at(list, 'restatements[3].statements[1].value')).toMatchObject({ value: 134, unit: '人' });
	});

	test('an evaluation is named by its project; scores are in points; a 名词解释 number by its term', () => {
		const list = recordedFigures(wutongqiao);
		expect(at(list, 'performance.evaluations[0].statedAmounts[1].amount')).toMatchObject({
			label: '绩效自评 · 代缴城乡居民养老保险费 · 报告正文中印出的金额、占比和数（无专门表格者） · 支付资金 · 数值（原文）',
			value: 37.46,
			unit: '万元',
		});
		expect(at(list, 'performance.evaluations[0].indicators.rows[1].weight')).toMatchObject({ value: 10, unit: '分' });
		expect(at(list, 'finalAccounts.glossary[16].no')).toMatchObject({
			label: '部门决算 · 第三部分 名词解释 · 基本支出 · 原文编号',
			value: 27,
		});
	});
});
