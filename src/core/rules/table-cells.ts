/**
 * Shared by the table rules: reading an entry's typed tables once, naming a cell (table, side, row, column) and
 * comparing a printed cell with a sum of cells at the table's printed precision.
 */
import { formatAtPrecision } from '../format.ts';
import { agreement, sumFen, toFen, type Fen } from '../money.ts';
import type { Disclosure } from '../schema/disclosure.ts';
import { columnTitle, templateFor } from '../templates/index.ts';
import { readTables, type CellValue, type ReadSide, type ReadTable, type TableData } from '../templates/read.ts';
import type { TemplateSpec } from '../templates/types.ts';
import type { Finding, Rule } from './types.ts';

/** The typed tables of an entry that the document prints, or undefined when it has none. */
export function printedTables(d: Disclosure): { template: TemplateSpec; tables: ReadTable[] } | undefined {
	const template = templateFor(d.finalAccounts?.template);
	if (!template || !d.finalAccounts?.tables) return undefined;
	const tables = readTables(template, d.finalAccounts.tables as Record<string, TableData>).filter((t) => t.printed);
	return { template, tables };
}

/** One cell of a printed table, located for messages and for the finding's path. */
export interface CellAt {
	readonly table: ReadTable;
	readonly side: ReadSide;
	/** Index of the row in the side's list (-1 when the row is not entered: its value counts as blank). */
	readonly row: number;
	readonly rowKey: string;
	readonly column: number;
}

/** A cell by keys; a missing row reads as blank (the table prints nothing there). */
export function cellAt(table: ReadTable, sideKey: string | undefined, rowKey: string, columnKey: string): CellAt | undefined {
	const side = table.sides.find((s) => s.spec.key === (sideKey ?? 'rows'));
	const column = side?.spec.columns.findIndex((c) => c.key === columnKey) ?? -1;
	if (!side || column < 0) return undefined;
	return { table, side, row: side.rows.findIndex((r) => r.key === rowKey), rowKey, column };
}

export const valueOf = (c: CellAt): CellValue => (c.row < 0 ? null : c.side.rows[c.row].values[c.column]);

/** "收入决算表“201 一般公共服务支出”行“财政拨款收入”列". */
export function cellLabel(c: CellAt): string {
	const r = c.row < 0 ? undefined : c.side.rows[c.row];
	const rowName = r
		? r.kind === 'code'
			? `${r.key} ${r.name}`
			: r.name
		: (c.side.spec.lines.find((l) => l.key === c.rowKey)?.name ?? c.rowKey);
	const side = c.side.spec.name ? `（${c.side.spec.name}栏）` : '';
	const col = c.side.spec.columns.length > 1 ? `“${columnTitle(c.side.spec.columns[c.column])}”列` : '';
	return `${c.table.spec.title}${side}“${rowName}”行${col}`;
}

/** Dotted path of a cell in the entry (the row's path when the row is not entered). */
export function cellPath(c: CellAt): string {
	const base = `finalAccounts.tables.${c.table.spec.id}.${c.side.spec.key}`;
	return c.row < 0 ? base : `${base}[${c.row}][${c.column + 2}]`;
}

const fenOf = (c: CellAt, v: number): Fen => toFen(v, c.table.spec.unit, c.table.spec.decimals);
const show = (c: CellAt, fen: number) => formatAtPrecision(fen / (c.table.spec.unit === '万元' ? 1_000_000 : 100), c.table.spec.decimals);

/**
 * Compares Σ `left` with Σ `right` (blank = nothing printed = 0 with no slack). Silent when every cell is blank;
 * a gap within the cells' printed precision is 提示. The finding sits on the first left cell: with one left cell
 * it reads "X 印为 …，按 … 应为 …", with several "… 不成立——左边 …，右边 …".
 */
export function expectBalance(rule: Rule, left: readonly CellAt[], right: readonly CellAt[], formula: string): Finding[] {
	const values = [...left, ...right].map(valueOf);
	if (values.every((v) => v === null)) return [];
	const sum = (cells: readonly CellAt[]) => sumFen(cells.flatMap((c) => (valueOf(c) === null ? [] : [fenOf(c, valueOf(c)!)])));
	const l = sum(left);
	const r = sum(right);
	const verdict = agreement(l.fen, r.fen, l.slack + r.slack);
	if (verdict === 'equal') return [];
	const first = left[0];
	const unit = first.table.spec.unit;
	const gap = `相差 ${show(first, Math.abs(l.fen - r.fen))} ${unit}`;
	const printed = valueOf(first);
	const message =
		left.length === 1
			? `${cellLabel(first)}印为${printed === null ? '空白' : ` ${show(first, l.fen)} ${unit}`}，按 ${formula} 应为 ${show(first, r.fen)} ${unit}，${gap}。`
			: `${cellLabel(first)}：${formula} 不成立——左边 ${show(first, l.fen)} ${unit}，右边 ${show(first, r.fen)} ${unit}，${gap}。`;
	return [
		{
			rule: rule.id,
			severity: verdict === 'rounding' ? '提示' : rule.severity,
			path: cellPath(first),
			anchor: 'appendixTables',
			message,
			expected: show(first, r.fen),
			actual: left.length === 1 && printed === null ? '空白' : show(first, l.fen),
			difference: show(first, l.fen - r.fen),
		},
	];
}

/** A printed cell against the sum of other cells. */
export const expectCells = (rule: Rule, total: CellAt, parts: readonly CellAt[], formula: string) =>
	expectBalance(rule, [total], parts, formula);
