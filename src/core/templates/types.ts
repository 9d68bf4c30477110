/**
 * The shape of a template description: one official form of a document (its tables, their columns, how rows
 * are keyed, which cells are totals of which). Schema, page tables, CSV, open data, the audit and the scaffold
 * all read these objects; nothing else lists a table's columns. See README.md beside this file.
 */

/** What a column holds: an amount (万元 or 元, per table), a share in %, or a count (人, 辆…). */
export type ColumnKind = 'amount' | 'percent' | 'count';

/** One value column of a table side. */
export interface ColumnSpec {
	/** ASCII camelCase key, stable: open data, CSV headers and fixtures use it. */
	readonly key: string;
	/** The printed column header (leaf level). */
	readonly name: string;
	/** Printed headers above `name`, outermost first (two-level headers: 本年支出 › 基本支出). */
	readonly group?: readonly string[];
	readonly kind: ColumnKind;
	/** Unit of a count column ('人', '辆'); amounts take the table's unit, shares are in %. */
	readonly countUnit?: string;
}

/** Classification whose codes key the rows: 功能分类 (3/5/7 digits, 类/款/项) or 经济分类 (3/5 digits, 类/款). */
export type CodeScheme = 'function' | 'economic';

/** How the code-keyed rows of a side are keyed. */
export interface CodeRows {
	readonly scheme: CodeScheme;
	/** Deepest level printed: 1 = 类 only (the 总表 lists 类), 3 = down to 项. */
	readonly maxLevel: 1 | 2 | 3;
	/** 类 codes this side may hold (the 人员经费 side holds 301 and 303); all of the scheme when absent. */
	readonly classes?: readonly string[];
	/** 类 the form prints line by line even when blank, in order (what `npm run new` writes out). */
	readonly listed?: readonly string[];
}

/** A fixed, named line of a table (合计, 本年收入合计, 年初结转和结余…). */
export interface LineSpec {
	/** ASCII key the clerk writes in the row's first cell. */
	readonly key: string;
	/** The template's wording; the printed wording is kept in the row itself. */
	readonly name: string;
}

/** `total` = Σ `parts` on one side: line keys, or 'classes' for every 类 row (level 1) of the side. */
export interface LineSum {
	readonly total: string;
	readonly parts: readonly string[] | 'classes';
}

/** Σ `left` = Σ `right` within every row of a side (column keys): 合计 = 基本支出 + 项目支出. */
export interface ColumnSum {
	readonly left: readonly string[];
	readonly right: readonly string[];
}

/** One side of a table; a one-sided table has a single side keyed `rows`. */
export interface SideSpec {
	/** Key in the YAML (`rows`, or `income` / `expenditure` for a two-sided 总表). */
	readonly key: string;
	/** Printed heading of the side (收入, 支出, 人员经费…); empty for one-sided tables. */
	readonly name: string;
	readonly columns: readonly ColumnSpec[];
	/** Present when rows are keyed by classification code. */
	readonly codes?: CodeRows;
	readonly lines: readonly LineSpec[];
	readonly lineSums: readonly LineSum[];
	readonly columnSums: readonly ColumnSum[];
}

/** One official table. */
export interface TableSpec {
	/** ASCII key in `tables:` of final-accounts.yaml and in URLs/CSV names. */
	readonly id: string;
	/** Number in the template's order (一、二…). */
	readonly no: number;
	readonly title: string;
	readonly unit: '万元' | '元';
	/** Decimals the template prints amounts with: the rounding tolerance of every cell. */
	readonly decimals: number;
	readonly sides: readonly SideSpec[];
	/** The template's 注 line under the table. */
	readonly caption?: string;
	/** The template's wording when the table has no data (空表说明). */
	readonly emptyNote?: string;
	/** Where this shape was read from; 'inferred' says no filled-in original was seen. */
	readonly source: string;
}

/** A cell of a table: side and row keys as written in the YAML (row = code or line key). */
export interface CellRef {
	readonly table: string;
	readonly side?: string;
	readonly row: string;
	readonly column: string;
}

/** Between tables: `left` = Σ `right` (every referenced table must be present). */
export interface CellLink {
	readonly kind: 'cells';
	readonly label: string;
	readonly left: CellRef;
	readonly right: readonly CellRef[];
}

/** Between tables, code by code: the rows of `level` in two tables agree in the given columns. */
export interface CodeLink {
	readonly kind: 'codes';
	readonly label: string;
	readonly level: 1 | 2 | 3;
	readonly left: Omit<CellRef, 'row'>;
	readonly right: Omit<CellRef, 'row'>;
}

export type TableLink = CellLink | CodeLink;

/** One official form of a 部门决算. */
export interface TemplateSpec {
	/** ASCII id written as `template:` in final-accounts.yaml, e.g. `shanghai-2024`. */
	readonly id: string;
	readonly name: string;
	/** Years of accounts the form is used for (first, last or open). */
	readonly years: readonly [number, number | null];
	readonly tables: readonly TableSpec[];
	readonly links: readonly TableLink[];
}
