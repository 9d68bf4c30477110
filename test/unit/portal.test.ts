/** The portal's pages from what it reads of each shard (core/portal.ts): every bundle merged, names escaped. */
import { expect, test } from 'vitest';
import { portalIndexHtml, portalSearchConfig, shardUnits, type PortalPageFrame, type PortalShard } from '../../src/core/portal.ts';

const shard = (name: string, base: string, entries: PortalShard['entries'], merged: string[] = []): PortalShard => ({
	name,
	entries,
	search: {
		bundlePath: `${base}pagefind/`,
		baseUrl: base,
		mergeIndex: merged.map((m) => ({ bundlePath: `${base}pagefind/${m}/`, baseUrl: base })),
	},
	assets: { styles: [`${base}_astro/Base.css`], scripts: [`${base}_astro/search.js`] },
});
const entry = (id: string, name: string, year: number, base: string) => ({
	unit: { id, name, region: { province: '四川省', city: '乐山市' } },
	year,
	page: `${base}units/${id}/${year}/`,
});

const west = shard(
	'西部',
	'/west/',
	[
		entry('wutongqiao-shebao', '五通桥区社会保险事务中心', 2023, '/west/'),
		entry('wutongqiao-shebao', '五通桥区社会保险事务中心', 2024, '/west/'),
	],
	['2023', '2024'],
);
const hostile = shard('<b>上海</b>', '/shanghai/', [entry('x', '<img src=x onerror=alert(1)>局', 2024, '/shanghai/')]);
const frame: PortalPageFrame = { siteName: '门户', base: '/', csp: "default-src 'self'", inlineScript: '', styles: west.assets.styles };

test("the search merges every bundle of every shard into the first shard's primary one, each with its own base", () => {
	const config = portalSearchConfig([west, hostile], { filterKeys: ['年度'], ranking: {}, translations: {}, labels: {} });
	expect(config.bundlePath).toBe('/west/pagefind/');
	expect(config.baseUrl).toBe('/west/');
	expect(config.mergeIndex).toEqual([
		{ bundlePath: '/west/pagefind/2023/', baseUrl: '/west/' },
		{ bundlePath: '/west/pagefind/2024/', baseUrl: '/west/' },
		{ bundlePath: '/shanghai/pagefind/', baseUrl: '/shanghai/' },
	]);
	expect(() => portalSearchConfig([], { filterKeys: [], ranking: {}, translations: {}, labels: {} })).toThrow(/至少需要一个分站/);
});

test("a shard's units with their years, newest first", () => {
	expect(shardUnits(west)).toEqual([
		{
			id: 'wutongqiao-shebao',
			name: '五通桥区社会保险事务中心',
			region: '四川省乐山市',
			years: [
				{ year: 2024, page: '/west/units/wutongqiao-shebao/2024/' },
				{ year: 2023, page: '/west/units/wutongqiao-shebao/2023/' },
			],
		},
	]);
});

test('names from a shard are text on the portal page', () => {
	const html = portalIndexHtml(frame, [west, hostile]);
	expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;局');
	expect(html).toContain('&lt;b&gt;上海&lt;/b&gt;');
	expect(html).not.toContain('<img');
	expect(html).toContain('href="/west/units/wutongqiao-shebao/2024/"');
});
