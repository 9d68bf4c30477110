/**
 * The 说明 against the tables: every figure the narrative sections print that a table also holds (totals, sources,
 * 基本/项目支出, 类 and 项 amounts, 人员/公用经费, 三公 parts, 政府性基金) must be the same number in both places.
 */
import { agreement, toFen } from '../money.ts';
import { formatAtPrecision } from '../format.ts';
import type { FinalAccounts } from '../schema/final-accounts.ts';
import { expenditureKinds, incomeSources } from '../schema/final-accounts.ts';
import type { CellRef } from '../templates/types.ts';
import { cellAt, cellLabel, printedTables, valueOf } from './table-cells.ts';
import { BASIC_LABELS, EXPENDITURE_LABELS, INCOME_LABELS } from '../templates/labels.ts';
import { wanFen, type Finding, type Rule } from './types.ts';

import { capitalSpentCell, NARRATIVE_CELLS } from '../templates/narrative-cells.ts';
import { THREE_PUBLIC_PARTS, VEHICLE_PARTS } from '../templates/three-public.ts';

/** A narrative figure and the table cell that holds the same number. */
interface Pair {
	path: string;
	anchor: string;
	label: string;
	value: number | undefined;
	cell: CellRef;
}

/** Every pair an entry's narrative fields give (fields the entry leaves out give none). */
function pairs(fa: FinalAccounts, templateId: string): Pair[] {
	const out: Pair[] = [];
	const add = (
		path: string,
		anchor: string,
		label: string,
		value: number | undefined,
		cell: CellRef | undefined = NARRATIVE_CELLS[path],
	) => {
		if (value !== undefined && cell) out.push({ path: `finalAccounts.${path}`, anchor, label, value, cell });
	};
	const byCode = (code: string): CellRef => ({ table: 'generalBudget', row: code, column: 'total' });
	add('totals.income', 'totals', '收入总计', fa.totals?.income);
	add('totals.expenditure', 'totals', '支出总计', fa.totals?.expenditure);
	add('income.total', 'income', '本年收入合计', fa.income?.total);
	for (const k of incomeSources) add(`income.${k}.amount`, 'income', INCOME_LABELS[k], fa.income?.[k]?.amount);
	add('expenditure.total', 'expenditure', '本年支出合计', fa.expenditure?.total);
	for (const k of expenditureKinds) add(`expenditure.${k}.amount`, 'expenditure', EXPENDITURE_LABELS[k], fa.expenditure?.[k]?.amount);
	add('fiscalTotals.income', 'fiscalTotals', '财政拨款收入总计', fa.fiscalTotals?.income);
	add('fiscalTotals.expenditure', 'fiscalTotals', '财政拨款支出总计', fa.fiscalTotals?.expenditure);
	const g = fa.generalBudget;
	add('generalBudget.amount', 'generalBudget', '一般公共预算财政拨款支出', g?.amount);
	g?.byCategory.forEach(
		(x, i) => x.code && add(`generalBudget.byCategory[${i}].amount`, 'generalBudget', x.name, x.amount, byCode(x.code)),
	);
	add('generalBudget.detail.total', 'generalBudget', '支出具体情况合计', g?.detail?.total);
	g?.detail?.items.forEach(
		(x, i) => x.code && add(`generalBudget.detail.items[${i}].amount`, 'generalBudget', x.item, x.amount, byCode(x.code)),
	);
	const b = fa.basicExpenditure;
	add('basicExpenditure.total', 'basicExpenditure', '一般公共预算财政拨款基本支出', b?.total);
	add('basicExpenditure.personnel.amount', 'basicExpenditure', BASIC_LABELS.personnel, b?.personnel.amount);
	add('basicExpenditure.publicUse.amount', 'basicExpenditure', BASIC_LABELS.publicUse, b?.publicUse.amount);
	const t = fa.threePublic;
	add('threePublic.total', 'threePublic', '“三公”经费决算数', t?.total);
	add('threePublic.budget', 'threePublic', '“三公”经费预算数', t?.budget);
	for (const { key, label } of THREE_PUBLIC_PARTS) {
		add(`threePublic.${key}.amount`, 'threePublic', `${label}决算数`, t?.[key]?.amount);
		add(`threePublic.${key}.budget`, 'threePublic', `${label}预算数`, t?.[key]?.budget);
		// The tables print the two parts of 公务用车 (决算数 only); 接待's parts are not columns.
		if (key === 'vehicles')
			for (const p of VEHICLE_PARTS)
				add(`threePublic.vehicles.${p.key}.amount`, 'threePublic', `${p.label}决算数`, t?.vehicles?.[p.key]?.amount);
	}
	add('governmentFund.amount', 'governmentFund', '政府性基金预算财政拨款支出', fa.governmentFund?.amount);
	add('stateCapital.amount', 'stateCapital', '国有资本经营预算财政拨款支出', fa.stateCapital?.amount, capitalSpentCell(templateId));
	return out;
}

export const tableNarrative: Rule = {
	id: 'table-narrative',
	family: '部门决算表与说明',
	severity: '确定',
	title: '说明中的数字与表中同一数字相等',
	explain:
		'情况说明复述表中的数字：收入、支出总计，各项收入来源，基本支出和项目支出，一般公共预算支出及其各“类”、各“项”' +
		'，人员经费和公用经费，“三公”经费各部分的预算数和决算数，政府性基金和国有资本经营支出。两处印的同一个数应当相同。表中该处空白按 0 计。',
	why: '读者读说明、记者引用表格，两处不一致时不知道该信哪一个。',
	formula: '说明中的数 = 对应表格单元格（按原文印出精度比较）',
	check: (d) => {
		const p = printedTables(d);
		const fa = d.finalAccounts;
		if (!p || !fa) return [];
		return pairs(fa, p.template.id).flatMap((pair): Finding[] => {
			const table = p.tables.find((t) => t.spec.id === pair.cell.table);
			const cell = table && cellAt(table, pair.cell.side, pair.cell.row, pair.cell.column);
			// A row the entry leaves out of the table is unknown there, not blank.
			if (!cell || cell.row < 0) return [];
			const printed = valueOf(cell);
			const text = wanFen(pair.value!);
			const inTable = printed === null ? { fen: 0, slack: 0 } : toFen(printed, cell.table.spec.unit, cell.table.spec.decimals);
			const verdict = agreement(text.fen, inTable.fen, text.slack + inTable.slack);
			if (verdict === 'equal') return [];
			const show = (fen: number) => formatAtPrecision(fen / 1_000_000, 2);
			const where = cellLabel(cell);
			return [
				{
					rule: tableNarrative.id,
					severity: verdict === 'rounding' ? '提示' : tableNarrative.severity,
					path: pair.path,
					anchor: pair.anchor,
					message: `说明中的${pair.label}为 ${show(text.fen)} 万元，${where}印为${printed === null ? '空白' : ` ${show(inTable.fen)} 万元`}，相差 ${show(Math.abs(text.fen - inTable.fen))} 万元。`,
					expected: printed === null ? '空白' : show(inTable.fen),
					actual: show(text.fen),
					difference: show(text.fen - inTable.fen),
				},
			];
		});
	},
};
