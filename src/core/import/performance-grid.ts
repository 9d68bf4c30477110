/**
 * Forms a DOCX export prints as grids of cells: a line with tabs is a row of cells (`a\tb\tc`), or, where the
 * export puts one cell on a line (`\ta` / `\tb`, a wrapped cell continuing on lines without the tab), a block of
 * lines up to a blank line is a row. Columns are found by the header's wording (一级指标, 分值, 三级指标, 得分,
 * 年初预算数 …), never by position alone; every value keeps its cell's line for provenance.
 *
 * Read here: the scored tables (部门预算绩效自评打分表, 预算支出部门评价表: level-1/2/3 rows with their 分值 and 得分,
 * 总分), and the budget tables (项目资金 rows by 年初预算数/实际到位数/实际支出数/执行率; "预算数：N 执行数：N";
 * 年度部门整体支出预算 with one column per 资金来源).
 */
import { put, putText, type Draft, type Path } from './draft.ts';
import { BUDGET_COLUMNS } from './performance-form.ts';
import type { LayoutLine } from './layout.ts';
import { NOISE, numberValue, type PrintedNumber, type SourceText } from './text.ts';

export interface Cell {
	/** Printed text, line breaks and spaces between CJK characters removed. */
	text: string;
	line: number;
	/** The number the cell prints alone ("17.32", "99.83%" → 99.83), with its place in the flat text. */
	num?: PrintedNumber;
}

export interface GridRow {
	cells: Cell[];
	line: number;
	/** Printed one cell a line (a block up to a blank line), not as tab-separated cells on one line. */
	block?: boolean;
	/** From a PDF: the row's last printed line (its cells' wrapped lines run from `line` to here). */
	last?: number;
}

const NUM = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)$/;

/** Joins a cell's text: spaces are PDF/DOCX padding except between two Latin letters or digits. */
const clean = (s: string) =>
	s
		.replace(NOISE, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/(?<![A-Za-z0-9]) | (?![A-Za-z0-9])/g, '');

/** First flat offset of every line (lines with no printed character get the next line's). */
function lineStarts(src: SourceText): Int32Array {
	const starts = new Int32Array(src.lines.length + 2).fill(-1);
	for (let i = src.lineOf.length - 1; i >= 0; i--) starts[src.lineOf[i]!] = i;
	let next = src.flat.length;
	for (let l = starts.length - 1; l >= 1; l--) {
		if (starts[l] === -1) starts[l] = next;
		else next = starts[l]!;
	}
	return starts;
}

/** Finds the number a cell prints alone on its line in the flat text (a line's second "17.32" after its first). */
function numberFinder(src: SourceText): (text: string, line: number) => PrintedNumber | undefined {
	const starts = lineStarts(src);
	/** Numbers already given to cells of a line, so the second "17.32" of a line finds the second occurrence. */
	const used = new Map<number, number>();
	return (text, line) => {
		const m = NUM.exec(text);
		if (!m) return undefined;
		const from = Math.max(used.get(line) ?? starts[line]!, starts[line]!);
		const offset = src.flat.indexOf(m[1]!, from);
		if (offset < 0 || src.lineOf[offset] !== line) return undefined;
		used.set(line, offset + m[1]!.length);
		return { value: numberValue(m[1]!), printed: m[1]!, offset, line };
	};
}

