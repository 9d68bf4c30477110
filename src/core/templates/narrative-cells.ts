/**
 * Where the tables hold the figures the 说明 (narrative) also prints: a narrative field path → the table cell.
 * Read by the audit (rules/table-narrative.ts: the two must agree) and by the comparison (compare.ts: a figure
 * the narrative does not print is taken from the table that does). One list, so both read the same cell.
 */
import type { Disclosure } from '../schema/disclosure.ts';
import { templateFor } from './index.ts';
import { readTable, cellOf, type TableData } from './read.ts';
import { THREE_PUBLIC_PARTS, VEHICLE_PARTS, threePublicColumnKey } from './three-public.ts';
import type { CellRef } from './types.ts';

const c = (table: string, side: string | undefined, row: string, column: string): CellRef => ({
	table,
	row,
	column,
	...(side ? { side } : {}),
});
const income = (row: string) => c('summary', 'income', row, 'amount');
const threePublic = (column: string) => c('threePublic', undefined, 'amounts', column);

/** Each 三公 part's 决算数 and 预算数, and the 决算数 of the two 公务用车 parts (the table's columns, three-public.ts). */
function threePublicCells(): Record<string, CellRef> {
	const cells: Record<string, CellRef> = {};
	for (const { key } of THREE_PUBLIC_PARTS) {
		cells[`threePublic.${key}.amount`] = threePublic(threePublicColumnKey(key, 'actual'));
		cells[`threePublic.${key}.budget`] = threePublic(threePublicColumnKey(key, 'budget'));
	}
	for (const { key } of VEHICLE_PARTS) cells[`threePublic.vehicles.${key}.amount`] = threePublic(threePublicColumnKey(key, 'actual'));
	return cells;
}

/** Narrative path (under finalAccounts) → cell, for every figure with a fixed place in the tables. */
export const NARRATIVE_CELLS: Readonly<Record<string, CellRef>> = {
	'totals.income': income('total'),
	'totals.expenditure': c('summary', 'expenditure', 'total', 'amount'),
	'income.total': income('currentTotal'),
	'income.generalBudget.amount': income('generalBudget'),
	'income.governmentFund.amount': income('governmentFund'),
	'income.stateCapital.amount': income('stateCapital'),
	'income.superior.amount': income('superior'),
	'income.business.amount': income('business'),
	'income.operating.amount': income('operating'),
	'income.subsidiaries.amount': income('subsidiaries'),
	'income.other.amount': income('other'),
	'expenditure.total': c('expenditure', undefined, 'total', 'total'),
	'expenditure.basic.amount': c('expenditure', undefined, 'total', 'basic'),
	'expenditure.project.amount': c('expenditure', undefined, 'total', 'project'),
	'expenditure.toSuperior.amount': c('expenditure', undefined, 'total', 'toSuperior'),
	'expenditure.operating.amount': c('expenditure', undefined, 'total', 'operating'),
	'expenditure.toSubsidiaries.amount': c('expenditure', undefined, 'total', 'toSubsidiaries'),
	'fiscalTotals.income': c('fiscalSummary', 'income', 'total', 'amount'),
	'fiscalTotals.expenditure': c('fiscalSummary', 'expenditure', 'total', 'total'),
	'generalBudget.amount': c('generalBudget', undefined, 'total', 'total'),
	'generalBudget.detail.total': c('generalBudget', undefined, 'total', 'total'),
	'basicExpenditure.total': c('generalBudget', undefined, 'total', 'basic'),
	'basicExpenditure.personnel.amount': c('basic', 'personnel', 'total', 'amount'),
	'basicExpenditure.publicUse.amount': c('basic', 'publicUse', 'total', 'amount'),
	'threePublic.total': threePublic(threePublicColumnKey('total', 'actual')),
	'threePublic.budget': threePublic(threePublicColumnKey('total', 'budget')),
	...threePublicCells(),
	'governmentFund.amount': c('governmentFund', undefined, 'total', 'expenditureTotal'),
};

/** The cell of the 国有资本经营 spending total: its column differs between the national and Shanghai forms. */
export function capitalSpentCell(templateId: string | undefined): CellRef {
	const columns = templateFor(templateId)?.tables.find((t) => t.id === 'stateCapital')?.sides[0].columns ?? [];
	return c('stateCapital', undefined, 'total', columns.some((x) => x.key === 'expenditureTotal') ? 'expenditureTotal' : 'total');
}

/** A printed number of the entry's typed tables (undefined when the table, row or number is not printed). */
export function tableValue(d: Disclosure, ref: CellRef): number | undefined {
	const fa = d.finalAccounts;
	const spec = templateFor(fa?.template)?.tables.find((t) => t.id === ref.table);
	const data = fa?.tables?.[ref.table] as TableData | undefined;
	if (!spec || !data || data.printed === false) return undefined;
	return cellOf(readTable(spec, data), ref.side, ref.row, ref.column) ?? undefined;
}

/** A figure as the narrative prints it, else as its table does (the comparison shows what was printed anywhere). */
export function narrativeOrTable(
	d: Disclosure,
	path: keyof typeof NARRATIVE_CELLS & string,
	narrative: number | undefined,
): number | undefined {
	return narrative ?? tableValue(d, NARRATIVE_CELLS[path]);
}
