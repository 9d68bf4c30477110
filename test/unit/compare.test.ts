/**
 * The comparison table: metric extraction (unpublished stays undefined, a printed 0 stays 0), per-staff
 * figures, sorting with unpublished always last, bars. Numbers from seed 003 (the demo fixture) and 000.
 */
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/core/rules/index.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import {
	bars,
	compareRows,
	compareYears,
	excellentButUnmet,
	METRICS,
	NOT_PUBLISHED,
	perStaff,
	projectScoreAverage,
	sortRows,
} from '../../src/core/compare.ts';
import { disclosureSchema, type Disclosure } from '../../src/core/schema/index.ts';
import type { Unit } from '../../src/core/schema/unit.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { VALID_TREE } from '../helpers/content-tree.ts';

const catalogue = buildCatalogue(readContentFiles(VALID_TREE, VALID_TREE));
const demo = catalogue.disclosures[0];
const demoUnit = catalogue.units[0];

/** 攀枝花市社会保险事务中心 2025 (seed 000): self-evaluation only, staffing printed (实有在编 58 人). */
const pzhUnit: Unit = { ...demoUnit, id: 'panzhihua', name: '攀枝花市社会保险事务中心', region: { province: '四川省', city: '攀枝花市' } };
const pzh: Disclosure = disclosureSchema.parse({
	unit: 'panzhihua',
	year: 2024,
	source: { title: '部门预算绩效自评报告', issuer: '攀枝花市社会保险事务中心' },
	staffing: [{ asOf: '2025 年末', authorized: 61, onPayroll: 58, retired: 34, contracted: 12 }],
	performance: {
		evaluations: [
			{
				id: 'department',
				title: '部门预算绩效自评打分表',
				level: 'department',
				// Two rows stand for the seed's 21: their weights make the 100-point scale that makes the score comparable.
				scored: {
					rows: [
						{ level1: '总体绩效', level3: '履职效果', weight: 15, score: 15 },
						{ level1: '总体绩效', level3: '其余指标', weight: 85, score: 82.6 },
					],
				},
				totalScore: 97.6,
				grade: '优',
			},
		],
	},
});

/** 东区 2023 (seed 001) prints 三公 as 0 万元: a published zero, not a missing figure. */
const dongquUnit: Unit = {
	...demoUnit,
	id: 'dongqu',
	name: '攀枝花市东区社会保险事务中心',
	region: { province: '四川省', city: '攀枝花市', county: '东区' },
};
const dongqu: Disclosure = structuredClone({ ...demo, unit: 'dongqu' });
dongqu.finalAccounts!.threePublic = { total: 0 };
dongqu.finalAccounts!.totals = { income: 1000, expenditure: 1000 };

const units = [demoUnit, pzhUnit, dongquUnit];
const rows = compareRows(units, [demo, pzh, dongqu, { ...demo, year: 2023 }], 2024, (d) => audit(d));
const row = (id: string) => rows.find((r) => r.unit.id === id)!;

describe('metrics', () => {
	test('printed figures are read as printed (seed 003)', () => {
		const v = row('demo').values;
		expect([v.incomeTotal, v.basic, v.project, v.personnel, v.publicUse, v.threePublic, v.reception]).toEqual([
			848.9, 448.54, 400.36, 394.45, 54.09, 0.5, 0.5,
		]);
		expect(row('demo').documents).toEqual(['部门决算', '绩效自评']);
	});

	test('a figure the unit did not publish is undefined, never 0', () => {
		const v = row('panzhihua').values;
		for (const key of ['incomeTotal', 'threePublic', 'operatingCosts', 'procurement', 'personnelPerStaff'])
			expect(v[key], key).toBeUndefined();
		expect(row('demo').values.operatingCosts).toBeUndefined();
		expect(row('demo').values.staff).toBeUndefined();
		expect(row('demo').values.departmentScore).toBeUndefined();
		expect(NOT_PUBLISHED).toBe('未公开');
	});

	test('a published zero stays zero (seed 001: 三公 0 万元)', () => {
		expect(row('dongqu').values.threePublic).toBe(0);
	});

	test('self-evaluation: department score and grade, counts', () => {
		expect(row('panzhihua').values).toMatchObject({ departmentScore: 97.6, departmentGrade: '优', evaluations: 1, staff: 58 });
		expect(row('demo').values.evaluations).toBe(1);
	});

	test('findings are counted by severity for every unit-year', () => {
		for (const r of rows)
			for (const key of ['findingsCertain', 'findingsSuspect', 'findingsHint']) expect(typeof r.values[key]).toBe('number');
	});

	test('only the year asked for, every metric present as a key', () => {
		expect(rows).toHaveLength(3);
		expect(Object.keys(rows[0].values)).toEqual(METRICS.map((m) => m.key));
		expect(new Set(METRICS.map((m) => m.key)).size).toBe(METRICS.length);
		expect(compareYears([demo, pzh, { ...demo, year: 2023 }])).toEqual([2024, 2023]);
	});
});