/** The grid rows of the whole text (a line with no tab and not inside a block is a row of one cell). */
export function gridRows(src: SourceText): GridRow[] {
	const rows: GridRow[] = [];
	const numberOf = numberFinder(src);
	let block: { cells: { text: string; line: number }[]; line: number } | undefined;
	const close = () => {
		if (block)
			rows.push({
				line: block.line,
				block: true,
				cells: block.cells.map((c) => ({ ...c, text: clean(c.text), num: numberOf(clean(c.text), c.line) })),
			});
		block = undefined;
	};
	src.lines.forEach((raw, i) => {
		const line = i + 1;
		// A bookmark the export printed as a cell of its own ("\t[bookmark: _GoBack]\t名称") is no cell.
		const text = raw.replace(new RegExp(`${NOISE.source}\t?`, 'g'), '');
		if (!text.trim() && !text.includes('\t')) return close();
		const parts = text.split('\t');
		if (parts.length > 2 || (parts.length === 2 && parts[0]!.trim())) {
			// A row of cells on one line.
			close();
			rows.push({ line, cells: parts.map((p) => ({ text: clean(p), line, num: numberOf(clean(p), line) })) });
		} else if (parts.length === 2) {
			// "\tcell": one cell of a block.
			block ??= { cells: [], line };
			block.cells.push({ text: parts[1]!, line });
		} else if (block && block.cells.length) {
			// A wrapped cell goes on without the tab.
			block.cells[block.cells.length - 1]!.text += text;
		} else {
			close();
			rows.push({ line, cells: [{ text: clean(text), line, num: numberOf(clean(text), line) }] });
		}
	});
	close();
	return rows;
}

/** One cell's piece on one printed line of a PDF: words closer than a column gap. */
interface Piece {
	text: string;
	x0: number;
	line: number;
}

/** A line's words grouped into cells: a gap wider than GAP font sizes is a column boundary (cell padding). */
const GAP = 1.2;
function piecesOf(line: LayoutLine): Piece[] {
	const out: Piece[] = [];
	let right = -Infinity;
	for (const t of line.tokens) {
		const last = out.at(-1);
		if (last && t.x0 - right <= GAP * line.size) last.text += ` ${t.text}`;
		else out.push({ text: t.text, x0: t.x0, line: line.line });
		right = t.x1;
	}
	return out;
}

/**
 * The grid rows of a PDF, from its words' positions (`layout.ts`), for forms printed as tables rather than
 * exported cell by cell: the rows gridRows reads from a DOCX export's tabs. A table is a run of lines that print
 * two cells or more (words a column gap apart), with the one-cell lines between and after them whose cell starts
 * where a table's column does (a paragraph starts at the margin, left of a cell's padding). Its columns are the
 * left edges its cells start at; a line closer to the one above than a row's height (less than GAP_ROW font
 * sizes: a cell's wrapped line, not the next row's padding and rule) goes on that row's cells, column by column.
 * Every other line is a row of one cell, as in gridRows.
 */
