/**
 * Reading a typed table as entered (rows `[code or line key, printed name, value…]`) into keyed cells. Every
 * consumer (page, CSV, open data, audit) reads tables through here, so they agree on keys and blanks.
 */
import { parseCode, codeName } from './codes.ts';
import type { SideSpec, TableSpec, TemplateSpec } from './types.ts';

/** A cell as printed: a number, or null where the table prints nothing (blank ≠ 0). */
export type CellValue = number | null;

/** The raw YAML of one table: one row list per side, plus the notes printed under it. */
export interface TableData {
	notes?: string[];
	/** false when the document names the table but does not print it. */
	printed?: boolean;
	/** Headers the document words differently from the template: template wording → printed wording. */
	headers?: Readonly<Record<string, string>>;
	[side: string]: unknown;
}

export type RawRow = readonly (string | number | null)[];

/** One row with its key: a classification code (with level) or a fixed line key. */
export interface ReadRow {
	readonly key: string;
	readonly kind: 'code' | 'line';
	/** 1 类, 2 款, 3 项 for code rows. */
	readonly level?: 1 | 2 | 3;
	/** The printed name; the template's name where the row leaves it blank. */
	readonly name: string;
	readonly values: readonly CellValue[];
}

export interface ReadSide {
	readonly spec: SideSpec;
	readonly rows: readonly ReadRow[];
}

export interface ReadTable {
	readonly spec: TableSpec;
	readonly sides: readonly ReadSide[];
	readonly notes: readonly string[];
	readonly printed: boolean;
}

/** The key of a row's first cell as text ("2010601", "total"). */
export const rowKeyOf = (row: RawRow): string => String(row[0] ?? '').trim();

/** Reads one side's rows (already validated by the schema). */
export function readRows(spec: SideSpec, rows: readonly RawRow[]): ReadRow[] {
	return rows.map((row) => {
		const key = rowKeyOf(row);
		const line = spec.lines.find((l) => l.key === key);
		const code = line || !spec.codes ? undefined : parseCode(row[0], spec.codes.scheme);
		const printed = typeof row[1] === 'string' && row[1].trim() ? row[1].trim() : undefined;
		const name = printed ?? line?.name ?? (code && spec.codes ? codeName(code, spec.codes.scheme) : undefined) ?? key;
		const values = spec.columns.map((_, i) => (typeof row[i + 2] === 'number' ? (row[i + 2] as number) : null));
		return code ? { key, kind: 'code', level: code.level, name, values } : { key, kind: 'line', name, values };
	});
}

/** The table as this document prints its headers: each column's name and groups in the printed wording. */
export function printedSpec(spec: TableSpec, headers: TableData['headers']): TableSpec {
	if (!headers || !Object.keys(headers).length) return spec;
	const printed = (h: string) => headers[h] ?? h;
	return {
		...spec,
		sides: spec.sides.map((side) => ({
			...side,
			columns: side.columns.map((c) => ({ ...c, name: printed(c.name), ...(c.group ? { group: c.group.map(printed) } : {}) })),
		})),
	};
}

/** Reads a table of a template from its YAML data (headers in the document's wording). */
export function readTable(template: TableSpec, data: TableData): ReadTable {
	const spec = printedSpec(template, data.headers);
	return {
		spec,
		sides: spec.sides.map((s) => ({ spec: s, rows: readRows(s, Array.isArray(data[s.key]) ? (data[s.key] as RawRow[]) : []) })),
		notes: data.notes ?? [],
		printed: data.printed !== false,
	};
}

/** Every table an entry holds, in template order (tables the entry leaves out are skipped). */
export function readTables(template: TemplateSpec, tables: Readonly<Record<string, TableData>> | undefined): ReadTable[] {
	return template.tables.flatMap((spec) => (tables?.[spec.id] ? [readTable(spec, tables[spec.id])] : []));
}

/** The value of one cell (undefined when the row is absent, null when printed blank). */
export function cellOf(table: ReadTable, sideKey: string | undefined, row: string, column: string): CellValue | undefined {
	const side = table.sides.find((s) => s.spec.key === (sideKey ?? 'rows'));
	const col = side?.spec.columns.findIndex((c) => c.key === column) ?? -1;
	const r = side?.rows.find((x) => x.key === row);
	return r && col >= 0 ? r.values[col] : undefined;
}
