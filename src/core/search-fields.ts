/** Search fields the browser needs too (src/scripts/search-ui.ts): kept apart from search.ts so the client bundle stays small. */
/**
 * Meta field holding a unit's name split into words as the browser splits a query (`上海市 普陀 区 财政 局`),
 * weighted up in SEARCH_RANKING. The index splits the name differently (普陀区, 财政局), and a query's words
 * are ANDed, not a phrase: without it 上海市普陀区财政局 ranked 规划和自然资源局's page, which holds every word
 * somewhere, level with the bureau's own. Pagefind boosts a meta match by the share of the query it covers,
 * squared, so the unit whose whole name is the query comes first (search.md). Hidden from results (search-ui.ts).
 */
export const SEARCH_NAME_WORDS = '单位名称分词';

/** Words of a name as Pagefind's search splits a query in the browser (Intl.Segmenter with the page's language). */
export function queryWords(text: string): string[] {
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
