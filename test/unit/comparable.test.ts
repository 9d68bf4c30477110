/**
 * Comparable or not compared (issue #14 point 5), on the shipped seeds: 五通桥 (003) prints its 7 project
 * scores out of the 90 indicator points only (the 10 budget-execution points are not printed), 昆明五华 (004)
 * prints 99.97 of 100. Only the second is ranked, sorted and drawn; the first is shown with the reason, in
 * the table and in the CSV. Fixtures derived from the seeds break one rule each (a combined 收、支总计).
 */
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/core/rules/index.ts';
import { bars, compareRows, notComparedNotes, sortRows, NOT_COMPARED } from '../../src/core/compare.ts';
import { comparableMean, derived } from '../../src/core/comparable.ts';
import { compareCsvRows } from '../../src/core/csv.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

const entry = (unit: string) => {
	const c = catalogueOfUnit(unit);
	expect(c.errors).toEqual([]);
	return { unit: c.units[0]!, d: c.disclosures[0]! };
};
const wtq = entry('wutongqiao-shebao');
const km = entry('kunming-wuhua-shebao');
const rows = compareRows([wtq.unit, km.unit], [wtq.d, km.d], 2024, (d) => audit(d));
const row = (id: string) => rows.find((r) => r.unit.id === id)!;

describe('project scores: 五通桥 90 of 90 is not compared with 昆明 99.97 of 100', () => {
	test('昆明 is comparable, 五通桥 is kept out of the values with its printed 90 and the reason', () => {
		expect(row('kunming-wuhua-shebao').values.projectScoreAverage).toBe(99.97);
		expect(row('kunming-wuhua-shebao').notCompared.projectScoreAverage).toBeUndefined();
		const w = row('wutongqiao-shebao');
		expect(w.values.projectScoreAverage).toBeUndefined();
		expect(w.notCompared.projectScoreAverage.printed).toBe(90);
		expect(w.notCompared.projectScoreAverage.why).toContain('预算执行（10 分）未印出得分');
	});

	test('sorting puts 五通桥 after 昆明 in both directions (never ranked), bars draw only 昆明', () => {
		for (const dir of ['descending', 'ascending'] as const) {
			expect(sortRows(rows, 'projectScoreAverage', dir).map((r) => r.unit.id)).toEqual(['kunming-wuhua-shebao', 'wutongqiao-shebao']);
		}
		expect(bars(rows, 'projectScoreAverage').map((b) => [b.unitId, b.value])).toEqual([['kunming-wuhua-shebao', 99.97]]);
	});

	test('the CSV writes 不比较 in the column and the printed score with the reason in the last column', () => {
		const [header, ...lines] = compareCsvRows(rows);
		const col = header.indexOf('项目自评平均得分（分）');
		const w = lines.find((l) => l[1] === 'wutongqiao-shebao')!;
		const k = lines.find((l) => l[1] === 'kunming-wuhua-shebao')!;
		expect([w[col], k[col]]).toEqual([NOT_COMPARED, 99.97]);
		expect(header.at(-1)).toBe('不比较的数字及原因');
		expect(w.at(-1)).toBe(notComparedNotes(row('wutongqiao-shebao')).join('；'));
		expect(w.at(-1)).toMatch(/^项目自评平均得分 90 分：只印出 90 分部分的得分/);
		expect(k.at(-1)).toBeNull();
	});
});

describe('amounts that are not like with like', () => {
	test('a text that prints only the combined 收、支总计 is shown but not ranked', () => {
		const combined = structuredClone(wtq.d);
		combined.finalAccounts!.totals = { statedCombined: 848.9 } as NonNullable<typeof combined.finalAccounts>['totals'];
		const [r] = compareRows([wtq.unit], [combined], 2024, () => []);
		expect(r.values.incomeTotal).toBeUndefined();
		expect(r.notCompared.incomeTotal).toMatchObject({ printed: 848.9, why: expect.stringContaining('合并的“收、支总计”') });
		expect(r.notCompared.expenditureTotal?.printed).toBe(848.9);
		// The seed itself prints both sides: compared.
		expect(row('wutongqiao-shebao').values.incomeTotal).toBe(848.9);
	});

	test('a mean or a per-staff figure of a figure not compared is not compared either', () => {
		const partial = { printed: 90, why: '只印出 90 分部分的得分' };
		expect(comparableMean([99.97, 98])).toBe(98.99);
		expect(comparableMean([99.97, partial])).toEqual({ printed: 94.99, why: partial.why });
		expect(comparableMean([undefined])).toBeUndefined();
		expect(derived([{ printed: 100, why: 'x' }, 4], (a, b) => a / b)).toEqual({ printed: 25, why: 'x' });
		expect(derived([100, undefined], (a, b) => a / b)).toBeUndefined();
	});
});
