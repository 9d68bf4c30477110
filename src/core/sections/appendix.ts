/** 第五部分 附表: printed tables become table models; tables only listed by name stay a list. */
import type { AppendixTable } from '../schema/tables.ts';
import { amount, text, type TableModel } from './model.ts';

/** Tables the document prints, as models (the title is the caption, the printed unit is kept). */
export function appendixTableModels(tables: readonly AppendixTable[]): TableModel[] {
	return tables.flatMap((t, i) => {
		if (!t.printed || t.rows.length === 0) return [];
		const columns = t.columns.length ? t.columns : ['项目'];
		return [
			{
				id: `appendix-${i + 1}`,
				caption: t.title,
				unit: t.unit,
				columns,
				rows: t.rows.map((r) => ({
					header: r.code ? `${r.code} ${r.label}` : r.label,
					cells: r.values.map((v) => (v === null ? text(undefined) : amount(v))),
					...(r.total ? { total: true } : {}),
				})),
			},
		];
	});
}

/** Tables the document names but does not print (001 lists all 13 without their data). */
export function listedOnly(tables: readonly AppendixTable[]): string[] {
	return tables.filter((t) => !t.printed || t.rows.length === 0).map((t) => t.title);
}
