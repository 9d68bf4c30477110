/** /feed.xml (Atom, one entry per unit-year, newest publication first) and the sitemap (stable pages only). */
import { expect, test } from 'vitest';
import { readSite, siteBase } from '../helpers/site.ts';

test('the feed has every unit-year, newest publication first, links under the base', () => {
	const xml = readSite('feed.xml');
	const index = JSON.parse(readSite('data/index.json')) as { entries: { page: string; publishedOn: string | null }[] };
	expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
	const ids = [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => new URL(m[1]).pathname);
	expect(new Set(ids)).toEqual(new Set(index.entries.map((e) => e.page)));
	for (const id of ids) expect(id.startsWith(`${siteBase()}units/`)).toBe(true);
	const published = [...xml.matchAll(/<published>([^<]+)<\/published>/g)].map((m) => m[1]);
	expect(published).toEqual([...published].sort().reverse());
	expect(published.length).toBe(index.entries.filter((e) => e.publishedOn).length);
	expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
});

test('the sitemap lists the comparison pages but not their sorted copies or the search page', () => {
	const urls = [...readSite('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
	expect(urls).toContain(`${siteBase()}compare/2024/`);
	expect(urls).toContain(`${siteBase()}units/wutongqiao-shebao/2024/`);
	expect(urls.filter((u) => /\/by-|\/search\//.test(u))).toEqual([]);
	expect(readSite('sitemap-index.xml')).toContain('sitemap-0.xml');
});