describe('per-staff figures', () => {
	test('divide in integer 分 and round to 0.01 万元', () => {
		expect(perStaff(394.45, 58)).toBe(6.8); // 394.45 ÷ 58 = 6.8009 万元/人
		expect(perStaff(0.5, 3)).toBe(0.17);
	});
	test('unknown staffing or amount gives no figure', () => {
		expect(perStaff(394.45, undefined)).toBeUndefined();
		expect(perStaff(394.45, 0)).toBeUndefined();
		expect(perStaff(undefined, 58)).toBeUndefined();
	});
});

describe('sorting', () => {
	test('descending by 收入总计, unpublished last', () => {
		expect(sortRows(rows, 'incomeTotal').map((r) => r.unit.id)).toEqual(['dongqu', 'demo', 'panzhihua']);
	});
	test('ascending keeps unpublished last too', () => {
		expect(sortRows(rows, 'incomeTotal', 'ascending').map((r) => r.unit.id)).toEqual(['demo', 'dongqu', 'panzhihua']);
		expect(sortRows(rows, 'threePublic', 'ascending').map((r) => r.unit.id)).toEqual(['dongqu', 'demo', 'panzhihua']);
	});
	test('grades sort by rank (优 above 良), not by character code', () => {
		const graded = [{ ...row('demo'), values: { ...row('demo').values, departmentGrade: '良' } }, row('panzhihua'), row('dongqu')];
		expect(sortRows(graded, 'departmentGrade').map((r) => r.unit.id)).toEqual(['panzhihua', 'demo', 'dongqu']);
	});
	test('does not change the input order', () => {
		const before = rows.map((r) => r.unit.id);
		sortRows(rows, 'incomeTotal');
		expect(rows.map((r) => r.unit.id)).toEqual(before);
	});
});

describe('bars', () => {
	test('ratios against the largest value; unpublished left out (the table lists them)', () => {
		const b = bars(rows, 'incomeTotal');
		expect(b.map((x) => [x.unitId, x.value, Math.round(x.ratio * 1000) / 1000])).toEqual([
			['dongqu', 1000, 1],
			['demo', 848.9, 0.849],
		]);
	});
	test('at most the given number of bars, the largest', () => {
		expect(bars(rows, 'incomeTotal', 1).map((x) => x.unitId)).toEqual(['dongqu']);
	});
});

describe('项目自评平均得分', () => {
	test('mean of project totals to 0.01 分 (seed 003 demo 90, seed 004 五华 99.97)', () => {
		// The fixture keeps 30 of seed 003's weighted points: not out of 100, so shown but not compared (comparable.test.ts has the seed).
		expect(projectScoreAverage(demo)).toEqual({ printed: 90, why: expect.stringContaining('不是百分制') });
		const two = structuredClone(demo);
		two.performance!.evaluations.push({ ...two.performance!.evaluations[0], id: 'wuhua', totalScore: 99.97 });
		// (90 + 99.97) ÷ 2 = 94.985; one partial score makes the mean partial.
		expect(projectScoreAverage(two)).toMatchObject({ printed: 94.99 });
		expect(projectScoreAverage(pzh)).toBeUndefined(); // department evaluation only
	});
});

describe('自评为“优”但有指标未达标', () => {
	test('counts 优 evaluations with an unmet goal, none without performance', () => {
		const missed = structuredClone(demo);
		missed.performance!.evaluations[0].indicators!.rows[0].actual = '8500'; // target ≥9000 人
		expect(excellentButUnmet(demo)).toBe(0);
		expect(excellentButUnmet(missed)).toBe(1);
		expect(excellentButUnmet({ ...demo, performance: undefined })).toBeUndefined();
	});
});
