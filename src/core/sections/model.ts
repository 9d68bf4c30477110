/** A table as plain data: the page renders it with a caption, `th scope` and right-aligned numbers. */
import { formatNumber, formatPercent, formatWan } from '../format.ts';
import type { Change } from '../schema/primitives.ts';

export interface Cell {
	text: string;
	/** Numbers are right-aligned in tabular figures. */
	numeric?: boolean;
}

export interface TableRow {
	/** The row header (`<th scope="row">`). */
	header: string;
	cells: readonly Cell[];
	/** 合计 / 小计 rows are set in bold. */
	total?: boolean;
	/** Indent level for sub-rows (其中…). */
	level?: number;
}

export interface TableModel {
	/** Stable id within the page (anchor, test hook). */
	id: string;
	caption: string;
	/** Currency unit of the amounts, printed above the table (“单位：万元”); omitted for counts-only tables. */
	unit?: '万元' | '元';
	/** Column headers, the row-header column first. */
	columns: readonly string[];
	/** Printed header of each data column with its groups, outermost first, when the table groups its columns (header-rows.ts). */
	columnPaths?: readonly (readonly string[])[];
	rows: readonly TableRow[];
	notes?: readonly string[];
	/** The table only restates figures of the narrative beside it: search indexes that text once, not twice. */
	restatesNarrative?: boolean;
	/** A typed table of the entry's template: its CSV comes from the registry (templates/outputs.ts), not from this model. */
	source?: 'template';
}

const EMPTY: Cell = { text: '—' };

/** An amount cell in 万元 (or 元: same two-decimal format). */
export const amount = (v: number | undefined): Cell => (v === undefined ? EMPTY : { text: formatWan(v), numeric: true });

/** A printed percentage cell. */
export const percent = (v: number | undefined): Cell => (v === undefined ? EMPTY : { text: formatPercent(v), numeric: true });

/** A count cell (人, 辆, 批次…). */
export const count = (v: number | undefined): Cell => (v === undefined ? EMPTY : { text: formatNumber(v), numeric: true });

export const text = (v: string | undefined): Cell => (v ? { text: v } : EMPTY);

const VERBS: Record<Change['direction'], [string, string]> = {
	increase: ['增加', '增长'],
	decrease: ['减少', '下降'],
	flat: ['持平', ''],
	unstated: ['增加/减少（原文未写明）', '增长/下降'],
};

/** A stated year-over-year change as words: “减少 32.47 万元，下降 3.68%”. */
export function changeText(c: Change | undefined): string | undefined {
	if (!c) return undefined;
	const [verb, rate] = VERBS[c.direction];
	if (c.direction === 'flat') return '与上年持平';
	const parts = [c.amount !== undefined ? `${verb} ${formatWan(c.amount)} 万元` : verb];
	if (c.percent !== undefined) parts.push(`${rate} ${formatPercent(c.percent)}`);
	return parts.join('，');
}

/** Drops data columns the document left blank in every row (no 预算数 printed, no 科目编码…). */
export function pruneEmptyColumns(model: TableModel): TableModel {
	const width = model.columns.length - 1;
	const keep = Array.from({ length: width }, (_, i) => i).filter((i) =>
		model.rows.some((r) => r.cells[i] && r.cells[i] !== EMPTY && r.cells[i]!.text !== '—'),
	);
	if (keep.length === width) return model;
	return {
		...model,
		columns: [model.columns[0]!, ...keep.map((i) => model.columns[i + 1]!)],
		...(model.columnPaths ? { columnPaths: keep.map((i) => model.columnPaths![i]!) } : {}),
		rows: model.rows.map((r) => ({ ...r, cells: keep.map((i) => r.cells[i]!) })),
	};
}
