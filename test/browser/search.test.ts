/**
 * Search and comparison in real Chromium on the built site (under the test sub-path): each journalist query
 * returns the pages that contain it first and the 年度 filter narrows results. The comparison table's sorting
 * and filters are tested in compare.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { readSite, siteBase, sitePages } from '../helpers/site.ts';
import { SEARCH_NAME_WORDS, SEARCH_RANKING } from '../../src/core/search.ts';
import type { SearchConfig } from '../../src/scripts/search-ui.ts';

/** The five queries, and a page each must find (the seed that contains the term). */
const QUERIES = [
	{ q: '三公经费', mustFind: 'units/wutongqiao-shebao/2024/' },
	{ q: '社会保险', mustFind: 'units/panzhihua-shebao/2025/performance/' },
	{ q: '五通桥', mustFind: 'units/wutongqiao-shebao/2024/' },
	{ q: '职业年金', mustFind: 'units/wutongqiao-shebao/2024/' },
	{ q: '被征地农民', mustFind: 'units/panzhihua-dongqu-shebao/2023/' },
];

/** Results arrive as Pagefind loads its index and fragments: on a busy machine that takes seconds, not the default 1 s. */
const POLL = { timeout: 15_000 };

/** Text as a search matches it: no spaces or punctuation ("“三公”经费" contains 三公经费). */
const normalise = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '');

let site: OpenSite;
let page: Page;
/** Indexed text of every page that takes part in search (its data-pagefind-body minus ignored parts), by path. */
const indexedText = new Map<string, string>();

beforeAll(async () => {
	site = await openSite();
	page = await site.context.newPage();
	for (const file of sitePages()) {
		const path = file.replace(/index\.html$/, '');
		if (!readSite(file).includes('data-pagefind-body')) continue; // not indexed at all
		await page.goto(site.url(path));
		const text = await page.evaluate(() => {
			const body = document.querySelector('[data-pagefind-body]');
			if (!body) return undefined;
			const copy = body.cloneNode(true) as Element;
			copy.querySelectorAll('[data-pagefind-ignore], script, style, [hidden]').forEach((e) => e.remove());
			return copy.textContent ?? '';
		});
		if (text !== undefined) indexedText.set(path, normalise(text));
	}
});
afterAll(async () => site?.close());

