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
import { openDataPath } from './open-data.ts';
import { originalsOf } from './catalogue.ts';
import { pageFile, paths } from './site-index.ts';
import { statusPaths } from './status-table.ts';

/** Files every build writes, whatever the content. */
export const SITE_FILES = [
	pageFile(''),
	pageFile(paths.search()),
	pageFile(paths.units()),
	'pagefind/pagefind-entry.json',
	'sitemap-index.xml',
	paths.dataIndex(),
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
		...catalogue.units.map((u) => pageFile(paths.unit(u.id))),
		...catalogue.disclosures.flatMap((d) => [
			pageFile(paths.unitYear(d.unit, d.year)),
			openDataPath(d),
			bundlePath(d),
			...(d.performance ? [pageFile(paths.performance(d.unit, d.year))] : []),
		]),
		// One comparison page per year (no sorted copies: the page sorts in the browser) and its CSV.
		...compareYears(catalogue.disclosures).flatMap((year) => [pageFile(paths.compare(year)), csvPaths.compare(year)]),
		...(catalogue.rosters ?? []).flatMap((r) => [statusPaths.json(r.year), statusPaths.csv(r.year)]),
		// The published PDF of every unit-year that keeps one.
		...originalsOf(catalogue).map((d) => paths.sourcePdf(d.unit, d.year)),
	];
}
