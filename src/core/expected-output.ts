/**
 * What a complete site holds, derived from the catalogue: the build checks the staged output against this
 * list before it replaces the published site, so a step that died quietly (a page, the search index, the
 * sitemap, the open data) never leaves an incomplete site behind. Paths are below the output folder.
 */
import type { Catalogue } from './catalogue.ts';
import { planSearchShards, SEARCH_SHARD_UNIT_YEARS } from './search-shards.ts';
import { compareYears } from './compare.ts';
import { csvPaths } from './csv.ts';
import { bundlePath } from './data-files.ts';
import { originalsOf } from './catalogue.ts';
import { paths } from './site-index.ts';

/** Files every build writes, whatever the content. */
export const SITE_FILES = [
	'index.html',
	'search/index.html',
	'units/index.html',
	'pagefind/pagefind-entry.json',
	'sitemap-index.xml',
	'data/index.json',
	'SHA256SUMS',
	'.gongkai-build',
] as const;

/** Every file the site must hold for this catalogue (`searchShardBudget`: unit-years per search shard, search-shards.ts). */
export function expectedOutput(
	catalogue: Pick<Catalogue, 'units' | 'disclosures'> & Partial<Pick<Catalogue, 'rosters' | 'originals'>>,
	searchShardBudget = SEARCH_SHARD_UNIT_YEARS,
): string[] {
	return [
		...SITE_FILES,
		// Every shard of the search index; the primary `pagefind/` is in SITE_FILES.
		...planSearchShards(catalogue, searchShardBudget)
			.shards.slice(1)
			.map((s) => `${s.bundle}pagefind-entry.json`),
		...catalogue.units.map((u) => `units/${u.id}/index.html`),
		...catalogue.disclosures.flatMap((d) => [
			`units/${d.unit}/${d.year}/index.html`,
			`data/${d.unit}/${d.year}.json`,
			bundlePath(d),
			...(d.performance ? [`units/${d.unit}/${d.year}/performance/index.html`] : []),
		]),
		// One comparison page per year (no sorted copies: the page sorts in the browser) and its CSV.
		...compareYears(catalogue.disclosures).flatMap((year) => [`compare/${year}/index.html`, csvPaths.compare(year)]),
		...(catalogue.rosters ?? []).flatMap((r) => [`data/status/${r.year}.json`, `data/status/${r.year}.csv`]),
		// The published PDF of every unit-year that keeps one.
		...originalsOf(catalogue).map((d) => paths.sourcePdf(d.unit, d.year)),
	];
}
