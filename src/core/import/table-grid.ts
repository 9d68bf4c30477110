/**
 * The geometry of one printed table, read on the template's description of it: where its columns stand (found
 * by the template's column names in the printed header) and which printed words belong to which side. Shared
 * by PDF and text input (`layout.ts`); nothing here knows a particular table.
 */
import type { SideSpec, TableSpec } from '../templates/index.ts';
import { joined, type LayoutLine, type Token } from './layout.ts';

/** A cell value as printed: "2,106.66", "0.95", "0". Codes never hold a point or a comma. */
export const VALUE = /^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|0)$/;

/** A token with the line it stands on. */
export interface Placed {
	token: Token;
	line: LayoutLine;
}

/** A column located in the printed header. */
export interface Column {
	side: number;
	index: number;
	center: number;
}

export interface Grid {
	columns: Column[];
	/** Smallest distance between two neighbouring columns (the scale for "near"). */
	spacing: number;
	/** Left edge of each side's labels (codes, names): the previous side's last column. */
	sideLeft: number[];
	/** Index in the region of the first line that prints a value (the header is above it). */
	dataStart: number;
	/** First line below the header's words: a row's name may begin above its numbers (wrapped, centred). */
	bodyStart: number;
}

/** Words of a table header that name no column (项目, 科目编码, 类 款 项…). */
export const HEADER_WORDS = new Set([
	'类',
	'款',
	'项',
	'项目',
	'科目名称',
	'科目编码',
	'支出功能分类',
	'功能分类',
	'经济分类',
	'收入',
	'支出',
	'决算数',
	'预算数',
]);

