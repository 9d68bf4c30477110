/**
 * The standard tables (部门决算表) as printed, read into the template's typed `tables:` rows. Columns come from
 * the printed header (`table-grid.ts`), rows from their labels: a classification code (类 款 项 printed in
 * separate cells, `201 06 01` → 2010601) or a fixed line of the template (合计, 本年收入合计, a 类 printed by its
 * name in the 总表). Every value is given to the nearest row label of its side; a value as near to two rows (unless
 * the template's sums hold with exactly one), two values in one cell, or a row whose numbers came from other lines
 * and break the template's own column identity (合计 = 基本支出 + 项目支出) leaves the row out and in the report: a
 * draft never holds a shifted figure, and a blank cell is never filled from a neighbour. A text page re-gridded
 * after a page break is read in the one column reading the template's sums confirm (`confirmedPages`).
 */
import {
	codeName,
	FUNCTION_CLASSES,
	parseCode,
	unknownCodeReason,
	type SideSpec,
	type TableSpec,
	type TemplateSpec,
} from '../templates/index.ts';
import type { Placement } from './draft.ts';
import { joined, type LayoutLine, type Token } from './layout.ts';
import {
	assignColumns,
	findTitles,
	pageReadings,
	HEADER_WORDS,
	locateColumns,
	partEnd,
	sideOfLabel,
	VALUE,
	type Column,
	type Grid,
	type Placed,
} from './table-grid.ts';
import { numberValue, type PrintedNumber, type SourceText } from './text.ts';

type Cell = string | number | null;

/** A table row not drafted, for the report. */
export interface RowNotRead {
	table: string;
	line: number;
	text: string;
}

export interface TablesRead {
	/** The `tables:` block (only tables read). */
	tables: Record<string, Record<string, unknown>>;
	placements: Placement[];
	rowsNotRead: RowNotRead[];
	/** Tables printed in the document that could not be read (their header did not print the columns). */
	tablesNotRead: { line: number; title: string }[];
	/** Flat-text offsets of the codes (201 06 01) of drafted rows: labels, not figures, in the report. */
	codeOffsets: number[];
}

const NUMBERING = /^[一二三四五六七八九十]+[、.．]/;
const CODE = /^\d{2,3}$|^\d{5}$|^\d{7}$/;

interface Row {
	side: number;
	key: string;
	label: Placed[];
	codes: Placed[];
	names: Placed[];
	top: number;
	bottom: number;
	values: (Placed | undefined)[];
	bad?: string;
}

const bare = (s: string) => s.replace(/\s/g, '').replace(NUMBERING, '');