const GAP_ROW = 1.6;
const ALIGN = 2;
export function layoutGridRows(src: SourceText, layout: readonly LayoutLine[]): GridRow[] {
	const numberOf = numberFinder(src);
	const pieces = layout.map(piecesOf);
	// Left edges of the cells of lines printing two or more, by whole point (a lookup, not a scan per line).
	const starts = new Set(pieces.filter((p) => p.length > 1).flatMap((p) => p.map((c) => Math.round(c.x0))));
	const aligned = (x: number) => {
		for (let d = -ALIGN; d <= ALIGN; d++) if (starts.has(Math.round(x) + d)) return true;
		return false;
	};
	// Which lines are table lines, and the run (table) each belongs to.
	const table = new Int32Array(layout.length).fill(-1);
	let run = -1;
	pieces.forEach((p, i) => {
		const previous = i > 0 ? table[i - 1]! : -1;
		if (p.length > 1) table[i] = previous >= 0 ? previous : (run += 1);
		else if (p.length === 1 && previous >= 0 && aligned(p[0]!.x0)) table[i] = previous;
	});
	// Columns of each table: its cells' left edges, nearby edges taken as one.
	const columns = new Map<number, number[]>();
	pieces.forEach((p, i) => {
		if (table[i]! < 0) return;
		const edges = columns.get(table[i]!) ?? [];
		for (const c of p) if (!edges.some((e) => Math.abs(e - c.x0) <= ALIGN)) edges.push(c.x0);
		columns.set(table[i]!, edges);
	});
	for (const edges of columns.values()) edges.sort((a, b) => a - b);
	const rows: GridRow[] = [];
	let open: { parts: Piece[][]; row: number } | undefined;
	const close = () => {
		if (!open) return;
		const width = open.parts.length;
		const cells: Cell[] = open.parts.map((parts) => {
			const text = clean(parts.map((p) => p.text).join(''));
			const line = parts[0]?.line ?? rows[open!.row]?.line ?? 0;
			// A number alone in its cell is printed on one line, whichever of the cell's lines that is.
			const num = NUM.test(text) ? parts.map((p) => numberOf(text, p.line)).find(Boolean) : undefined;
			return { text, line, num };
		});
		const last = Math.max(rows[open.row]!.line, ...open.parts.flat().map((p) => p.line));
		rows[open.row] = { line: rows[open.row]!.line, cells: cells.slice(0, width), last };
		open = undefined;
	};
	pieces.forEach((p, i) => {
		const line = layout[i]!;
		if (table[i]! < 0) {
			close();
			if (!p.length) return;
			const text = clean(p.map((c) => c.text).join(' '));
			rows.push({ line: line.line, cells: [{ text, line: line.line, num: numberOf(text, line.line) }] });
			return;
		}
		const edges = columns.get(table[i]!)!;
		const above = layout[i - 1];
		const wrapped = open && above && table[i - 1] === table[i] && line.y - above.y < GAP_ROW * line.size;
		if (!wrapped) {
			close();
			rows.push({ line: line.line, cells: [] });
			open = { parts: edges.map(() => []), row: rows.length - 1 };
		}
		for (const c of p) {
			let k = edges.length - 1;
			while (k > 0 && edges[k]! - ALIGN > c.x0) k -= 1;
			open!.parts[k]!.push(c);
		}
	});
	close();
	return rows;
}

const filled = (row: GridRow) => row.cells.filter((c) => c.text);
const WEIGHT_IN_LABEL = /^(.*?)[（(](\d+(?:\.\d+)?)分[）)]$/;

/** A label cell "履职效能(15分)" → name and its printed weight. */
function labelOf(src: SourceText, cell: Cell | undefined): { name: string; weight?: PrintedNumber } | undefined {
	if (!cell?.text || cell.num) return undefined;
	const m = WEIGHT_IN_LABEL.exec(cell.text);
	if (!m) return { name: cell.text };
	const from = Math.max(0, src.lineOf.indexOf(cell.line));
	const whole = src.flat.indexOf(m[0], from);
	let offset = whole < 0 ? -1 : src.flat.lastIndexOf(m[2]!, whole + m[0].length);
	if (whole < 0) {
		// A PDF cell wrapped over lines ("效(65" / "分)") is not contiguous in the flat text, its row's other cells
		// between its pieces: the weight is the first "(65" printed from the cell's line on, within its next lines.
		const re = new RegExp(`[（(]${m[2]!.replace('.', '\\.')}(?![\\d.])`, 'g');
		re.lastIndex = from;
		const hit = re.exec(src.flat);
		if (hit && src.lineOf[hit.index]! <= cell.line + 3) offset = hit.index + 1;
	}
	return {
		name: m[1]!,
		weight: offset >= 0 ? { value: numberValue(m[2]!), printed: m[2]!, offset, line: src.lineOf[offset]! } : undefined,
	};
}

type ScoredColumn = 'level1' | 'level1Weight' | 'level2' | 'level2Weight' | 'level3' | 'weight' | 'explanation' | 'score' | 'note';

