/**
 * The search page's client: starts the Pagefind UI with the settings the page put in its JSON block, presets
 * the query and filters from the address (`?q=`, `?年度=2024`), and keeps `?q=` in the address. A bundled file,
 * not an inline script, so the Content-Security-Policy allows only the site's own scripts.
 */
import { pagefindFilterValue } from '../core/pagefind-value.ts';

interface SearchConfig {
	bundlePath: string;
	baseUrl: string;
	filterKeys: string[];
	ranking: Record<string, number>;
	translations: Record<string, string>;
	labels: { form: string; input: string };
}
interface PagefindUIInstance {
	triggerFilters(filters: Record<string, string[]>): void;
	triggerSearch(term: string): void;
}
declare const PagefindUI: new (options: Record<string, unknown>) => PagefindUIInstance;

const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchConfig;
const params = new URLSearchParams(location.search);
const ui = new PagefindUI({
	element: '#search',
	bundlePath: config.bundlePath,
	baseUrl: config.baseUrl,
	ranking: config.ranking,
	showSubResults: true,
	showImages: false,
	pageSize: 10,
	excerptLength: 40,
	autofocus: !params.get('q'),
	translations: config.translations,
	// Keep ?q= in the address so a search can be bookmarked or shared.
	processTerm: (term: string) => {
		const url = new URL(location.href);
		if (term) url.searchParams.set('q', term);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
		return term;
	},
});
const filters: Record<string, string[]> = {};
for (const key of config.filterKeys) {
	// Filter values are stored with ＜＞＆ for <>& (core/search.ts); a value from the address is mapped the same way.
	const values = params.getAll(key).map(pagefindFilterValue);
	if (values.length) filters[key] = values;
}
if (Object.keys(filters).length) ui.triggerFilters(filters);
const q = params.get('q');
if (q) ui.triggerSearch(q);
// Name the UI's own search landmark and field (the header search box is another landmark).
document.querySelector('#search .pagefind-ui__form')?.setAttribute('aria-label', config.labels.form);
document.querySelector('#search .pagefind-ui__search-input')?.setAttribute('aria-label', config.labels.input);
document.documentElement.dataset.searchReady = 'true';
