/** Which search shard each built page goes to (core/search-shards.ts): whole years up to the budget, big years split by unit. */
import { describe, expect, test } from 'vitest';
import {
	isSharedRuntimeFile,
	planSearchShards,
	PRIMARY_BUNDLE,
	SEARCH_CONCURRENCY,
	SEARCH_SHARD_UNIT_YEARS,
	shardBudget,
	shardConcurrency,
} from '../../src/core/search-shards.ts';

const units = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
/** 2022: a; 2023: a, b, c; 2024: a, b, c, d; 2025: b. */
const disclosures = [
	{ unit: 'a', year: 2022 },
	...['a', 'b', 'c'].map((unit) => ({ unit, year: 2023 })),
	...['d', 'c', 'b', 'a'].map((unit) => ({ unit, year: 2024 })),
	{ unit: 'b', year: 2025 },
];

describe('planSearchShards', () => {
	test('a site within the budget is one index, the primary bundle', () => {
		const plan = planSearchShards({ units, disclosures });
		expect(plan.shards).toEqual([{ bundle: PRIMARY_BUNDLE, years: [2022, 2023, 2024, 2025] }]);
		expect(plan.shardOf('units/a/2024/performance/index.html')).toBe(0);
		expect(plan.shardOf('rules/x/index.html')).toBe(0);
	});

	test('whole years fill shards up to the budget; the primary counts the unit pages; a year above it is split by unit', () => {
		// Budget 3: primary = 4 units (capped at 3) → full; 2022 (1) + 2023 (3) > 3 → 2022 alone, 2023 alone;
		// 2024 (4) > 3 → two parts of equal size [a b] [c d]; 2025 (1) after a split part starts a shard of its own.
		const plan = planSearchShards({ units, disclosures }, 3);
		expect(plan.shards).toEqual([
			{ bundle: 'pagefind/', years: [] },
			{ bundle: 'pagefind/2022/', years: [2022] },
			{ bundle: 'pagefind/2023/', years: [2023] },
			{ bundle: 'pagefind/2024-1/', years: [2024], units: ['a', 'b'] },
			{ bundle: 'pagefind/2024-2/', years: [2024], units: ['c', 'd'] },
			{ bundle: 'pagefind/2025/', years: [2025] },
		]);
		const bundleOf = (path: string) => plan.shards[plan.shardOf(path)]!.bundle;
		expect(bundleOf('units/a/index.html')).toBe('pagefind/');
		expect(bundleOf('index.html')).toBe('pagefind/');
		expect(bundleOf('units/b/2023/index.html')).toBe('pagefind/2023/');
		expect(bundleOf('units/b/2024/performance/index.html')).toBe('pagefind/2024-1/');
		expect(bundleOf('units/c/2024/performance/index.html')).toBe('pagefind/2024-2/');
		expect(bundleOf('/units/d/2024/index.html')).toBe('pagefind/2024-2/');
		// A year's own pages go with its first part.
		expect(bundleOf('compare/2024/index.html')).toBe('pagefind/2024-1/');
		expect(bundleOf('years/2022/index.html')).toBe('pagefind/2022/');
		// A year with no unit-year (a roster only) or a unit-year not in the catalogue: the primary.
		expect(bundleOf('status/2019/index.html')).toBe('pagefind/');
		expect(bundleOf('units/zz/2024/index.html')).toBe('pagefind/');
	});

	test('consecutive small years share a shard', () => {
		const plan = planSearchShards({ units: [{ id: 'a' }], disclosures }, 5);
		expect(plan.shards.map((s) => [s.bundle, s.years])).toEqual([
			['pagefind/', [2022, 2023]],
			['pagefind/2024-2025/', [2024, 2025]],
		]);
	});

	test('every unit-year page lands in a shard that lists its year', () => {
		const plan = planSearchShards({ units, disclosures }, 2);
		for (const { unit, year } of disclosures) {
			const shard = plan.shards[plan.shardOf(`units/${unit}/${year}/index.html`)]!;
			expect(shard.years).toContain(year);
			if (shard.units) expect(shard.units).toContain(unit);
		}
		expect(plan.shards.flatMap((s) => s.units ?? []).length).toBeLessThanOrEqual(disclosures.length);
	});

	test('a year above the budget is split into parts of equal size, none above the budget', () => {
		const many = Array.from({ length: 1000 }, (_, i) => ({ unit: `u${String(i).padStart(4, '0')}`, year: 2024 }));
		const plan = planSearchShards({ units: many.map(({ unit }) => ({ id: unit })), disclosures: many }, 350);
		expect(plan.shards.slice(1).map((s) => s.units!.length)).toEqual([333, 334, 333]);
		expect(new Set(plan.shards.flatMap((s) => s.units ?? [])).size).toBe(1000);
	});
});

test('the budget from the environment: a positive integer, else a clear error', () => {
	expect(shardBudget(undefined)).toBe(SEARCH_SHARD_UNIT_YEARS);
	expect(shardBudget('250')).toBe(250);
	expect(() => shardBudget('0')).toThrow(/正整数/);
	expect(() => shardBudget('abc')).toThrow(/GONGKAI_SEARCH_SHARD_UNIT_YEARS/);
});

test('shards indexed at once: two, or one per core if fewer; the environment may set any positive integer', () => {
	expect(shardConcurrency(undefined, 2)).toBe(SEARCH_CONCURRENCY);
	expect(shardConcurrency(undefined, 1)).toBe(1);
	expect(shardConcurrency('', 16)).toBe(SEARCH_CONCURRENCY);
	expect(shardConcurrency('4', 2)).toBe(4);
	expect(() => shardConcurrency('1.5', 2)).toThrow(/GONGKAI_SEARCH_CONCURRENCY 必须是正整数/);
});

test('merged shards drop only the runtime the primary bundle serves', () => {
	for (const name of [
		'pagefind.js',
		'pagefind-ui.js',
		'pagefind-ui.css',
		'pagefind-worker.js',
		'pagefind-component-ui.css',
		'wasm.unknown.pagefind',
		'wasm.zh-cn.pagefind',
	])
		expect(isSharedRuntimeFile(name), name).toBe(true);
	for (const name of ['pagefind-entry.json', 'pagefind.zh-cn_828285f1c7d4e.pf_meta', 'index', 'fragment', 'filter'])
		expect(isSharedRuntimeFile(name), name).toBe(false);
});