/** A fixed line or 类 a printed label names: exact, or the template's name followed by a bracketed remark. */
function nameMatches(printed: string, name: string): boolean {
	return printed === name || (printed.startsWith(name) && /^[（(]/.test(printed.slice(name.length)));
}

/** Label phrases of one side: the words on each line joined, a name wrapped over lines re-joined. */
function sideLabels(side: SideSpec, words: Placed[]): { lines: Placed[][]; rest: Placed[] } {
	const names = [...side.lines.map((l) => l.name), ...(side.codes && side.codes.maxLevel === 1 ? FUNCTION_CLASSES.map(([, n]) => n) : [])];
	const byLine = new Map<number, Placed[]>();
	for (const w of words) byLine.set(w.line.line, [...(byLine.get(w.line.line) ?? []), w]);
	const phrases = [...byLine.values()];
	const lines: Placed[][] = [];
	const rest: Placed[] = [];
	for (let i = 0; i < phrases.length; i++) {
		let parts = phrases[i]!;
		let text = bare(parts.map((p) => p.token.text).join(''));
		// A label wrapped over lines ("二、政府性基金预算财政拨" / "款") is joined while it is a name's beginning.
		for (
			let j = i + 1;
			j < phrases.length && j <= i + 2 && !names.some((n) => nameMatches(text, n)) && names.some((n) => n.startsWith(text));
			j++
		) {
			const next = [...parts, ...phrases[j]!];
			const nextText = bare(next.map((p) => p.token.text).join(''));
			if (!names.some((n) => n.startsWith(nextText) || nameMatches(nextText, n))) break;
			parts = next;
			text = nextText;
			i = j;
		}
		if (names.some((n) => nameMatches(text, n))) lines.push(parts);
		else rest.push(...parts);
	}
	return { lines, rest };
}

/** Distance from a line to a row's label block (0 inside it). */
const distance = (row: Row, y: number) => Math.max(0, row.top - y, y - row.bottom);

/** The row nearest to `y` among `rows`, or undefined when two are as near (or none is near enough). */
function nearest(rows: readonly Row[], y: number, size: number, fits: (r: Row) => boolean = () => true): Row | undefined {
	const sorted = rows
		.map((r) => ({ r, d: distance(r, y) }))
		.filter((x) => x.d <= 3 * size)
		.sort((a, b) => a.d - b.d);
	if (!sorted.length) return undefined;
	const tied = sorted.filter((x) => x.d - sorted[0]!.d <= 0.25 * size);
	if (tied.length === 1) return tied[0]!.r;
	const open = tied.filter((x) => fits(x.r));
	return open.length === 1 ? open[0]!.r : undefined;
}

/** Rows of one side keyed by code: 类 tokens start rows, 款/项 tokens and name words join the nearest. */
function codeRows(
	sideIndex: number,
	side: SideSpec,
	words: Placed[],
	markers: { kuan?: number; xiang?: number },
	notRead: (line: number, why: string) => void,
): Row[] {
	const codes = words.filter((w) => CODE.test(w.token.text));
	const { lines, rest } = sideLabels(
		side,
		words.filter((w) => !CODE.test(w.token.text)),
	);
	const rows: Row[] = [];
	for (const c of codes.filter((w) => w.token.text.length !== 2))
		rows.push({
			side: sideIndex,
			key: c.token.text,
			label: [c],
			codes: [c],
			names: [],
			top: c.line.y,
			bottom: c.line.y,
			values: side.columns.map(() => undefined),
		});
	for (const l of lines) {
		const text = bare(l.map((p) => p.token.text).join(''));
		const line = side.lines.find((x) => nameMatches(text, x.name))!;
		rows.push({
			side: sideIndex,
			key: line.key,
			label: l,
			codes: [],
			names: l,
			top: l[0]!.line.y,
			bottom: l.at(-1)!.line.y,
			values: side.columns.map(() => undefined),
		});
	}
	const codeRowsOnly = rows.filter((r) => r.codes.length);
	for (const c of codes.filter((w) => w.token.text.length === 2)) {
		const row = nearest(codeRowsOnly, c.line.y, c.line.size);
		if (row) row.codes.push(c);
		else {
			// Without it the rows it may belong to would read as their 类 or 款: they are left out with it.
			const near = codeRowsOnly.map((r) => distance(r, c.line.y)).filter((d) => d <= 3 * c.line.size);
			const d = Math.min(...near);
			for (const r of codeRowsOnly)
				if (distance(r, c.line.y) <= d + 0.25 * c.line.size) r.bad ??= `编码 ${c.token.text}（第 ${c.line.line} 行）不能确定属于哪一行`;
			notRead(c.line.line, `编码 ${c.token.text} 不能确定属于哪一行`);
		}
	}
	attachNames(codeRowsOnly, rest, side.codes?.scheme ?? 'function');
	for (const row of codeRowsOnly) {
		const [head, ...subs] = row.codes;
		const parts = subs.sort((a, b) => a.token.x0 - b.token.x0);
		let key = head!.token.text;
		if (key.length === 3 && parts.length === 1 && markers.kuan !== undefined && markers.xiang !== undefined) {
			// One 2-digit cell: 款 or 项 by the column it stands in.
			const x = (parts[0]!.token.x0 + parts[0]!.token.x1) / 2;
			if (Math.abs(x - markers.xiang) < Math.abs(x - markers.kuan)) row.bad = `${key} 下只印出“项” ${parts[0]!.token.text}，缺“款”`;
		}
		if (parts.length > 2 || (key.length > 3 && parts.length))
			row.bad = `编码 ${[key, ...parts.map((p) => p.token.text)].join(' ')} 无法拼成科目编码`;
		key += parts.map((p) => p.token.text).join('');
		row.key = key;
		row.top = Math.min(row.top, ...row.codes.map((c) => c.line.y));
		row.bottom = Math.max(row.bottom, ...row.codes.map((c) => c.line.y));
	}
	return rows;
}

/**
 * Names to their rows. A name printed on a code's line is that row's; the lines of a wrapped name (one under
 * the other, at the same indent, a line's height apart) stay together and go to the nearest row — to the one
 * still without a name when two are as near (a name centred between its code and the next row's).
 */
function attachNames(rows: readonly Row[], words: readonly Placed[], scheme: 'function' | 'economic'): void {
	// Between two rows without a name, the catalogue's name of the code decides (经济分类 款, any 类).
	const catalogued = (candidates: readonly Row[], text: string) => {
		const named = candidates.filter((r) => {
			const parsed = parseCode(
				r.codes[0]!.token.text +
					r.codes
						.slice(1)
						.sort((a, b) => a.token.x0 - b.token.x0)
						.map((c) => c.token.text)
						.join(''),
				scheme,
			);
			const name = parsed && codeName(parsed, scheme);
			return name && name.replace(/\s/g, '').startsWith(text.replace(/\s/g, ''));
		});
		return named.length === 1 ? named[0] : undefined;
	};
	const owner = new Map<number, Row>();
	for (const row of rows) for (const c of row.codes) owner.set(c.line.line, row);
	// A name of three lines is centred on its code's line: the lines just above and just below, equally far and at
	// the same indent, are the same name (not the end of the name above).
	for (const w of words.filter((x) => owner.has(x.line.line))) {
		const same = (x: Placed, dy: number) =>
			!owner.has(x.line.line) && Math.abs(x.token.x0 - w.token.x0) <= 2 * w.line.size && dy > 0 && dy <= 1.6 * w.line.size;
		const above = words.find((x) => same(x, w.line.y - x.line.y));
		const below = words.find((x) => same(x, x.line.y - w.line.y));
		const mine = owner.get(w.line.line)!;
		// Not when the line above ends another row's name: it follows that row's name line or stands by its code.
		const other = (x: Placed) =>
			words.some(
				(o) =>
					owner.has(o.line.line) && owner.get(o.line.line) !== mine && x.line.y - o.line.y > 0 && x.line.y - o.line.y <= 1.6 * x.line.size,
			) || rows.some((r) => r !== mine && Math.abs(r.codes[0]!.line.y - x.line.y) <= 1.3 * x.line.size);
		if (above && below && Math.abs(w.line.y - above.line.y - (below.line.y - w.line.y)) <= 0.1 * w.line.size && !other(above))
			owner.set(above.line.line, mine);
	}
	const unnamed = rows.filter((r) => !words.some((w) => owner.get(w.line.line) === r));
	const blocks: { row?: Row; words: Placed[]; top: number; bottom: number; x0: number; size: number }[] = [];
	for (const w of words) {
		const last = blocks.at(-1);
		if (last && last.words.at(-1)!.line === w.line) {
			last.words.push(w);
			continue;
		}
		// A wrapped name is printed beside (centred on) its code's line, which then prints no name of its own.
		const beside = unnamed.filter((r) => Math.abs(r.codes[0]!.line.y - w.line.y) <= 1.3 * w.line.size);
		const lineText = words
			.filter((x) => x.line === w.line)
			.map((x) => x.token.text)
			.join('');
		const row = owner.get(w.line.line) ?? (beside.length === 1 ? beside[0] : beside.length > 1 ? catalogued(beside, lineText) : undefined);
		const continues =
			last &&
			(!row || row === last.row) &&
			w.line.y - last.bottom <= 1.6 * w.line.size &&
			Math.abs(w.token.x0 - last.x0) <= 2 * w.line.size;
		if (continues) {
			last.words.push(w);
			last.bottom = w.line.y;
		} else blocks.push({ row, words: [w], top: w.line.y, bottom: w.line.y, x0: w.token.x0, size: w.line.size });
	}
	for (const b of blocks.filter((x) => x.row)) b.row!.names.push(...b.words);
	for (const b of blocks.filter((x) => !x.row)) {
		const gap = (r: Row) => Math.max(0, r.top - b.bottom, b.top - r.bottom);
		const near = rows
			.map((r) => ({ r, d: gap(r) }))
			.filter((x) => x.d <= 3 * b.size)
			.sort((p, q) => p.d - q.d);
		const tied = near.filter((x) => x.d - near[0]!.d <= 0.25 * b.size);
		const row =
			tied.length === 1
				? tied[0]!.r
				: tied.filter((x) => !x.r.names.length).length === 1
					? tied.find((x) => !x.r.names.length)!.r
					: undefined;
		row?.names.push(...b.words);
	}
}

/** Rows of a side keyed by fixed lines and 类 printed by name (the two 总表). */
function lineRows(sideIndex: number, side: SideSpec, words: Placed[], notRead: (line: number, why: string) => void): Row[] {
	const { lines, rest } = sideLabels(side, words);
	const rows: Row[] = [];
	let next = 0;
	for (const l of lines) {
		const text = bare(l.map((p) => p.token.text).join(''));
		// Fixed lines in the template's order: the second "一般公共预算财政拨款" is the 年初结转 one.
		const at = side.lines.findIndex((x, i) => i >= next && nameMatches(text, x.name));
		const cls = FUNCTION_CLASSES.find(([, n]) => nameMatches(text, n));
		const key = at >= 0 ? side.lines[at]!.key : cls && side.codes ? cls[0] : undefined;
		if (at >= 0) next = at + 1;
		if (!key) continue;
		const printed = l.map((p) => p.token.text).join('');
		rows.push({
			side: sideIndex,
			key,
			label: l,
			codes: [],
			names: [{ token: { text: printed, x0: 0, x1: 0 }, line: l[0]!.line }],
			top: l[0]!.line.y,
			bottom: l.at(-1)!.line.y,
			values: side.columns.map(() => undefined),
		});
	}
	for (const w of rest) notRead(w.line.line, `“${w.token.text}”不是本栏的行`);
	return rows;
}

/** Whether a row's values keep the side's column identities (合计 = Σ parts), blanks counted as 0. */
function identitiesHold(side: SideSpec, values: readonly (number | null)[]): boolean {
	const v = (key: string) => values[side.columns.findIndex((c) => c.key === key)] ?? 0;
	return side.columnSums.every((s) => {
		const left = s.left.reduce((a, k) => a + v(k), 0);
		const right = s.right.reduce((a, k) => a + v(k), 0);
		return Math.abs(left - right) <= 0.011 * (s.left.length + s.right.length - 1) + 1e-9;
	});
}

/** Marks code rows the schema would refuse (unknown code, too deep, not under its 类/款): the clerk enters them. */
function treeChecked(side: SideSpec, rows: Row[]): Row[] {
	const codes = side.codes;
	if (!codes) return rows;
	const good: { code: string; level: number }[] = [];
	for (const row of rows) {
		const code = parseCode(row.key, codes.scheme);
		if (row.bad || !code) continue;
		const above = [...good].reverse().find((g) => g.level < code.level);
		row.bad =
			unknownCodeReason(code, codes.scheme) ??
			(code.level > codes.maxLevel ? `${code.code} 比本表列到的级次深` : undefined) ??
			(codes.classes && !codes.classes.includes(code.classCode) ? `${code.code} 不属于本栏` : undefined) ??
			(code.level > 1 && (!above || !code.code.startsWith(above.code)) ? `${code.code} 的上级科目没有读出` : undefined);
		if (!row.bad) good.push({ code: code.code, level: code.level });
	}
	return rows;
}

/** Reads the printed tables of a template from the document's layout. */
export function readTables(template: TemplateSpec, layout: readonly LayoutLine[], src: SourceText): TablesRead {
	const out: TablesRead = { tables: {}, placements: [], rowsNotRead: [], tablesNotRead: [], codeOffsets: [] };
	const numbers = numbersByLine(src);
	const titles = findTitles(template.tables, layout);
	titles.forEach(({ spec, at }, i) => {
		const end = titles[i + 1]?.at ?? partEnd(layout, at);
		const region = layout.slice(at + 1, end);
		const notRead = (line: number, why: string) => out.rowsNotRead.push({ table: spec.title, line, text: why });
		const grid = locateColumns(spec, region);
		if ('missing' in grid) {
			out.tablesNotRead.push({ line: layout[at]!.line, title: `${spec.title}（表头中没有找到${grid.missing}列）` });
			return;
		}
		const table = readTable(spec, grid, region, notRead);
		if (!table) {
			out.tablesNotRead.push({ line: layout[at]!.line, title: `${spec.title}（没有读出可用的行）` });
			return;
		}
		out.tables[spec.id] = table.data;
		for (const c of table.codes) {
			const num = numberOn(numbers, c);
			if (num) out.codeOffsets.push(num.offset);
		}
		for (const p of table.values) {
			const num = numberOn(numbers, p.placed);
			if (num)
				out.placements.push({
					path: `tables.${spec.id}.${p.side}[${p.row}][${p.column + 2}]`,
					value: num.value,
					printed: num.printed,
					line: num.line,
					offset: num.offset,
				});
		}
	});
	return out;
}

interface ReadTableResult {
	data: Record<string, unknown>;
	values: { side: string; row: number; column: number; placed: Placed }[];
	codes: Placed[];
}

function readTable(
	spec: TableSpec,
	grid: Grid,
	region: readonly LayoutLine[],
	notRead: (line: number, why: string) => void,
): ReadTableResult | undefined {
	// A table printing no value at all (本表无数据) has only its 合计 line and notes under the header.
	const from = grid.dataStart < region.length ? grid.bodyStart : 0;
	const words: Placed[] = region
		.slice(from)
		.flatMap((line) => line.tokens.flatMap((token) => splitCode(token).map((t) => ({ token: t, line }))));
	const values = words.filter((w) => VALUE.test(w.token.text));
	const noteStart = region.findIndex((l, i) => i >= from && /^(?:注|说明)[：:]/.test(joined(l)));
	// 类 款 项 / 项目 lines of the header repeated among the rows are not labels; a wrapped "款" or "支出" is.
	// A lone 款 or 支出 on a line is the end of a wrapped name, not a header.
	const headerLine = (l: LayoutLine) =>
		l.tokens.every((t) => HEADER_WORDS.has(t.text) && t.text !== '收入' && t.text !== '支出') &&
		(l.tokens.length > 1 || l.tokens[0]!.text.length > 1);
	const labels = words.filter(
		(w) => !VALUE.test(w.token.text) && !headerLine(w.line) && (noteStart < 0 || w.line.y < region[noteStart]!.y),
	);
	const markers = (s: number) => {
		const at = (m: string) => region.flatMap((l) => l.tokens).filter((t) => t.text === m)[s];
		const k = at('款');
		const x = at('项');
		return { kuan: k && (k.x0 + k.x1) / 2, xiang: x && (x.x0 + x.x1) / 2 };
	};
	const rows: Row[] = spec.sides.flatMap((side, s) => {
		const mine = labels.filter(
			(w) =>
				sideOfLabel(grid, w.token.x0, spec.sides) === s &&
				w.token.x0 < Math.min(...grid.columns.filter((c) => c.side === s).map((c) => c.center)),
		);
		const lineKeyed = !side.codes || side.codes.maxLevel === 1;
		return lineKeyed && !mine.some((w) => CODE.test(w.token.text))
			? lineRows(s, side, mine, notRead)
			: codeRows(s, side, mine, markers(s), notRead);
	});
	// One-line tables without a label (三公: a single row of amounts) take every value of the table.
	const single =
		spec.sides.length === 1 && !spec.sides[0]!.codes && spec.sides[0]!.lines.length === 1 ? spec.sides[0]!.lines[0]! : undefined;
	if (single && !rows.length && values.length) {
		const y = values[0]!.line.y;
		rows.push({
			side: 0,
			key: single.key,
			label: [],
			codes: [],
			names: [],
			top: y,
			bottom: y,
			values: spec.sides[0]!.columns.map(() => undefined),
		});
	}
	const initial = rows.map((r) => r.bad);
	/** Gives every value to its row by the columns given; returns what could not be placed (line, reason). */
	const place = (columnsOf: ReadonlyMap<Placed, Column | undefined>): [number, string][] => {
		rows.forEach((r, i) => {
			r.bad = initial[i];
			r.values = r.values.map(() => undefined);
		});
		const missed: [number, string][] = [];
		const tied: { v: Placed; col: Column; rows: Row[] }[] = [];
		for (const v of values) {
			const col = columnsOf.get(v);
			if (!col) {
				// The row it belongs to would show a blank where a number is printed: it is left out too.
				const near = rows.map((r) => distance(r, v.line.y)).filter((d) => d <= 3 * v.line.size);
				const d = Math.min(...near);
				for (const r of rows)
					if (distance(r, v.line.y) <= d + 0.25 * v.line.size) r.bad ??= `${v.token.text}（第 ${v.line.line} 行）不能确定属于哪一列`;
				missed.push([v.line.line, `${v.token.text} 不能确定属于哪一列`]);
				continue;
			}
			const candidates = rows.filter((r) => r.side === col.side);
			// Between two rows as near, a value printed on the line of one row's name belongs to that row.
			const onNameLine = (r: Row) => r.names.some((n) => n.line === v.line) && !r.values[col.index];
			const row =
				single && candidates.length === 1
					? candidates[0]
					: (nearest(candidates, v.line.y, v.line.size, onNameLine) ??
						nearest(candidates, v.line.y, v.line.size, (r) => !r.values[col.index]));
			if (!row) {
				const d = Math.min(...candidates.map((r) => distance(r, v.line.y)));
				const near = candidates.filter((r) => distance(r, v.line.y) <= Math.min(d + 0.25 * v.line.size, 3 * v.line.size));
				tied.push({ v, col, rows: near });
				continue;
			}
			if (row.values[col.index])
				row.bad = `“${spec.sides[col.side]!.columns[col.index]!.name}”列印有两个数：${row.values[col.index]!.token.text}、${v.token.text}`;
			else row.values[col.index] = v;
		}
		for (const { v, col, rows: near } of tied) {
			// As near to two rows: the one row with which the template's sums hold (checked, not vacuously) takes it.
			const results = near.map((r) => {
				if (r.bad || r.values[col.index]) return false;
				r.values[col.index] = v;
				const checked = sumsChecked(spec, rows, new Set([v]));
				r.values[col.index] = undefined;
				return checked;
			});
			const ok = near.filter((_, i) => results[i] !== false);
			if (near.length > 1 && ok.length === 1 && (results[near.indexOf(ok[0]!)] as number) > 0) {
				ok[0]!.values[col.index] = v;
				continue;
			}
			// The rows it is as near to would each show a blank where it may stand: they are left out with it.
			for (const r of near) r.bad ??= `${v.token.text}（第 ${v.line.line} 行）与两行等距，不能确定属于哪一行`;
			missed.push([v.line.line, `${v.token.text} 不能确定属于哪一行`]);
		}
		return missed;
	};
	const columnsOf = confirmedPages(spec, grid, values, rows, place);
	for (const [line, why] of place(columnsOf)) notRead(line, why);
	const data: Record<string, unknown> = {};
	const placed: ReadTableResult['values'] = [];
	const codes: Placed[] = [];
	spec.sides.forEach((side, s) => {
		const ordered = rows
			.filter((r) => r.side === s)
			.sort((a, b) => a.top - b.top || (a.label[0]?.token.x0 ?? 0) - (b.label[0]?.token.x0 ?? 0));
		for (const row of ordered) {
			// Numbers gathered from other lines than the row's label must satisfy the form's own identity.
			const moved = row.values.some((v) => v && distance(row, v.line.y) > 0.7 * v.line.size);
			if (!row.bad && !names(row) && !side.lines.some((l) => l.key === row.key)) row.bad = '名称不能确定属于哪一行';
			if (
				!row.bad &&
				moved &&
				side.columnSums.length &&
				!identitiesHold(
					side,
					row.values.map((v) => (v ? numberValue(v.token.text) : null)),
				)
			)
				row.bad = '数字来自上下行，且与本表的列间关系不符';
		}
		const out: Cell[][] = [];
		for (const row of treeChecked(side, ordered)) {
			if (row.bad || seenKey(out, row.key)) {
				notRead(row.label[0]?.line.line ?? row.values.find(Boolean)?.line.line ?? 0, `${row.key} ${names(row)}：${row.bad ?? '重复的行'}`);
				continue;
			}
			const key = side.codes && parseCode(row.key, side.codes.scheme) ? Number(row.key) : row.key;
			row.values.forEach((v, c) => v && placed.push({ side: side.key, row: out.length, column: c, placed: v }));
			codes.push(...row.codes);
			out.push([key, names(row) || null, ...row.values.map((v) => (v ? numberValue(v.token.text) : null))]);
		}
		data[side.key] = out;
	});
	const notes = notesOf(region, noteStart);
	if (notes.length) data.notes = notes;
	const anyValue = placed.length > 0;
	if (!anyValue && !notes.length) return undefined;
	return { data, values: placed, codes };
}

/** A row's values as numbers, with `v` put in column `index`. */
function amounts(row: Row, index?: number, v?: Placed): (number | null)[] {
	return row.values.map((x, c) => {
		const p = c === index ? v : x;
		return p ? numberValue(p.token.text) : null;
	});
}

/**
 * Columns of every value, a text page whose values the header could not place (a page after a page break,
 * re-gridded by pdftotext) included when exactly one of its order-keeping readings (`pageReadings`) agrees with
 * the values already placed and keeps every sum of the template that its rows enter: each row's column
 * identities, a 类/款 = Σ its 款/项, the 合计 line = Σ 类. The sums only confirm a reading; no value is computed.
 */
function confirmedPages(
	spec: TableSpec,
	grid: Grid,
	values: readonly Placed[],
	rows: readonly Row[],
	place: (columns: ReadonlyMap<Placed, Column | undefined>) => [number, string][],
): Map<Placed, Column | undefined> {
	let columns = assignColumns(grid, values);
	const pages = [...new Set(values.filter((v) => v.line.size === 1 && !columns.get(v)).map((v) => v.line.page))];
	for (const page of pages) {
		const mine = values.filter((v) => v.line.page === page);
		const decided = columns;
		const readings = (pageReadings(grid, mine) ?? []).filter((r) => mine.every((v) => !decided.get(v) || decided.get(v) === r.get(v)));
		const kept = readings
			.map((r) => new Map([...decided, ...r]))
			.filter((trial) => {
				place(trial);
				return (sumsChecked(spec, rows, new Set(mine)) || 0) > 0;
			});
		if (kept.length === 1) columns = kept[0]!;
	}
	return columns;
}

/**
 * The sums of the template that the rows holding `mine` enter (each row's column identities, a 类/款 = Σ its
 * 款/项, a fixed line = Σ its parts), blanks as 0: how many were checked, or false when one fails, a row is
 * bad or a value of `mine` has no row. A sum with a part not read is not checked.
 */
function sumsChecked(spec: TableSpec, rows: readonly Row[], mine: ReadonlySet<Placed>): number | false {
	const involved = rows.filter((r) => r.values.some((v) => v && mine.has(v)));
	if (!involved.length || involved.some((r) => r.bad)) return false;
	if ([...mine].some((v) => !involved.some((r) => r.values.includes(v)))) return false;
	let checked = 0;
	let failed = false;
	const equal = (total: Row | undefined, parts: readonly Row[]) => {
		if (!total || !parts.length || total.bad || parts.some((p) => p.bad)) return;
		const ps = parts.map((p) => amounts(p));
		checked += 1;
		if (!amounts(total).every((x, c) => Math.abs((x ?? 0) - ps.reduce((a, p) => a + (p[c] ?? 0), 0)) <= 0.011 * ps.length + 1e-9))
			failed = true;
	};
	for (const row of involved) {
		const side = spec.sides[row.side]!;
		const same = rows.filter((r) => r.side === row.side);
		const scheme = side.codes?.scheme;
		const codeOf = (r: Row) => (scheme ? parseCode(r.key, scheme) : undefined);
		const childrenOf = (key: string) => same.filter((r) => codeOf(r)?.parent === key);
		if (side.columnSums.length) {
			checked += 1;
			if (!identitiesHold(side, amounts(row))) failed = true;
		}
		const parent = codeOf(row)?.parent;
		if (parent)
			equal(
				same.find((r) => r.key === parent),
				childrenOf(parent),
			);
		equal(row, childrenOf(row.key));
		for (const sum of side.lineSums) {
			const parts =
				sum.parts === 'classes'
					? same.filter((r) => codeOf(r)?.level === 1)
					: same.filter((r) => (sum.parts as readonly string[]).includes(r.key));
			if (sum.total === row.key || parts.includes(row))
				equal(
					same.find((r) => r.key === sum.total),
					parts,
				);
		}
	}
	return failed ? false : checked;
}

/** "310资本性支出" printed without a gap: the code and the name, each with its share of the width. */
function splitCode(token: Token): Token[] {
	const m = /^(\d{3}(?:\d{2}){0,2})([\u4e00-\u9fa5（(].*)$/.exec(token.text);
	if (!m) return [token];
	const per = (token.x1 - token.x0) / token.text.length;
	const cut = token.x0 + m[1]!.length * per;
	return [
		{ text: m[1]!, x0: token.x0, x1: cut },
		{ text: m[2]!, x0: cut, x1: token.x1 },
	];
}

const names = (row: Row) =>
	row.names
		.sort((a, b) => a.line.y - b.line.y || a.token.x0 - b.token.x0)
		.map((n) => n.token.text)
		.join('');
const seenKey = (rows: readonly Cell[][], key: string) => rows.some((r) => String(r[0]) === key);

/** 注 / 说明 lines printed under a table, verbatim, one note per sentence begun on its own line. */
function notesOf(region: readonly LayoutLine[], start: number): string[] {
	if (start < 0) return [];
	const notes: string[] = [];
	for (const line of region.slice(start)) {
		const text = joined(line);
		if (!text) continue;
		if (!notes.length || /^(?:注|说明)[：:]/.test(text) || /[。：:]$/.test(notes.at(-1)!)) notes.push(text);
		else notes[notes.length - 1] += text;
	}
	return notes;
}

/** Printed numbers of the flat text by source line, to cite a table value's line and offset. */
function numbersByLine(src: SourceText): Map<number, PrintedNumber[]> {
	const map = new Map<number, PrintedNumber[]>();
	const re = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?(?![\d])/g;
	for (const m of src.flat.matchAll(re)) {
		const line = src.lineOf[m.index]!;
		map.set(line, [...(map.get(line) ?? []), { value: numberValue(m[0]), printed: m[0], offset: m.index, line }]);
	}
	return map;
}

/** The flat-text number a value token is: the same text, counted left to right on its line. */
function numberOn(numbers: Map<number, PrintedNumber[]>, p: Placed): PrintedNumber | undefined {
	const same = p.line.tokens.filter((t) => t.text === p.token.text);
	const k = same.indexOf(p.token);
	return (numbers.get(p.line.line) ?? []).filter((n) => n.printed === p.token.text)[k];
}
