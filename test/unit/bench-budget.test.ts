/** The bench's arithmetic: growth exponents from a log-log fit, the budgets of `--assert`, `--scaling` sizes. */
import { expect, test } from 'vitest';
import { budgetViolations, growthExponent, scalingSizes, type BenchResult } from '../../scripts/bench/budget.ts';

test('growth exponent: linear cost gives 1, quadratic 2, a constant 0', () => {
	const ns = [1000, 2000, 5000];
	expect(growthExponent(ns.map((n) => ({ n, value: 0.03 * n })))).toBeCloseTo(1, 10);
	expect(growthExponent(ns.map((n) => ({ n, value: 4e-6 * n * n })))).toBeCloseTo(2, 10);
	expect(growthExponent(ns.map((n) => ({ n, value: 700 })))).toBeCloseTo(0, 10);
});

test("growth exponent of the issue's measurements: 1,000 → 4,000 unit-years, 4.8 → 12.3 GB", () => {
	// Issue 13: 1,000 unit-years 4.8 GB, 2,000 7.0 GB, 4,000 12.3 GB: memory grows a little under linearly.
	const b = growthExponent([
		{ n: 1000, value: 4.8 },
		{ n: 2000, value: 7.0 },
		{ n: 4000, value: 12.3 },
	]);
	expect(b).toBeGreaterThan(0.6);
	expect(b).toBeLessThan(0.75);
});

test('growth exponent refuses one size or a non-positive value', () => {
	expect(() =>
		growthExponent([
			{ n: 100, value: 1 },
			{ n: 100, value: 2 },
		]),
	).toThrow(/两个不同的规模/);
	expect(() =>
		growthExponent([
			{ n: 100, value: 0 },
			{ n: 200, value: 2 },
		]),
	).toThrow(/为正/);
});

const run = (over: Partial<BenchResult>): BenchResult => ({
	unitYears: 1000,
	pages: 6000,
	seconds: 300,
	peakMiB: 2000,
	baselineSeconds: 100,
	baselinePeakMiB: 1000,
	baselineComplete: true,
	baselinePartPages: null,
	bareAstroSeconds: 60,
	bareAstroPeakMiB: 600,
	distMiB: 900,
	searchIndexMiB: 80,
	firstSearchKiB: null,
	rebuildSeconds: null,
	rebuildRatio: null,
	...over,
});

test('budgets: exactly 3× time and 2× memory pass; just over fails, naming the budget and both figures', () => {
	expect(budgetViolations(run({}))).toEqual([]);
	const [time] = budgetViolations(run({ seconds: 302 }));
	expect(time).toMatch(/^构建用时预算（≤ 3 倍 Astro \+ Pagefind 基线）未达到：1000 个单位年度用时 302.0 秒，基线 100.0 秒，为 3.02 倍/);
	const [memory] = budgetViolations(run({ peakMiB: 2100 }));
	expect(memory).toMatch(/^峰值内存预算（≤ 2 倍 Astro \+ Pagefind 基线）未达到：.*2100 MiB，基线 1000 MiB，为 2.10 倍/);
});

test('budgets against a stopped baseline: within only where its lower bounds prove it', () => {
	// Stopped at 20 GB after 400 s: any build under 40 GB is within 2× its memory, but only one of at most 1,200 s within 3× its time.
	const stopped = { unitYears: 5000, baselineSeconds: 400, baselinePeakMiB: 20480, baselineComplete: false, peakMiB: 6000 };
	expect(budgetViolations(run({ ...stopped, seconds: 1200 }))).toEqual([]);
	const [time] = budgetViolations(run({ ...stopped, seconds: 1500 }));
	expect(time).toMatch(
		/^构建用时预算.*用时 1500.0 秒，基线 至少 400.0 秒，为 3.75 倍（基线内存超过上限而中止，用时和内存只知下限，不能证明达到）$/,
	);
	// A part of the baseline built whole (every 2nd page) is named as where the bound comes from.
	expect(budgetViolations(run({ ...stopped, baselinePartPages: 5545, seconds: 1500 }))[0]).toMatch(
		/为 3.75 倍（基线内存超过上限而中止，用时和内存只知下限：取中止前所用与只建其中 5545 个页面时所用之较大者，不能证明达到）$/,
	);
	// The same figures against a baseline that finished are a plain violation, with no lower-bound wording.
	expect(budgetViolations(run({ ...stopped, baselineComplete: true, seconds: 1500 }))[0]).toMatch(/为 3.75 倍$/);
});

test('budgets: 6 GB holds from 5,000 unit-years on, even within the ratio', () => {
	expect(budgetViolations(run({ unitYears: 4999, peakMiB: 7000, baselinePeakMiB: 4000 }))).toEqual([]);
	const broken = budgetViolations(run({ unitYears: 5000, peakMiB: 7000, baselinePeakMiB: 4000 }));
	expect(broken).toHaveLength(1);
	expect(broken[0]).toMatch(/^峰值内存上限（5000 个单位年度起 ≤ 6 GB）未达到：5000 个单位年度峰值 7000 MiB/);
});

test('budgets: a rebuild after one change takes at most a quarter of the full build, from 5,000 unit-years on', () => {
	expect(budgetViolations(run({ unitYears: 5000, seconds: 300, rebuildSeconds: 75, rebuildRatio: 0.25 }))).toEqual([]);
	expect(budgetViolations(run({ unitYears: 300, seconds: 300, rebuildSeconds: 150, rebuildRatio: 0.5 }))).toEqual([]);
	const [rebuild] = budgetViolations(run({ unitYears: 5000, seconds: 300, rebuildSeconds: 78, rebuildRatio: 0.26 }));
	expect(rebuild).toMatch(
		/^增量构建预算（5000 个单位年度起，改动一个数字后重建 ≤ 完整构建的 0.25）未达到：5000 个单位年度重建 78 秒，完整构建 300 秒，为 0.26/,
	);
});

test('--scaling: default sizes, a given list, and a clear error for a bad one', () => {
	expect(scalingSizes(undefined)).toEqual([1000, 2000, 5000]);
	expect(scalingSizes('--json')).toEqual([1000, 2000, 5000]);
	expect(scalingSizes('100,200,400')).toEqual([100, 200, 400]);
	expect(() => scalingSizes('100')).toThrow(/至少两个正整数/);
	expect(() => scalingSizes('100,abc')).toThrow(/至少两个正整数/);
});
