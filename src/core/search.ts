/**
 * What a page tells the search index about itself: the four filters of the search page (年度, 地区, 单位,
 * 文档类型) and result metadata. Pages render it with <SearchMeta>; see search.md for the markup contract.
 */
import type { Unit } from './schema/unit.ts';
import { pagefindFilterValue } from './pagefind-value.ts';
import { regionName } from './site-index.ts';
import { SEARCH_NAME_WORDS, queryWords } from './search-fields.ts';

export { pagefindFilterValue, SEARCH_NAME_WORDS, queryWords };

/** The filter names, as the search page shows them. */
export const SEARCH_FILTERS = ['年度', '地区', '单位', '文档类型'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** 文档类型 values. */
export type SearchDocumentType = '部门决算' | '绩效自评' | '单位比较' | '单位概况';

/**
 * Ranking passed to Pagefind in the browser. A Chinese query is split into short words that also match
 * inside unrelated words (五通桥 → 五/通/桥 in “五年”“通知”“大桥”); favouring matches as long as the query
 * term puts the pages that contain the whole term first (checked by test/browser/search.test.ts).
 * Documents are long and rule pages short, and a rule's title names the term it checks (“三公”经费…): with
 * Pagefind's defaults (pageLength 0.75, title metadata ×5) four rule pages outranked the three 部门决算 pages
 * that report 三公经费. A document answers first (issue #14); measured in test/browser/readers.test.ts.
 */
export const SEARCH_RANKING = {
	termSimilarity: 6,
	pageLength: 0.2,
	metaWeights: { title: 1, [SEARCH_NAME_WORDS]: 8 },
} as const;

/**
 * Weights for `data-pagefind-weight` (Pagefind's scale: 0–10; h1 is 7 and h2 6 by default). `reference`: the
 * headings of rule pages, which explain a term the documents use, so a document outranks them (issue #14).
 */
export const SEARCH_WEIGHTS = { unitName: 10, sectionTitle: 8, reference: 2 } as const;

export interface SearchMetaInput {
	unit?: Pick<Unit, 'name' | 'region'>;
	year?: number;
	documentType?: SearchDocumentType;
}

/** `data-pagefind-filter` values (`名称:值`) of a page, values made safe for Pagefind's UI; absent facts give no filter. */
export function searchFilterAttributes({ unit, year, documentType }: SearchMetaInput): string[] {
	const values: [SearchFilter, string | undefined][] = [
		['年度', year === undefined ? undefined : String(year)],
		['地区', unit && regionName(unit.region)],
		['单位', unit?.name],
		['文档类型', documentType],
	];
	return values.flatMap(([name, value]) => (value ? [`${name}:${pagefindFilterValue(value)}`] : []));
}

/** `data-pagefind-meta` values shown with a result (unit and year under the title); the UI renders meta as text, so it stays raw. */
export function searchMetaAttributes({ unit, year }: SearchMetaInput): string[] {
	return [
		...(unit ? [`单位:${unit.name}`, `${SEARCH_NAME_WORDS}:${queryWords(unit.name).join(' ')}`] : []),
		...(year === undefined ? [] : [`年度:${year}`]),
	];
}