/** An attribute value as the browser reads it. */
const decodeHtml = (s: string) =>
	s.replace(/&(quot|#34|#39|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', '#34': '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[e]!);

/** The search page's configuration: the primary bundle and the shards it merges. */
const searchConfig = (): SearchConfig => JSON.parse(decodeHtml(/data-config="([^"]*)"/.exec(readSite('search/index.html'))![1]!));

/**
 * Every result of a query in ranking order, as paths below the base: Pagefind's own JS API with the same
 * shards merged as the search page merges them (one index per year and one for pages of no year).
 */
async function allResults(q: string, filters: Record<string, string> = {}): Promise<string[]> {
	const base = siteBase();
	const config = searchConfig();
	const ranking = JSON.stringify(SEARCH_RANKING);
	const urls: string[] = await page.evaluate(`(async () => {
		const pf = await import('${config.bundlePath}pagefind.js');
		await pf.options({ baseUrl: '${config.baseUrl}', ranking: ${ranking} });
		for (const shard of ${JSON.stringify(config.mergeIndex)}) await pf.mergeIndex(shard.bundlePath, { ...shard, ranking: ${ranking} });
		const r = await pf.search(${JSON.stringify(q)}, { filters: ${JSON.stringify(filters)} });
		return Promise.all(r.results.map((x) => x.data().then((d) => d.url)));
	})()`);
	return urls.map((u) => u.slice(base.length).replace(/#.*$/, ''));
}

/** Top-level result links shown by the search page's UI, as paths below the base. */
async function shownResults(): Promise<string[]> {
	const hrefs = await page
		.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	return hrefs.map((h) => h.slice(siteBase().length).replace(/#.*$/, ''));
}

describe('search', () => {
	test('the index covers the content pages and leaves the sorted copies out', () => {
		const paths = [...indexedText.keys()];
		expect(paths).toEqual(
			expect.arrayContaining(['units/wutongqiao-shebao/2024/', 'units/wutongqiao-shebao/2024/performance/', 'compare/2024/']),
		);
		expect(paths.filter((p) => /compare\/\d+\/by-/.test(p))).toEqual([]);
		expect(paths).not.toContain('search/');
	});

	test('listing pages that grow with the number of units are left out or index none of their list', () => {
		expect(indexedText.has('glossary/')).toBe(false);
		expect([...indexedText.keys()].filter((p) => p.startsWith('status/'))).toEqual([]);
		const names = [
			...new Set(
				(JSON.parse(readSite('data/index.json')) as { entries: { unit: { name: string } }[] }).entries.map((e) => normalise(e.unit.name)),
			),
		];
		const listings = [...indexedText].filter(([path]) => /^(|units\/|years\/\d{4}\/|rules\/.*|compare\/\d{4}\/)$/.test(path));
		expect(listings.map(([path]) => path)).toEqual(expect.arrayContaining(['', 'units/', 'years/2024/', 'rules/', 'compare/2024/']));
		for (const [path, text] of listings)
			expect(
				names.filter((n) => text.includes(n)),
				path,
			).toEqual([]);
	});

	test.each(QUERIES)('$q: pages that contain it come first', async ({ q, mustFind }) => {
		const containing = [...indexedText].filter(([, text]) => text.includes(q)).map(([path]) => path);
		expect(containing).toContain(mustFind);
		const results = await allResults(q);
		// Every page that contains the term is found, and all of them rank above pages that only match in part.
		expect(new Set(results.slice(0, containing.length))).toEqual(new Set(containing));

		await page.goto(site.url(`search/?q=${encodeURIComponent(q)}`));
		await page.locator('.pagefind-ui__result').first().waitFor(); // the UI arrives after the first paint
		// The page's first result is the same page (results fill in as their data arrives).
		await expect.poll(async () => (await shownResults())[0], POLL).toBe(results[0]);
		expect(await page.locator('.pagefind-ui__result mark').count()).toBeGreaterThan(0);
	});

	test("every unit's full name lists all of that unit's pages first", async () => {
		const units = new Map(
			(JSON.parse(readSite('data/index.json')) as { entries: { unit: { id: string; name: string } }[] }).entries.map((e) => [
				e.unit.id,
				e.unit.name,
			]),
		);
		expect(units.size).toBeGreaterThanOrEqual(8);
		const wrong: string[] = [];
		for (const [id, name] of units) {
			const own = [...indexedText.keys()].filter((p) => p.startsWith(`units/${id}/`));
			expect(own.length, id).toBeGreaterThanOrEqual(2); // the unit page and at least one document
			const results = await allResults(name);
			const first = results.slice(0, own.length);
			if (!first.every((p) => p.startsWith(`units/${id}/`)) || new Set(first).size !== own.length) {
				wrong.push(`${name}: ${first.join(', ')}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('the split name that ranks a unit first is not shown with results', async () => {
		await page.goto(site.url(`search/?q=${encodeURIComponent('上海市普陀区财政局')}`));
		await page.locator('.pagefind-ui__result').first().waitFor();
		await expect.poll(async () => (await shownResults())[0], POLL).toMatch(/^units\/putuo-finance\//);
		const tags = await page.locator('.pagefind-ui__result-tag').allTextContents();
		expect(tags.join(' ')).toContain('上海市普陀区财政局');
		expect(tags.join(' ')).not.toContain(SEARCH_NAME_WORDS);
	});

	test('results show the section they come from (sub-results)', async () => {
		await page.goto(site.url(`search/?q=${encodeURIComponent('三公经费')}`));
		await page.locator('.pagefind-ui__result-nested').first().waitFor();
		const nested = page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link');
		expect(await nested.count()).toBeGreaterThan(0);
		expect(await nested.first().getAttribute('href')).toMatch(/#/);
	});

	test('the 年度 filter narrows results to that year', async () => {
		const all = await allResults('社会保险');
		const only2024 = await allResults('社会保险', { 年度: '2024' });
		expect(only2024.length).toBeLessThan(all.length);
		// Exactly the 2024 pages that contain the term: every page of a year carries the 年度 filter.
		const pages2024 = [...indexedText]
			.filter(([path, text]) => /(^|\/)2024\//.test(path) && text.includes('社会保险'))
			.map(([path]) => path);
		expect(pages2024).toEqual(expect.arrayContaining(['units/wutongqiao-shebao/2024/', 'units/kunming-wuhua-shebao/2024/performance/']));
		expect(new Set(only2024)).toEqual(new Set(pages2024));

		// The same through the page: tick 2024 under 年度.
		await page.goto(site.url(`search/?q=${encodeURIComponent('社会保险')}`));
		await page.locator('.pagefind-ui__result').first().waitFor();
		const block = page.locator('.pagefind-ui__filter-block', { has: page.locator('.pagefind-ui__filter-name', { hasText: '年度' }) });
		await block.locator('summary').click();
		await block.locator('.pagefind-ui__filter-value', { hasText: '2024' }).locator('input').check();
		await expect
			.poll(async () => (await page.locator('.pagefind-ui__message').textContent()) ?? '', POLL)
			.toMatch(new RegExp(`(^|\\D)${only2024.length} 个`));
		await expect.poll(async () => (await shownResults()).length, POLL).toBe(Math.min(only2024.length, 10));
		for (const p of await shownResults()) expect(p).toMatch(/\/2024\//);
	});

	test('without a query the page loads no Pagefind UI until the reader reaches for its field; what was typed is searched', async () => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(r.url()));
		await page.goto(site.url('search/'));
		await page.waitForTimeout(1000); // the first paint and the idle time after it
		expect(fetched.filter((u) => u.includes('pagefind'))).toEqual([]);
		expect(await page.locator('.pagefind-ui').count()).toBe(0);
		await page.locator('#search-start-q').fill('三公经费');
		await page.locator('.pagefind-ui__result').first().waitFor();
		expect(await page.locator('[data-search-start]').count()).toBe(0);
		expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('三公经费');
		await expect.poll(async () => (await shownResults())[0], POLL).toBe((await allResults('三公经费'))[0]);
		expect(new URL(page.url()).searchParams.get('q')).toBe('三公经费');
		page.removeAllListeners('request');
	});

	test('the header search box sends the query to the search page (a plain form)', async () => {
		await page.goto(site.url('compare/2024/'));
		await page.locator('#site-search-q').fill('五通桥');
		await page.locator('#site-search-q').press('Enter');
		await page.waitForURL(/search\/\?q=/);
		await page.locator('.pagefind-ui__result').first().waitFor();
		expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('五通桥');
	});
});
