/**
 * How a year's comparison is cut into pages. One page holds the whole year while it stays small enough for a
 * phone (under 1 MB of HTML: a row is about 0.7 KB, measured on the bench batch, see README); a larger year
 * gets one page per 地区 below a year index, splitting province → city → county only as far as needed.
 */
import type { CompareRow } from './compare.ts';

/** Rows one page may hold: 1,000 × ~0.7 KB ≈ 0.7 MB, leaving room for long names and the page's frame. */
export const COMPARE_PAGE_ROWS = 1000;

/** One comparison page of a year. */
export interface ComparePage {
	/** ASCII path segment below `/compare/<year>/`; '' for the page of the whole year. */
	slug: string;
	/** The 地区 the page covers ('' for the whole year), e.g. `四川省 攀枝花市 东区`. */
	region: string;
	rows: CompareRow[];
}

/** FNV-1a: a short, stable ASCII id for a region name (URLs are ASCII; the name is the page's title). */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
	return h.toString(36);
}

/** Path segment of a region's page: `r-<hash of the region name>`. */
export const regionSlug = (region: string) => `r-${hash(region)}`;

const LEVELS = 3; // province, city, county: the parts of regionName()

function split(rows: readonly CompareRow[], depth: number, limit: number): ComparePage[] {
	const groups = new Map<string, CompareRow[]>();
	for (const r of rows) {
		const key = r.unit.region.split(' ').slice(0, depth).join(' ');
		const group = groups.get(key);
		if (group) group.push(r);
		else groups.set(key, [r]);
	}
	// A county over the limit stays one page: there is no finer 地区 to split by.
	return [...groups].flatMap(([region, group]) =>
		group.length > limit && depth < LEVELS ? split(group, depth + 1, limit) : [{ slug: regionSlug(region), region, rows: group }],
	);
}

/** The pages of a year, rows in the default order (compareRows); one page when the year is small enough. */
export function comparePages(rows: readonly CompareRow[], limit = COMPARE_PAGE_ROWS): ComparePage[] {
	if (rows.length <= limit) return [{ slug: '', region: '', rows: [...rows] }];
	const pages = split(rows, 1, limit);
	const slugs = new Set(pages.map((p) => p.slug));
	if (slugs.size !== pages.length)
		throw new Error(`单位比较：两个地区的网址标识相同（${pages.map((p) => p.region).join('、')}），请报告此问题`);
	return pages;
}