/** Header words of a scored table; a 分值 column belongs to the level before it. */
function scoredColumns(header: readonly GridRow[]): Map<number, ScoredColumn> {
	const out = new Map<number, ScoredColumn>();
	for (const row of header) {
		let level: 'level1' | 'level2' | 'level3' | undefined;
		row.cells.forEach((c, i) => {
			const t = c.text;
			let col: ScoredColumn | undefined;
			if (/^一级指标$/.test(t)) col = level = 'level1';
			else if (/^二级指标$/.test(t)) col = level = 'level2';
			else if (/^三级指标$/.test(t)) col = level = 'level3';
			else if (/^(?:指标)?分值$|^权重$/.test(t)) col = level === 'level1' ? 'level1Weight' : level === 'level2' ? 'level2Weight' : 'weight';
			else if (/得分$/.test(t)) col = 'score';
			else if (/^指标解释$/.test(t)) col = 'explanation';
			else if (/^备注$/.test(t)) col = 'note';
			if (col && !out.has(i)) out.set(i, col);
		});
	}
	return out;
}

interface ScoredRowDraft {
	level1?: { name: string; weight?: PrintedNumber };
	level2?: { name: string; weight?: PrintedNumber };
	level3: string;
	weight?: PrintedNumber;
	score?: PrintedNumber;
	explanation?: string;
	note?: string;
	line: number;
	/** Its name spans the 二级 and 三级 columns: the row has no 二级指标. */
	merged?: boolean;
}

export interface ScoredTable {
	rows: ScoredRowDraft[];
	total?: Partial<Record<'level1Weight' | 'level2Weight' | 'weight' | 'score', PrintedNumber>>;
	/** Index of the row after the table. */
	next: number;
}

/** The scored table whose header row is `rows[at]` (a row printing 一级指标 … 三级指标). */
export function readScored(src: SourceText, rows: readonly GridRow[], at: number): ScoredTable | undefined {
	const header = [rows[at - 1], rows[at]].filter((r): r is GridRow => !!r && r.cells.length > 1);
	const columns = scoredColumns(header);
	const colOf = (name: ScoredColumn) => [...columns].find(([, c]) => c === name)?.[0];
	const [c1, c1w, c2, c2w, c3, cw, cs, ce, cn] = (
		['level1', 'level1Weight', 'level2', 'level2Weight', 'level3', 'weight', 'score', 'explanation', 'note'] as const
	).map(colOf);
	if (c3 === undefined || cs === undefined) return undefined;
	const out: ScoredTable = { rows: [], next: at + 1 };
	const width = Math.max(...header.map((r) => r.cells.length));
	for (let i = at + 1; i < rows.length; i++) {
		let row = rows[i]!;
		// A blank line inside a cell ("决策" / "" / "40") splits a one-cell-a-line row: join until the header's width.
		while (row.block && rows[i + 1]?.block && row.cells.length < width && row.cells.length + rows[i + 1]!.cells.length <= width) {
			row = { line: row.line, block: true, cells: [...row.cells, ...rows[i + 1]!.cells] };
			i += 1;
		}
		const cell = (c: number | undefined) => (c === undefined ? undefined : row.cells[c]);
		out.next = i + 1;
		const first = filled(row)[0]?.text ?? '';
		if (/^(?:总分|合计)$/.test(first)) {
			out.total = {};
			for (const [key, c] of [
				['level1Weight', c1w],
				['level2Weight', c2w],
				['weight', cw],
				['score', cs],
			] as const) {
				const num = cell(c)?.num;
				if (num) out.total[key] = num;
			}
			break;
		}
		if (row.cells.length < 3) {
			out.next = i;
			break;
		}
		const score = cell(cs)?.num;
		const weight = cell(cw)?.num;
		const l1 = labelOf(src, cell(c1));
		const l2 = labelOf(src, cell(c2));
		// 分值 in a column of its own (评价表) rather than in the label ("履职效能(15分)").
		if (l1 && !l1.weight) l1.weight = cell(c1w)?.num;
		if (l2 && !l2.weight) l2.weight = cell(c2w)?.num;
		const l3 = cell(c3)?.text;
		if (!score && !weight) {
			// A wrapped row ("(9分)", "率"): its text goes on the row above.
			const prev = out.rows.at(-1);
			if (!prev) continue;
			if (l3) prev.level3 += l3;
			for (const [key, lab] of [
				['level1', l1],
				['level2', l2],
			] as const) {
				if (!lab) continue;
				const mine = prev[key];
				const joined = labelOf(src, { text: `${mine?.name ?? ''}${lab.name}`, line: row.line });
				prev[key] = { name: joined?.name ?? lab.name, weight: mine?.weight ?? lab.weight };
				if (!mine?.weight && lab.weight) prev[key]!.weight = lab.weight;
			}
			const expl = cell(ce)?.text;
			if (expl && prev.explanation) prev.explanation += expl;
			continue;
		}
		// A name printed across the 二级 and 三级 columns (被评价部门配合度) is the row's 三级指标.
		const merged = !l3 && l2;
		out.rows.push({
			level1: l1,
			level2: merged ? undefined : l2,
			level3: l3 || l2?.name || '',
			weight,
			score,
			explanation: cell(ce)?.text || undefined,
			note: cell(cn)?.text || undefined,
			line: row.line,
			merged: !!merged,
		});
	}
	return out.rows.length ? out : undefined;
}

