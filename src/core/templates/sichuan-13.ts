/**
 * The older 13-table set the Sichuan seeds list (001 names all thirteen; none prints them). Tables shared with the
 * national set keep its shapes; the four tables only this set has were not seen filled in: their columns are
 * inferred from their titles and marked so in `source`, to be corrected when a printed one is entered.
 */
import { amount, columnTotal, functionSide, lines, side } from './build.ts';
import { BASIC_PROJECT, FUND_COLUMNS, FUND_SUMS, NATIONAL_2023, nationalLinks } from './national-2023.ts';
import type { TableSpec, TemplateSpec } from './types.ts';

const national = (id: string, no: number, title?: string): TableSpec => ({
	...NATIONAL_2023.tables.find((t) => t.id === id)!,
	no,
	...(title ? { title } : {}),
});
const INFERRED = 'inferred：四川 13 张表版本，种子只列表名，列按表名推定';

const economicSide = (columns: ReturnType<typeof amount>[], parts: string[]) =>
	side({
		columns,
		codes: { scheme: 'economic', maxLevel: 2 },
		lines: lines(['total', '合计']),
		lineSums: [{ total: 'total', parts: 'classes' }],
		columnSums: parts.length ? [columnTotal(columns[0].key, parts)] : [],
	});

const FISCAL_DETAIL = [
	amount('total', '合计'),
	amount('generalBudget', '一般公共预算财政拨款'),
	amount('governmentFund', '政府性基金预算财政拨款'),
	amount('stateCapital', '国有资本经营预算财政拨款'),
];

const sichuanOnly = (id: string, no: number, title: string, sides: TableSpec['sides']): TableSpec => ({
	id,
	no,
	title,
	unit: '万元',
	decimals: 2,
	source: INFERRED,
	sides,
});

export const SICHUAN_13: TemplateSpec = {
	id: 'sichuan-13',
	name: '四川部门决算公开表（13 张表）',
	years: [2019, 2024],
	tables: [
		national('summary', 1),
		national('income', 2),
		national('expenditure', 3),
		national('fiscalSummary', 4),
		sichuanOnly('fiscalDetail', 5, '财政拨款支出决算明细表', [
			economicSide(FISCAL_DETAIL, ['generalBudget', 'governmentFund', 'stateCapital']),
		]),
		national('generalBudget', 6),
		sichuanOnly('generalBudgetDetail', 7, '一般公共预算财政拨款支出决算明细表', [economicSide(BASIC_PROJECT, ['basic', 'project'])]),
		national('basic', 8, '一般公共预算财政拨款基本支出决算明细表'),
		sichuanOnly('project', 9, '一般公共预算财政拨款项目支出决算表', [functionSide([amount('amount', '决算数')], [])]),
		national('governmentFund', 10),
		sichuanOnly('stateCapitalFlows', 11, '国有资本经营预算财政拨款收入支出决算表', [functionSide(FUND_COLUMNS, FUND_SUMS)]),
		national('stateCapital', 12),
		national('threePublic', 13, '财政拨款“三公”经费支出决算表'),
	],
	links: nationalLinks('total'),
};
