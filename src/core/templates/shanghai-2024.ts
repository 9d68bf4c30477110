/**
 * Shanghai's 2024 部门决算 form (corpus/00, filled in by corpus/01–03): the national nine tables, with the 三公
 * table printing 预算数 | 决算数 pairs part by part, and the 国有资本经营 table showing income and carry-overs
 * like the 政府性基金 one.
 */
import { functionSide, lines, side } from './build.ts';
import { FUND_COLUMNS, FUND_SUMS, NATIONAL_2023, nationalLinks, threePublicColumns, threePublicSums } from './national-2023.ts';
import type { TableSpec, TemplateSpec } from './types.ts';

const SEEN = 'corpus/00 上海 2024 模板与 01–03 实表';
const national = (id: string): TableSpec => NATIONAL_2023.tables.find((t) => t.id === id)!;

/** Budget and actual of each part side by side: 合计 预算 | 决算, 出国 预算 | 决算, … */
function pairedThreePublicColumns() {
	const budget = threePublicColumns('budget');
	const actual = threePublicColumns('actual');
	return budget.flatMap((b, i) => [b, actual[i]]);
}

const threePublic: TableSpec = {
	...national('threePublic'),
	title: '财政拨款“三公”经费支出决算表',
	source: SEEN,
	sides: [
		side({
			columns: pairedThreePublicColumns(),
			lines: lines(['amounts', '金额']),
			columnSums: [...threePublicSums('budget'), ...threePublicSums('actual')],
		}),
	],
};

const stateCapital: TableSpec = {
	...national('stateCapital'),
	title: '国有资本经营预算财政拨款收入支出决算表',
	caption: '本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
	emptyNote: '本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。',
	source: SEEN,
	sides: [functionSide(FUND_COLUMNS, FUND_SUMS)],
};

export const SHANGHAI_2024: TemplateSpec = {
	id: 'shanghai-2024',
	name: '上海市部门决算公开表（2024 年度，9 张表）',
	years: [2024, 2024],
	tables: NATIONAL_2023.tables.map((t) => (t.id === 'threePublic' ? threePublic : t.id === 'stateCapital' ? stateCapital : t)),
	links: nationalLinks('expenditureTotal'),
};
