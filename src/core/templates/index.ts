/**
 * The template registry: every official form the site knows, looked up by the id an entry names in
 * `template:`. The API the schema, pages, open data, audit, scaffold and importer use is this file plus read.ts.
 */
import { NATIONAL_2023 } from './national-2023.ts';
import { SHANGHAI_2024 } from './shanghai-2024.ts';
import { SICHUAN_13 } from './sichuan-13.ts';
import type { TableSpec, TemplateSpec } from './types.ts';

export type * from './types.ts';
export { parseCode, codeName, unknownCodeReason, FUNCTION_CLASSES, ECONOMIC_CLASSES, LEVEL_NAMES, type ParsedCode } from './codes.ts';

/** Every template, in the order the scaffold offers them. */
export const TEMPLATES: readonly TemplateSpec[] = [NATIONAL_2023, SHANGHAI_2024, SICHUAN_13];

/** Template ids, for the schema's enum. */
export const TEMPLATE_IDS = TEMPLATES.map((t) => t.id) as [string, ...string[]];

/** The template with this id, or undefined. */
export function templateFor(id: string | undefined): TemplateSpec | undefined {
	return TEMPLATES.find((t) => t.id === id);
}

/** One table of a template, or undefined. */
export function tableSpec(templateId: string | undefined, tableId: string): TableSpec | undefined {
	return templateFor(templateId)?.tables.find((t) => t.id === tableId);
}

/** Unit of a column's cells as shown in headers: the table's unit for amounts, % or the count unit. */
export function columnUnit(table: TableSpec, column: { kind: string; countUnit?: string }): string {
	return column.kind === 'amount' ? table.unit : column.kind === 'percent' ? '%' : (column.countUnit ?? '');
}

/** The printed header of a column, its groups joined outermost first: "本年支出 › 基本支出". */
export function columnTitle(column: { name: string; group?: readonly string[] }): string {
	return [...(column.group ?? []), column.name].join(' › ');
}