/**
 * A merged cell (一级 or 二级指标 with its 分值) prints where the export puts it, sometimes on the middle row of its
 * group, and again after a page break. The group is the run of rows whose 分值 add up to the label's, around the
 * row printing it; a label whose row is already in a group of the same name is that group's repeat. Where no run
 * adds up, the label stays on its row.
 */
function groups(rows: readonly ScoredRowDraft[], key: 'level1' | 'level2'): { name?: string; weight?: PrintedNumber; first: boolean }[] {
	const out = rows.map(() => ({ name: undefined as string | undefined, weight: undefined as PrintedNumber | undefined, first: false }));
	const labelled = rows.map((r, i) => (r[key] ? i : -1)).filter((i) => i >= 0);
	let claimedTo = -1;
	labelled.forEach((k, j) => {
		const { name, weight } = rows[k]![key]!;
		if (k <= claimedTo && out[k]!.name === name) return;
		// The group may reach up to the next label of another name (a repeat after a page break is inside it).
		const nextLabel = labelled.slice(j + 1).find((i) => rows[i]![key]!.name !== name) ?? rows.length;
		let span: [number, number] | undefined;
		const w = (i: number) => rows[i]!.weight?.value ?? 0;
		if (weight)
			for (let a = k; a > claimedTo && !span; a--) {
				let sum = 0;
				for (let b = a; b < Math.max(nextLabel, k + 1); b++) {
					sum += w(b);
					if (b >= k && Math.abs(sum - weight.value) < 1e-9) {
						span = [a, b];
						break;
					}
				}
			}
		const [a, b] = span ?? [k, nextLabel - 1];
		for (let i = a; i <= b; i++) out[i]!.name = name;
		out[a]!.first = true;
		out[a]!.weight = weight;
		claimedTo = Math.max(claimedTo, b);
	});
	// Rows before any label, or between a group and the next label, keep the name above them.
	let last: string | undefined;
	for (const g of out) {
		if (g.name) last = g.name;
		else g.name = last;
	}
	return out;
}

/** Writes a scored table into `base.scored`. */
export function putScored(draft: Draft, base: Path, table: ScoredTable): void {
	const g1 = groups(table.rows, 'level1');
	const g2 = groups(table.rows, 'level2');
	table.rows.forEach((r, i) => {
		const path = [...base, 'scored', 'rows', i];
		putText(draft, [...path, 'level1'], g1[i]!.name);
		if (g1[i]!.first) put(draft, [...path, 'level1Weight'], g1[i]!.weight);
		// A name printed across the 二级 and 三级 columns (扣分项 | 被评价部门配合度) leaves the row without 二级指标.
		putText(draft, [...path, 'level2'], r.merged ? undefined : g2[i]!.name);
		if (g2[i]!.first) put(draft, [...path, 'level2Weight'], g2[i]!.weight);
		putText(draft, [...path, 'level3'], r.level3);
		put(draft, [...path, 'weight'], r.weight);
		putText(draft, [...path, 'explanation'], r.explanation);
		put(draft, [...path, 'score'], r.score);
		putText(draft, [...path, 'note'], r.note);
	});
	for (const [key, num] of Object.entries(table.total ?? {})) put(draft, [...base, 'scored', 'total', key], num);
}

