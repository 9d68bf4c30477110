/** A unit's trends over its years: oldest first, unpublished figures stay undefined, bars against the max. */
import { expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { unitTrends } from '../../src/core/trends.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { VALID_TREE } from '../helpers/content-tree.ts';

const demo = buildCatalogue(readContentFiles(VALID_TREE, VALID_TREE)).disclosures[0];

test('years oldest first; values and ratios per series (seed 003: 收入总计 848.90, 三公 0.5)', () => {
	const earlier = structuredClone({ ...demo, year: 2023 });
	earlier.finalAccounts!.totals = { income: 881.37, expenditure: 881.37 }; // 848.90 + 32.47 (减少 32.47 万元)
	earlier.finalAccounts!.threePublic = undefined;
	const t = unitTrends([demo, earlier]);
	expect(t.years).toEqual([2023, 2024]);
	const income = t.series.find((s) => s.metric.key === 'incomeTotal')!;
	expect(income.points.map((p) => p.value)).toEqual([881.37, 848.9]);
	expect(income.points[0].ratio).toBe(1);
	const three = t.series.find((s) => s.metric.key === 'threePublic')!;
	expect(three.points.map((p) => p.value)).toEqual([undefined, 0.5]);
	expect(t.series.find((s) => s.metric.key === 'operatingCosts')!.hasData).toBe(false);
	expect(t.grades).toEqual([
		{ year: 2023, grade: undefined },
		{ year: 2024, grade: undefined },
	]);
});