const norm = (s: string) => s.replace(/[\s“”"]/g, '');
/** Printed header words that differ from the template's: Shanghai prints 本年支出 › 小计 for the template's 合计. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = { 合计: ['小计'] };

/** Whether a header word can be the (first line of the) printed header of a column named `name`. */
function headerMatches(word: string, name: string): boolean {
	const w = norm(word);
	if (!w) return false;
	return [name, ...(SYNONYMS[name] ?? [])].some((n) => w === n || (w.length >= 2 && n.startsWith(w)));
}

/**
 * Finds every column of the table in its header, left to right across the sides; undefined (with the column
 * that was not found) when the header does not print the template's columns in the template's order.
 */
export function locateColumns(spec: TableSpec, region: readonly LayoutLine[]): Grid | { missing: string } {
	let dataStart = region.findIndex((l) => l.tokens.some((t) => VALUE.test(t.text)));
	if (dataStart < 0) dataStart = region.length;
	const header = region
		.slice(0, dataStart)
		.flatMap((line) => line.tokens)
		.sort((a, b) => a.x0 - b.x0);
	const columns: Column[] = [];
	let last = -Infinity;
	for (const [s, side] of spec.sides.entries()) {
		for (const [i, col] of side.columns.entries()) {
			const hit = header.find((t) => t.x0 > last && headerMatches(t.text, col.name));
			if (!hit) return { missing: `${side.name ? `${side.name}栏` : ''}“${col.name}”` };
			last = hit.x0;
			columns.push({ side: s, index: i, center: (hit.x0 + hit.x1) / 2 });
		}
	}
	const gaps = columns.slice(1).map((c, i) => c.center - columns[i]!.center);
	const spacing = gaps.length ? Math.min(...gaps) : Infinity;
	const sideLeft = spec.sides.map((_, s) => {
		const prev = columns.filter((c) => c.side === s - 1);
		return prev.length ? prev.at(-1)!.center : -Infinity;
	});
	const names = spec.sides.flatMap((side) => side.columns.map((c) => c.name));
	const headerish = (l: LayoutLine) => l.tokens.some((t) => HEADER_WORDS.has(t.text) || names.some((n) => headerMatches(t.text, n)));
	let bodyStart = dataStart;
	while (bodyStart > 0 && !headerish(region[bodyStart - 1]!)) bodyStart -= 1;
	return { columns, spacing, sideLeft, dataStart, bodyStart };
}

/** The column a printed value stands in, or undefined when it is as near to two columns (never guessed). */
export function columnOf(grid: Grid, token: Token, size: number): Column | undefined {
	const center = (token.x0 + token.x1) / 2;
	const byDistance = grid.columns.map((c) => ({ c, d: Math.abs(c.center - center) })).sort((a, b) => a.d - b.d);
	const [best, next] = byDistance;
	if (!best) return undefined;
	const scale = Number.isFinite(grid.spacing) ? grid.spacing : 8 * size;
	if (best.d > scale) return undefined;
	if (next && next.d - best.d < 0.2 * scale) return undefined;
	return best.c;
}

/** The side whose labels a word at `x0` belongs to. */
export function sideOfLabel(grid: Grid, x0: number, sides: readonly SideSpec[]): number {
	let side = 0;
	for (let s = 0; s < sides.length; s++) if (x0 > grid.sideLeft[s]!) side = s;
	return side;
}

/** Title lines of the template's tables: the last line printing exactly the title, with 单位 within 3 lines. */
export function findTitles(spec: readonly TableSpec[], layout: readonly LayoutLine[]): { spec: TableSpec; at: number }[] {
	const out: { spec: TableSpec; at: number }[] = [];
	for (const table of spec) {
		let at = -1;
		layout.forEach((line, i) => {
			const text = norm(joined(line)).replace(/^[一二三四五六七八九十]+[、.．]/, '');
			if (text !== norm(table.title) && !text.startsWith(`${norm(table.title)}单位`)) return;
			if (layout.slice(i, i + 4).some((l) => joined(l).includes('单位'))) at = i;
		});
		if (at >= 0) out.push({ spec: table, at });
	}
	return out.sort((a, b) => a.at - b.at);
}

/** Where the tables part ends: the next part of the document (第三部分, the 说明). */
export function partEnd(layout: readonly LayoutLine[], from: number): number {
	for (let i = from + 1; i < layout.length; i++) if (/^第[一二三四五六七八九十]+部分|部门决算情况说明$/.test(joined(layout[i]!))) return i;
	return layout.length;
}

/**
 * Columns of a text's values. pdftotext keeps each number's right edge where it was printed but squeezes header
 * words together ("基本支出 项目支出"), so a text's values are grouped by right edge (page by page: each page has
 * its own character grid), and the groups are given to the header's columns left to right, one group per column,
 * at the least total distance. A PDF's header stands where printed: its values take the nearest header column.
 */
export function assignColumns(grid: Grid, values: readonly Placed[]): Map<Placed, Column | undefined> {
	const out = new Map<Placed, Column | undefined>();
	const byPage = new Map<number, Placed[]>();
	for (const v of values) {
		if (v.line.size !== 1) out.set(v, columnOf(grid, v.token, v.line.size));
		else byPage.set(v.line.page, [...(byPage.get(v.line.page) ?? []), v]);
	}
	for (const page of byPage.values()) {
		const groups = valueGroups(page);
		const centers = groups.map((g) => g.reduce((a, v) => a + (v.token.x0 + v.token.x1) / 2, 0) / g.length);
		const mapping = orderedMatch(
			centers,
			grid.columns.map((c) => c.center),
		);
		// As many groups as columns: one group per column in order, the only reading (a squeezed header may put a
		// value one column off). Fewer groups: the header must put each value where its group went.
		const all = groups.length === grid.columns.length;
		groups.forEach((g, i) =>
			g.forEach((v) => {
				const byEdge = mapping ? grid.columns[mapping[i]!] : undefined;
				const byHeader = columnOf(grid, v.token, v.line.size);
				const agree = byEdge && (all ? !byHeader || Math.abs(grid.columns.indexOf(byHeader) - mapping![i]!) <= 1 : byEdge === byHeader);
				out.set(v, agree ? byEdge : undefined);
			}),
		);
	}
	return out;
}

/** A text page's values grouped by right edge, left to right: one group per printed column. */
function valueGroups(page: readonly Placed[]): Placed[][] {
	const sorted = [...page].sort((a, b) => a.token.x1 - b.token.x1);
	const groups: Placed[][] = [];
	for (const v of sorted) {
		const g = groups.at(-1);
		if (g && v.token.x1 - g.at(-1)!.token.x1 <= 3) g.push(v);
		else groups.push([v]);
	}
	return groups;
}

/**
 * Every reading of a text page whose values the header could not place (a page after a page break, re-gridded
 * by pdftotext without a header of its own): the page's right-edge groups given to the table's columns left to
 * right, one group per column, in each order-keeping way. The caller keeps a reading only when it is the one
 * the template's sums confirm; undefined when the page's values do not fall into columns (more groups than
 * columns, or a group of two values on one line).
 */
export function pageReadings(grid: Grid, page: readonly Placed[]): Map<Placed, Column>[] | undefined {
	const groups = valueGroups(page);
	const n = grid.columns.length;
	if (groups.length > n || groups.some((g) => new Set(g.map((v) => v.line)).size < g.length)) return undefined;
	const out: Map<Placed, Column>[] = [];
	const pick = (from: number, chosen: number[]) => {
		if (chosen.length === groups.length) {
			out.push(new Map(groups.flatMap((g, i) => g.map((v) => [v, grid.columns[chosen[i]!]!] as const))));
			return;
		}
		for (let j = from; j <= n - (groups.length - chosen.length); j++) pick(j + 1, [...chosen, j]);
	};
	pick(0, []);
	return out;
}

/** Assigns sorted points to sorted slots, strictly increasing, at least total distance (undefined if too many). */
function orderedMatch(points: readonly number[], slots: readonly number[]): number[] | undefined {
	const k = points.length;
	const n = slots.length;
	if (k > n) return undefined;
	// cost[i][j]: best cost of placing points[0..i] with point i in slot j.
	const cost = points.map(() => slots.map(() => Infinity));
	const from = points.map(() => slots.map(() => -1));
	for (let i = 0; i < k; i++) {
		for (let j = i; j < n - (k - 1 - i); j++) {
			const here = Math.abs(points[i]! - slots[j]!);
			if (i === 0) cost[i]![j] = here;
			else
				for (let p = i - 1; p < j; p++) {
					const c = cost[i - 1]![p]! + here;
					if (c < cost[i]![j]!) {
						cost[i]![j] = c;
						from[i]![j] = p;
					}
				}
		}
	}
	let j = cost[k - 1]!.indexOf(Math.min(...cost[k - 1]!));
	const out: number[] = [];
	for (let i = k - 1; i >= 0; i--) {
		out[i] = j;
		j = from[i]![j]!;
	}
	return out;
}
