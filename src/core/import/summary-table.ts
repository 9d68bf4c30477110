/**
 * The two summary tables (收入支出决算总表, 财政拨款收入支出决算总表) where the document prints them in full
 * (Shanghai): their balance lines fill `totals` / `fiscalTotals`. Only a label with its number on the same
 * printed line is read; a cell the layout moved to another line is left for the clerk (the report lists it).
 */
import { put } from './draft.ts';
import { first, within, type Scope } from './match.ts';

/** The printed table's text: from its title (followed by 单位：万元) to the next table's unit line. */
export function tableScope(scope: Scope, title: string): Scope | undefined {
	const head = first(scope, `(?<!拨款)${title}单位[：:]万元`);
	if (!head) return undefined;
	const next = first(within(scope, head.end), '单位[：:]万元');
	return within(scope, head.end, next ? next.at : scope.end);
}

/** Balance lines of a summary table into `totals` or `fiscalTotals`; returns whether 总计 was read. */
export function readSummaryTable(scope: Scope, key: 'totals' | 'fiscalTotals'): boolean {
	const title = key === 'totals' ? '收入支出决算总表' : '财政拨款收入支出决算总表';
	const table = tableScope(scope, title);
	if (!table) return false;
	const line = (path: string, label: string) => {
		const hit = first(table, `${label}NUM`);
		if (hit) put(scope.draft, [key, path], hit.num(1));
	};
	line('currentIncome', '本年收入合计');
	line('currentExpenditure', '本年支出合计');
	line('carryoverStart', '年初(?:财政拨款)?结转和结余');
	line('carryoverEnd', '年末(?:财政拨款)?结转和结余');
	line('balanceDistribution', '结余分配');
	const totals = first(table, '总计NUM总计NUM');
	if (!totals) return false;
	put(scope.draft, [key, 'income'], totals.num(1));
	put(scope.draft, [key, 'expenditure'], totals.num(2));
	return true;
}

/** Whether the summary table prints 一般公共预算 income and leaves 政府性基金 and 国有资本经营 blank. */
export function onlyGeneralBudget(scope: Scope): boolean {
	const table = tableScope(scope, '收入支出决算总表');
	if (!table) return false;
	return Boolean(first(table, '一般公共预算财政拨款收入NUM')) && !first(table, '(?:政府性基金|国有资本经营)预算财政拨款收入NUM');
}
