/**
 * The search page's UI: loads Pagefind's UI script and styles, presets the query and filters from the address,
 * and writes them back as the reader changes them, so a search with its filters can be shared.
 */
import { pagefindFilterValue } from '../core/pagefind-value.ts';
import { SEARCH_NAME_WORDS } from '../core/search-fields.ts';

export interface SearchConfig {
	/** The primary Pagefind bundle (its UI script is loaded) and the address its result URLs are below. */
	bundlePath: string;
	baseUrl: string;
	/** The other bundles searched with it (year shards; a portal's shards), each with the address its pages are below. */
	mergeIndex: { bundlePath: string; baseUrl: string }[];
	filterKeys: readonly string[];
	ranking: Record<string, unknown>;
	translations: Record<string, string>;
	labels: { form: string; input: string };
}
declare const PagefindUI: new (options: Record<string, unknown>) => {
	triggerSearch(q: string): void;
	triggerFilters(f: Record<string, string[]>): void;
};

function load(tag: 'script' | 'link', url: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const el = document.createElement(tag);
		if (el instanceof HTMLScriptElement) el.src = url;
		else Object.assign(el, { rel: 'stylesheet', href: url });
		el.addEventListener('load', () => resolve(), { once: true });
		el.addEventListener('error', () => reject(new Error(`无法加载 ${url}`)), { once: true });
		document.head.append(el);
	});
}

/** The address with the query and every ticked filter (`?q=三公经费&年度=2024&年度=2023`). */
function writeAddress(root: HTMLElement, keys: readonly string[], term?: string): void {
	const url = new URL(location.href);
	if (term !== undefined) {
		if (term) url.searchParams.set('q', term);
		else url.searchParams.delete('q');
	}
	for (const key of keys) url.searchParams.delete(key);
	root.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked').forEach((box) => {
		// Pagefind names each checkbox after its filter and ids it `<filter>-<value>`.
		if (keys.includes(box.name)) url.searchParams.append(box.name, box.id.slice(box.name.length + 1));
	});
	history.replaceState(history.state, '', url);
}

/** Starts Pagefind's UI in `root` with the page's configuration. */
export async function boot(root: HTMLElement, config: SearchConfig): Promise<void> {
	await Promise.all([load('link', `${config.bundlePath}pagefind-ui.css`), load('script', `${config.bundlePath}pagefind-ui.js`)]);
	const params = new URLSearchParams(location.search);
	// The page's plain form (search-page.ts): what the reader typed before the UI arrived is searched, then the form goes.
	const start = root.querySelector<HTMLFormElement>('[data-search-start]');
	const typed = start?.querySelector('input')?.value.trim() ?? '';
	const hadFocus = Boolean(start?.contains(document.activeElement));
	const ui = new PagefindUI({
		element: root,
		bundlePath: config.bundlePath,
		baseUrl: config.baseUrl,
		ranking: config.ranking,
		// Options of the primary index do not reach merged ones: each gets the same ranking.
		mergeIndex: config.mergeIndex.map((index) => ({ ...index, ranking: config.ranking })),
		showSubResults: true,
		showImages: false,
		pageSize: 10,
		excerptLength: 40,
		autofocus: !params.get('q') && !typed,
		translations: config.translations,
		// The split name ranks results (core/search.ts); the reader sees the name itself under 单位.
		processResult: (result: { meta?: Record<string, string> }) => {
			if (result.meta) delete result.meta[SEARCH_NAME_WORDS];
			return result;
		},
		processTerm: (term: string) => {
			writeAddress(root, config.filterKeys, term);
			return term;
		},
	});
	root.addEventListener('change', (e) => {
		if ((e.target as Element).matches?.('.pagefind-ui__filter-checkbox')) writeAddress(root, config.filterKeys);
	});
	const filters: Record<string, string[]> = {};
	for (const key of config.filterKeys) {
		// Filter values are stored with ＜＞＆ for <>& (core/search.ts); a value from the address is mapped the same way.
		const values = params.getAll(key).map(pagefindFilterValue);
		if (values.length) filters[key] = values;
	}
	if (Object.keys(filters).length) ui.triggerFilters(filters);
	start?.remove();
	const q = params.get('q') || typed;
	if (q) ui.triggerSearch(q);
	if (hadFocus) root.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus();
	// Name the UI's own search landmark and field (the header search box is another landmark).
	root.querySelector('.pagefind-ui__form')?.setAttribute('aria-label', config.labels.form);
	root.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', config.labels.input);
	document.documentElement.dataset.searchReady = 'true';
}
