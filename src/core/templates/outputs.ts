/**
 * What the registry derives for readers: page tables, one CSV per table and the open-data form of every cell.
 * Each takes the template as a parameter, so a column added to the registry reaches all three with no other edit.
 */
import type { CsvValue } from '../csv.ts';
import { formatAtPrecision } from '../format.ts';
import type { Cell, TableModel } from '../sections/model.ts';
import { LEVEL_NAMES } from './codes.ts';
import { columnTitle, columnUnit } from './index.ts';
import { readTables, type ReadSide, type ReadTable, type TableData } from './read.ts';
import type { ColumnSpec, TemplateSpec } from './types.ts';

type Tables = Readonly<Record<string, TableData>> | undefined;

/** Page header of a column: its innermost group and its name (“本年支出 合计”, “公务接待费 决算数”). */
export function shortHeader(c: ColumnSpec): string {
	const group = c.group?.at(-1);
	return group ? `${group} ${c.name}` : c.name;
}

// Every value column of a typed table holds amounts, shares or counts: a blank aligns with the numbers around it.
const blank: Cell = { text: '—', numeric: true };

function cellText(table: ReadTable, v: number | null): Cell {
	return v === null ? blank : { text: formatAtPrecision(v, table.spec.decimals), numeric: true };
}

const sideId = (table: ReadTable, side: ReadSide) => `table-${table.spec.id}${table.spec.sides.length > 1 ? `-${side.spec.key}` : ''}`;
const sideCaption = (table: ReadTable, side: ReadSide) =>
	`${table.spec.no}. ${table.spec.title}${side.spec.name ? `（${side.spec.name}）` : ''}`;

/** The tables of an entry as page tables: one per side, rows headed by 科目编码 and name, indented by level. */
export function tablePageModels(template: TemplateSpec, tables: Tables): TableModel[] {
	return readTables(template, tables).flatMap((table) => {
		if (!table.printed) return [];
		return table.sides.map((side, i): TableModel => {
			const coded = side.spec.codes !== undefined;
			const last = i === table.sides.length - 1;
			return {
				id: sideId(table, side),
				caption: sideCaption(table, side),
				unit: table.spec.unit,
				columns: [coded ? '科目编码　科目名称' : '项目', ...side.spec.columns.map(shortHeader)],
				...(side.spec.columns.some((c) => c.group?.length)
					? { columnPaths: side.spec.columns.map((c) => [...(c.group ?? []), c.name]) }
					: {}),
				rows: side.rows.map((r) => ({
					header: r.kind === 'code' ? `${r.key} ${r.name}` : r.name,
					cells: r.values.map((v) => cellText(table, v)),
					...(r.kind === 'line' ? { total: true } : {}),
					...(r.level && r.level > 1 ? { level: r.level - 1 } : {}),
				})),
				source: 'template',
				notes: last ? [...table.notes, ...(side.rows.length === 0 && table.notes.length === 0 ? ['本表无数据。'] : [])] : [],
			};
		});
	});
}

/**
 * One downloadable CSV per table side (a two-sided 总表 gives 收入 and 支出 files): key, name and level of every
 * row, then each column under its full header with its unit. Blank stays empty, a printed 0 stays 0.
 */
export function tableCsvs(template: TemplateSpec, tables: Tables): { id: string; title: string; rows: CsvValue[][] }[] {
	return readTables(template, tables).flatMap((table) => {
		if (!table.printed) return [];
		return table.sides.map((side) => ({
			id: sideId(table, side),
			title: `${sideCaption(table, side)}（单位：${table.spec.unit}）`,
			rows: [
				['科目编码或行键', '名称', '级次', ...side.spec.columns.map((c) => `${columnTitle(c)}（${columnUnit(table.spec, c)}）`)],
				...side.rows.map((r): CsvValue[] => [r.key, r.name, r.level ? LEVEL_NAMES[r.level - 1] : null, ...r.values]),
			],
		}));
	});
}

/** Open data: every table with its columns and every row's cells keyed by column key (null = printed blank). */
export function tablesOpenData(template: TemplateSpec, tables: Tables) {
	return readTables(template, tables).map((table) => ({
		id: table.spec.id,
		no: table.spec.no,
		title: table.spec.title,
		unit: table.spec.unit,
		decimals: table.spec.decimals,
		printed: table.printed,
		notes: table.notes,
		sides: table.sides.map((side) => ({
			key: side.spec.key,
			name: side.spec.name,
			columns: side.spec.columns.map((c) => ({
				key: c.key,
				name: c.name,
				group: c.group ?? [],
				kind: c.kind,
				unit: columnUnit(table.spec, c),
			})),
			rows: side.rows.map((r) => ({
				key: r.key,
				kind: r.kind,
				...(r.level ? { level: LEVEL_NAMES[r.level - 1] } : {}),
				name: r.name,
				cells: Object.fromEntries(side.spec.columns.map((c, i) => [c.key, r.values[i]])),
			})),
		})),
	}));
}
