/**
 * A year too large for one comparison page is cut by 地区, province → city → county only as far as needed,
 * keeping the default order and giving each page a stable ASCII path segment.
 */
import { describe, expect, test } from 'vitest';
import { comparePages, COMPARE_PAGE_ROWS, regionSlug } from '../../src/core/compare-pages.ts';
import type { CompareRow } from '../../src/core/compare.ts';

const row = (id: string, region: string): CompareRow => ({
	unit: { id, name: id, region, supervisor: '人社局' },
	year: 2024,
	documents: ['部门决算'],
	values: {},
	notCompared: {},
});
const many = (n: number, region: string) => Array.from({ length: n }, (_, i) => row(`${region}-${i}`, region));

describe('comparePages', () => {
	test('a year within the limit is one page of its own (no region pages)', () => {
		const rows = many(3, '四川省 攀枝花市 东区');
		expect(comparePages(rows, 3)).toEqual([{ slug: '', region: '', rows }]);
		expect(COMPARE_PAGE_ROWS).toBeGreaterThanOrEqual(200); // issue #14: 200 units on one page
	});

	test('splits by province first, and further only where a part is still too large', () => {
		const rows = [
			...many(2, '云南省 昆明市 五华区'),
			...many(2, '四川省 攀枝花市 东区'),
			...many(2, '四川省 攀枝花市 西区'),
			...many(1, '四川省 乐山市 五通桥区'),
		];
		const pages = comparePages(rows, 3);
		// 四川省 (5) is too large, so is 攀枝花市 (4): its counties get pages; 乐山市 (1) stays whole.
		expect(pages.map((p) => [p.region, p.rows.length])).toEqual([
			['云南省', 2],
			['四川省 攀枝花市 东区', 2],
			['四川省 攀枝花市 西区', 2],
			['四川省 乐山市', 1],
		]);
		expect(pages.flatMap((p) => p.rows)).toEqual(rows); // every row once, in the default order
		expect(pages.every((p) => /^r-[0-9a-z]+$/.test(p.slug))).toBe(true);
	});

	test('a county over the limit stays one page; slugs are stable and differ by region', () => {
		const pages = comparePages(many(5, '四川省 攀枝花市 东区'), 2);
		expect(pages).toHaveLength(1);
		expect(pages[0].slug).toBe(regionSlug('四川省 攀枝花市 东区'));
		expect(regionSlug('四川省 攀枝花市 东区')).not.toBe(regionSlug('四川省 攀枝花市 西区'));
	});
});