const columnOf = (text: string) => BUDGET_COLUMNS.find(([re]) => re.test(text.replace(/[：:]$/, '')))?.[1];

/** 资金来源 printed as a column header of a one-row budget (年度部门整体支出预算: 资金总额 | 财政拨款 | 其他资金). */
const FUND = /^(?:资金总额|总额|财政拨款|财政资金|其他资金|单位资金)$/;

const AMOUNT = new Set(['initial', 'adjusted', 'arrived', 'executed']);

/** Cells a budget table's rows may print without numbers (其中：中央财政, 其他资金, 合计). */
const FUNDISH = /财政|资金|合计|总额|其他|^其中/;

export interface BudgetGrid {
	rows: { label: string; values: [string, PrintedNumber][] }[];
	next: number;
}

/** Whether `rows[at]` starts a budget table: a header of columns, "预算数：N" cells, or 资金来源 columns. */
export function budgetStart(rows: readonly GridRow[], at: number): boolean {
	const cells = rows[at]!.cells;
	if (cells.length < 3) return false;
	const words = cells.filter((c) => !c.num && AMOUNT.has(columnOf(c.text) ?? '')).length;
	const inline = cells.some((c, i) => !c.num && columnOf(c.text) && cells[i + 1]?.num);
	const funds = cells.filter((c) => FUND.test(c.text)).length >= 2 && !!rows[at + 1]?.cells.some((c) => c.num);
	return words >= 2 || inline || (funds && words === 0);
}

/**
 * The budget table starting at `rows[at]` (see budgetStart). Each number goes to the column its header cell (or
 * the "预算数：" cell before it) names; rows printing no number are left out.
 */
export function readBudgetGrid(rows: readonly GridRow[], at: number): BudgetGrid | undefined {
	const header = rows[at]!;
	const out: BudgetGrid['rows'] = [];
	const funds = header.cells.map((c, i) => [i, c.text] as const).filter(([, t]) => FUND.test(t));
	if (funds.length >= 2 && !header.cells.some((c) => columnOf(c.text))) {
		// 资金来源 columns over a row of amounts: each column is a row of the budget, its amount the year's budget.
		for (const [i, label] of funds) {
			const num = rows[at + 1]?.cells[i]?.num;
			if (num) out.push({ label, values: [['adjusted', num]] });
		}
		return out.length ? { rows: out, next: at + 2 } : undefined;
	}
	const cols = new Map<number, string>();
	let width = header.cells.length;
	let i = at;
	for (; i < rows.length; i++) {
		const row = rows[i]!;
		if (row.cells.length < 3) break;
		row.cells.forEach((c, j) => {
			const col = c.num ? undefined : columnOf(c.text);
			// A header word names its own column; "预算数：" names the cell after it.
			if (col) cols.set(row.cells[j + 1]?.num ? j + 1 : j, col);
			if (col) width = row.cells.length;
		});
		// A row missing its first cells (a merged cell on the left, "合计") lines up with the header on the right.
		const shift = Math.max(0, width - row.cells.length);
		const values: [string, PrintedNumber][] = [];
		row.cells.forEach((c, j) => {
			const col = cols.get(j + shift);
			if (c.num && col) values.push([col, c.num]);
		});
		const texts = row.cells.filter((c) => c.text && !c.num && !columnOf(c.text)).map((c) => c.text);
		if (!values.length) {
			if (i > at && texts.some((t) => !FUNDISH.test(t))) break;
			continue;
		}
		// The row's name: its first text cell that is not the table's title (项目资金（万元）).
		const label = texts.find((t) => !/（万元）$/.test(t));
		out.push({ label: label ?? '总额', values });
	}
	return out.length ? { rows: out, next: i } : undefined;
}
