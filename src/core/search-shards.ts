/**
 * The search index is split into shards so the indexer holds a shard or two in memory at a time, never the whole
 * province (issue #13). A shard is a run of whole years (every page of a year: its unit-years' documents, its
 * comparison and year pages) holding at most `budget` unit-years; a year larger than the budget is split by
 * unit. The pages of no year (unit pages, rules, home) go with the first shard, the primary bundle at
 * `pagefind/` whose scripts run the search; the others are merged into it in the browser (Pagefind's
 * multisite search, `mergeIndex`).
 *
 * Why not one shard per year: Pagefind ranks each index by its own statistics (how many of its pages hold a
 * word), so scores of a small index and a large one do not compare, and the rule "pages that contain the whole
 * term come first" (search.md) broke across tiny year shards. Shards of similar, large size rank alike; a site
 * below the budget keeps one index and exactly today's ranking.
 *
 * The plan depends on the catalogue only, so the search page (which lists the bundles) and the indexer (which
 * writes them) derive the same one.
 */
import { positiveSetting } from './settings.ts';

/**
 * Unit-years per shard. Pagefind's service holds about 5.6 MB per synthetic unit-year (every template table filled)
 * plus 0.3 GB: 5.9 GB for a shard of 1,000, 3.1 GB for 500 (measured at 5,000 and 10,000 unit-years, 2026-12-02).
 * The build indexes two shards at once (`SEARCH_CONCURRENCY`): 350 keeps the two near 2.3 GB each, inside the
 * 6 GB budget of issue #13 with the build process beside them.
 */
export const SEARCH_SHARD_UNIT_YEARS = 350;

/**
 * Shards indexed at once, each by a Pagefind service of its own: one service keeps about one core busy, so two use
 * the two cores of a small CI machine; more only multiply the memory (each holds its shard) on a machine with room.
 */
export const SEARCH_CONCURRENCY = 2;

/** The primary bundle, below the site root. */
export const PRIMARY_BUNDLE = 'pagefind/';

export interface SearchShard {
	/** Folder below the site root, with a trailing slash: `pagefind/`, `pagefind/2024/`, `pagefind/2021-2023/`, `pagefind/2024-2/`. */
	bundle: string;
	/** Years whose pages it holds (all of them, or with `units` only those units' unit-year pages). */
	years: number[];
	/** For a part of a year split by unit: its units. */
	units?: string[];
}

export interface SearchShardPlan {
	/** The primary shard first. */
	shards: SearchShard[];
	/** The shard (index into `shards`) a built page belongs to, from its path below the site root. */
	shardOf(pagePath: string): number;
}

interface UnitYear {
	unit: string;
	year: number;
}

/** Pages of a unit-year (`units/<unit>/<year>/…`) and of a year (`compare|years|status/<year>/…`). */
const UNIT_YEAR_PAGE = /^units\/([^/]+)\/(\d{4})\//;
const YEAR_PAGE = /^(?:compare|years|status)\/(\d{4})\//;

/** Plans the shards of a catalogue's search index. */
export function planSearchShards(
	catalogue: { units: readonly { id: string }[]; disclosures: readonly UnitYear[] },
	budget = SEARCH_SHARD_UNIT_YEARS,
): SearchShardPlan {
	if (!(budget >= 1)) throw new Error(`检索分片的单位年度数必须至少为 1，而不是 ${budget}`);
	const byYear = new Map<number, string[]>();
	for (const { unit, year } of catalogue.disclosures) byYear.set(year, [...(byYear.get(year) ?? []), unit]);
	const years = [...byYear.keys()].sort((a, b) => a - b);

	// Greedy: whole years fill a shard up to the budget; the primary starts with the unit pages' weight.
	const parts: { years: number[]; units?: string[]; size: number }[] = [{ years: [], size: Math.min(catalogue.units.length, budget) }];
	for (const year of years) {
		const units = [...byYear.get(year)!].sort();
		const last = parts.at(-1)!;
		if (units.length > budget) {
			// Parts of equal size (1,000 at 350: 334, 333, 333, not 350, 350, 300), so they rank alike.
			const count = Math.ceil(units.length / budget);
			const cut = (i: number) => Math.round((i * units.length) / count);
			for (let i = 0; i < count; i++) {
				const part = units.slice(cut(i), cut(i + 1));
				parts.push({ years: [year], units: part, size: part.length });
			}
		} else if (last.size + units.length <= budget && !last.units) {
			last.years.push(year);
			last.size += units.length;
		} else {
			parts.push({ years: [year], size: units.length });
		}
	}
	const shards: SearchShard[] = parts.map((part, i) => ({
		bundle: i === 0 ? PRIMARY_BUNDLE : `${PRIMARY_BUNDLE}${bundleName(part, parts)}/`,
		years: part.years,
		...(part.units ? { units: part.units } : {}),
	}));

	const ofYear = new Map<number, number>();
	const ofUnitYear = new Map<string, number>();
	shards.forEach((shard, i) => {
		for (const year of shard.years) {
			if (!ofYear.has(year)) ofYear.set(year, i);
			for (const unit of shard.units ?? byYear.get(year)!) ofUnitYear.set(`${unit}/${year}`, i);
		}
	});
	return {
		shards,
		shardOf(pagePath) {
			const path = pagePath.replace(/^\/+/, '');
			const unitYear = UNIT_YEAR_PAGE.exec(path);
			if (unitYear) return ofUnitYear.get(`${unitYear[1]}/${unitYear[2]}`) ?? 0;
			const year = YEAR_PAGE.exec(path);
			return year ? (ofYear.get(Number(year[1])) ?? 0) : 0;
		},
	};
}

/** `2024`, `2021-2023`, or `2024-2` for the second part of a split year. */
function bundleName(part: { years: number[]; units?: string[] }, parts: readonly { years: number[]; units?: string[] }[]): string {
	if (!part.units) return part.years.length === 1 ? `${part.years[0]}` : `${part.years[0]}-${part.years.at(-1)}`;
	const ofYear = parts.filter((p) => p.units && p.years[0] === part.years[0]);
	return `${part.years[0]}-${ofYear.indexOf(part) + 1}`;
}

/**
 * Files of a Pagefind bundle that only the primary bundle needs: the scripts, styles and WebAssembly that run
 * the search. A merged index is read with the primary's code, so another shard keeps only its index data
 * (`pagefind-entry.json`, `*.pf_meta`, `index/`, `filter/`, `fragment/`).
 */
export function isSharedRuntimeFile(name: string): boolean {
	return /^pagefind[\w-]*\.(?:js|css)$|^wasm\.[\w-]+\.pagefind$/.test(name);
}

/** The shard budget from the environment (`GONGKAI_SEARCH_SHARD_UNIT_YEARS`), or the default. */
export const shardBudget = (value: string | undefined): number =>
	positiveSetting('GONGKAI_SEARCH_SHARD_UNIT_YEARS', value, SEARCH_SHARD_UNIT_YEARS);

/** Shards indexed at once from the environment (`GONGKAI_SEARCH_CONCURRENCY`), else the default, at most one per core. */
export const shardConcurrency = (value: string | undefined, cores: number): number =>
	positiveSetting('GONGKAI_SEARCH_CONCURRENCY', value, Math.min(SEARCH_CONCURRENCY, cores));
