/**
 * The national 部门决算 public tables in use since the 2023 accounts: nine tables. The shapes follow the Shanghai
 * 2024 template (corpus/00), which fills in this national set; where the national form differs (国有资本经营 table
 * with expenditure only, 三公 with budget and actual blocks) the table's `source` says it was not seen filled in.
 */
import { amount, columnTotal, functionSide, lines, side } from './build.ts';
import type { TableLink, TableSpec, TemplateSpec } from './types.ts';
import { THREE_PUBLIC_LABEL, THREE_PUBLIC_PARTS, VEHICLE_PARTS, threePublicColumnKey, type ThreePublicMeasure } from './three-public.ts';

/** The income sources the 总表 prints line by line (also the 说明's names for them, templates/labels.ts). */
export const INCOME_SOURCES = lines(
	['generalBudget', '一般公共预算财政拨款收入'],
	['governmentFund', '政府性基金预算财政拨款收入'],
	['stateCapital', '国有资本经营预算财政拨款收入'],
	['superior', '上级补助收入'],
	['business', '事业收入'],
	['operating', '经营收入'],
	['subsidiaries', '附属单位上缴收入'],
	['other', '其他收入'],
);

const SHANGHAI_SEEN = 'corpus/00 上海 2024 模板与 01–03 实表';

/** The 类 the 总表 print line by line (corpus/00; a document may print more, e.g. 231/232 债务还本/付息). */
const SUMMARY_CLASSES = [
	'201',
	'202',
	'203',
	'204',
	'205',
	'206',
	'207',
	'208',
	'210',
	'211',
	'212',
	'213',
	'214',
	'215',
	'216',
	'217',
	'219',
	'220',
	'221',
	'222',
	'223',
	'224',
	'229',
	'234',
];

/** 一、收入支出决算总表: 收入 | 支出 side by side; the 支出 side lists 功能分类 类. */
export const summary: TableSpec = {
	id: 'summary',
	no: 1,
	title: '收入支出决算总表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度的总收支和年末结转结余情况。',
	source: SHANGHAI_SEEN,
	sides: [
		side({
			key: 'income',
			name: '收入',
			columns: [amount('amount', '决算数')],
			lines: [
				...INCOME_SOURCES,
				...lines(
					['currentTotal', '本年收入合计'],
					['nonFiscalBalanceUsed', '使用非财政拨款结余'],
					['carryoverStart', '年初结转和结余'],
					['total', '总计'],
				),
			],
			lineSums: [
				{ total: 'currentTotal', parts: INCOME_SOURCES.map((l) => l.key) },
				{ total: 'total', parts: ['currentTotal', 'nonFiscalBalanceUsed', 'carryoverStart'] },
			],
		}),
		side({
			key: 'expenditure',
			name: '支出',
			columns: [amount('amount', '决算数')],
			codes: { scheme: 'function', maxLevel: 1, listed: SUMMARY_CLASSES },
			lines: lines(
				['currentTotal', '本年支出合计'],
				['balanceDistribution', '结余分配'],
				['carryoverEnd', '年末结转和结余'],
				['total', '总计'],
			),
			lineSums: [
				{ total: 'currentTotal', parts: 'classes' },
				{ total: 'total', parts: ['currentTotal', 'balanceDistribution', 'carryoverEnd'] },
			],
		}),
	],
};

const INCOME_COLUMNS = [
	amount('total', '本年收入合计'),
	amount('fiscal', '财政拨款收入'),
	amount('superior', '上级补助收入'),
	amount('business', '事业收入'),
	amount('operating', '经营收入'),
	amount('subsidiaries', '附属单位上缴收入'),
	amount('other', '其他收入'),
];

/** 二、收入决算表. */
export const income: TableSpec = {
	id: 'income',
	no: 2,
	title: '收入决算表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度取得的各项收入情况。',
	source: SHANGHAI_SEEN,
	sides: [
		functionSide(INCOME_COLUMNS, [
			columnTotal(
				'total',
				INCOME_COLUMNS.slice(1).map((c) => c.key),
			),
		]),
	],
};

/** The 支出决算表's columns (also the 说明's names for the kinds of spending, templates/labels.ts). */
export const EXPENDITURE_COLUMNS = [
	amount('total', '本年支出合计'),
	amount('basic', '基本支出'),
	amount('project', '项目支出'),
	amount('toSuperior', '上缴上级支出'),
	amount('operating', '经营支出'),
	amount('toSubsidiaries', '对附属单位补助支出'),
];

/** 三、支出决算表. */
export const expenditure: TableSpec = {
	id: 'expenditure',
	no: 3,
	title: '支出决算表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度各项支出情况。',
	source: SHANGHAI_SEEN,
	sides: [
		functionSide(EXPENDITURE_COLUMNS, [
			columnTotal(
				'total',
				EXPENDITURE_COLUMNS.slice(1).map((c) => c.key),
			),
		]),
	],
};

const FISCAL_INCOME = lines(
	['generalBudget', '一般公共预算财政拨款'],
	['governmentFund', '政府性基金预算财政拨款'],
	['stateCapital', '国有资本经营预算财政拨款'],
);
const CARRYOVER_START = lines(
	['carryoverStartGeneral', '一般公共预算财政拨款'],
	['carryoverStartFund', '政府性基金预算财政拨款'],
	['carryoverStartCapital', '国有资本经营预算财政拨款'],
);
const FISCAL_COLUMNS = [
	amount('total', '合计'),
	amount('generalBudget', '一般公共预算财政拨款'),
	amount('governmentFund', '政府性基金预算财政拨款'),
	amount('stateCapital', '国有资本经营预算财政拨款'),
];

/** 四、财政拨款收入支出决算总表. */
export const fiscalSummary: TableSpec = {
	id: 'fiscalSummary',
	no: 4,
	title: '财政拨款收入支出决算总表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度财政拨款总收支和结转结余情况。',
	source: SHANGHAI_SEEN,
	sides: [
		side({
			key: 'income',
			name: '收入',
			columns: [amount('amount', '决算数')],
			lines: [
				...FISCAL_INCOME,
				...lines(['currentTotal', '本年收入合计'], ['carryoverStart', '年初财政拨款结转和结余']),
				...CARRYOVER_START,
				...lines(['total', '总计']),
			],
			lineSums: [
				{ total: 'currentTotal', parts: FISCAL_INCOME.map((l) => l.key) },
				{ total: 'carryoverStart', parts: CARRYOVER_START.map((l) => l.key) },
				{ total: 'total', parts: ['currentTotal', 'carryoverStart'] },
			],
		}),
		side({
			key: 'expenditure',
			name: '支出',
			columns: FISCAL_COLUMNS,
			codes: { scheme: 'function', maxLevel: 1, listed: SUMMARY_CLASSES },
			lines: lines(['currentTotal', '本年支出合计'], ['carryoverEnd', '年末财政拨款结转和结余'], ['total', '总计']),
			lineSums: [
				{ total: 'currentTotal', parts: 'classes' },
				{ total: 'total', parts: ['currentTotal', 'carryoverEnd'] },
			],
			columnSums: [columnTotal('total', ['generalBudget', 'governmentFund', 'stateCapital'])],
		}),
	],
};

export const BASIC_PROJECT = [amount('total', '合计'), amount('basic', '基本支出'), amount('project', '项目支出')];

/** 五、一般公共预算财政拨款支出决算表. */
export const generalBudget: TableSpec = {
	id: 'generalBudget',
	no: 5,
	title: '一般公共预算财政拨款支出决算表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度一般公共预算财政拨款支出情况。',
	source: SHANGHAI_SEEN,
	sides: [functionSide(BASIC_PROJECT, [columnTotal('total', ['basic', 'project'])])],
};

/** 六、一般公共预算财政拨款基本支出决算表: 人员经费 | 公用经费 side by side, keyed by 经济分类. */
export const basic: TableSpec = {
	id: 'basic',
	no: 6,
	title: '一般公共预算财政拨款基本支出决算表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
	source: SHANGHAI_SEEN,
	sides: [
		side({
			key: 'personnel',
			name: '人员经费',
			columns: [amount('amount', '决算数')],
			codes: { scheme: 'economic', maxLevel: 2, classes: ['301', '303'], listed: ['301', '303'] },
			lines: lines(['total', '人员经费合计']),
			lineSums: [{ total: 'total', parts: 'classes' }],
		}),
		side({
			key: 'publicUse',
			name: '公用经费',
			columns: [amount('amount', '决算数')],
			codes: { scheme: 'economic', maxLevel: 2, classes: ['302', '307', '309', '310', '311', '312', '313', '399'], listed: ['302', '310'] },
			lines: lines(['total', '公用经费合计']),
			lineSums: [{ total: 'total', parts: 'classes' }],
		}),
	],
};

/** The 三公 parts (three-public.ts) as columns of one measure (预算数 or 决算数). */
export function threePublicColumns(measure: ThreePublicMeasure): ReturnType<typeof amount>[] {
	const m = measure === 'budget' ? '预算数' : '决算数';
	const outer = `财政拨款${THREE_PUBLIC_LABEL}`;
	const key = (part: string) => threePublicColumnKey(part, measure);
	const [outbound, vehicles, reception] = THREE_PUBLIC_PARTS;
	return [
		amount(key('total'), m, [outer, '合计']),
		amount(key(outbound.key), m, [outer, outbound.label]),
		amount(key(vehicles.key), m, [outer, vehicles.label, '小计']),
		...VEHICLE_PARTS.map((p) => amount(key(p.key), m, [outer, vehicles.label, p.label])),
		amount(key(reception.key), m, [outer, reception.label]),
	];
}

/** Column identities of the 三公 table for one measure: 合计 = 出国 + 用车 + 接待, 用车 = 购置 + 运行. */
export function threePublicSums(measure: ThreePublicMeasure) {
	const key = (part: string) => threePublicColumnKey(part, measure);
	return [
		columnTotal(
			key('total'),
			THREE_PUBLIC_PARTS.map((p) => key(p.key)),
		),
		columnTotal(
			key('vehicles'),
			VEHICLE_PARTS.map((p) => key(p.key)),
		),
	];
}

/** 七、“三公”经费 table: one line; the national form prints all 预算数 columns, then all 决算数 columns. */
export const threePublic: TableSpec = {
	id: 'threePublic',
	no: 7,
	title: '一般公共预算财政拨款“三公”经费支出决算表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度“三公”经费支出预决算情况。',
	source: 'inferred：全国 2023 版样式（预算数、决算数分两组），未见填报原表',
	sides: [
		side({
			columns: [...threePublicColumns('budget'), ...threePublicColumns('actual')],
			lines: lines(['amounts', '金额']),
			columnSums: [...threePublicSums('budget'), ...threePublicSums('actual')],
		}),
	],
};

export const FUND_COLUMNS = [
	amount('carryoverStart', '年初结转和结余'),
	amount('income', '本年收入'),
	amount('expenditureTotal', '合计', ['本年支出']),
	amount('basic', '基本支出', ['本年支出']),
	amount('project', '项目支出', ['本年支出']),
	amount('carryoverEnd', '年末结转和结余'),
];

export const FUND_SUMS = [
	columnTotal('expenditureTotal', ['basic', 'project']),
	{ left: ['carryoverStart', 'income'], right: ['expenditureTotal', 'carryoverEnd'] },
];

/** 八、政府性基金预算财政拨款收入支出决算表. */
export const governmentFund: TableSpec = {
	id: 'governmentFund',
	no: 8,
	title: '政府性基金预算财政拨款收入支出决算表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
	emptyNote: '本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
	source: SHANGHAI_SEEN,
	sides: [functionSide(FUND_COLUMNS, FUND_SUMS)],
};

/** 九、国有资本经营预算财政拨款支出决算表 (national form: expenditure only). */
export const stateCapital: TableSpec = {
	id: 'stateCapital',
	no: 9,
	title: '国有资本经营预算财政拨款支出决算表',
	unit: '万元',
	decimals: 2,
	caption: '本表反映部门本年度国有资本经营预算财政拨款支出情况。',
	emptyNote: '本年度没有国有资本经营预算财政拨款支出，故本表无数据。',
	source: 'inferred：全国 2023 版样式（只列支出），未见填报原表',
	sides: [functionSide(BASIC_PROJECT, [columnTotal('total', ['basic', 'project'])])],
};

/** Column of 国有资本经营 spending in the stateCapital table (differs between national and Shanghai forms). */
const cell = (table: string, row: string, column: string, sideKey?: string) => ({
	table,
	row,
	column,
	...(sideKey ? { side: sideKey } : {}),
});

/** Identities between the tables of the 2023+ set; `capitalSpent` names the 国有资本 table's spending column. */
export function nationalLinks(capitalSpent: string): TableLink[] {
	const s = (row: string) => cell('summary', row, 'amount', 'income');
	const fi = (row: string) => cell('fiscalSummary', row, 'amount', 'income');
	const fe = (column: string) => cell('fiscalSummary', 'currentTotal', column, 'expenditure');
	return [
		{ kind: 'cells', label: '总表“本年收入合计” = 收入决算表“合计”', left: s('currentTotal'), right: [cell('income', 'total', 'total')] },
		{
			kind: 'cells',
			label: '总表三项财政拨款收入之和 = 收入决算表“财政拨款收入”',
			left: cell('income', 'total', 'fiscal'),
			right: [s('generalBudget'), s('governmentFund'), s('stateCapital')],
		},
		...(['superior', 'business', 'operating', 'subsidiaries', 'other'] as const).map((k): TableLink => ({
			kind: 'cells',
			label: `总表与收入决算表的同一收入来源（${k}）`,
			left: s(k),
			right: [cell('income', 'total', k)],
		})),
		{
			kind: 'cells',
			label: '总表“本年支出合计” = 支出决算表“合计”',
			left: cell('summary', 'currentTotal', 'amount', 'expenditure'),
			right: [cell('expenditure', 'total', 'total')],
		},
		{
			kind: 'codes',
			label: '总表支出各“类” = 支出决算表同一“类”的本年支出合计',
			level: 1,
			left: { table: 'summary', side: 'expenditure', column: 'amount' },
			right: { table: 'expenditure', column: 'total' },
		},
		{ kind: 'cells', label: '总表与财政拨款总表的一般公共预算财政拨款收入', left: s('generalBudget'), right: [fi('generalBudget')] },
		{ kind: 'cells', label: '总表与财政拨款总表的政府性基金预算财政拨款收入', left: s('governmentFund'), right: [fi('governmentFund')] },
		{ kind: 'cells', label: '总表与财政拨款总表的国有资本经营预算财政拨款收入', left: s('stateCapital'), right: [fi('stateCapital')] },
		{
			kind: 'cells',
			label: '财政拨款总表一般公共预算支出 = 一般公共预算财政拨款支出决算表“合计”',
			left: fe('generalBudget'),
			right: [cell('generalBudget', 'total', 'total')],
		},
		{
			kind: 'codes',
			label: '财政拨款总表各“类”的一般公共预算支出 = 一般公共预算财政拨款支出决算表同一“类”',
			level: 1,
			left: { table: 'fiscalSummary', side: 'expenditure', column: 'generalBudget' },
			right: { table: 'generalBudget', column: 'total' },
		},
		{
			kind: 'cells',
			label: '财政拨款总表政府性基金支出 = 政府性基金表本年支出合计',
			left: fe('governmentFund'),
			right: [cell('governmentFund', 'total', 'expenditureTotal')],
		},
		{
			kind: 'cells',
			label: '财政拨款总表国有资本经营支出 = 国有资本经营表本年支出合计',
			left: fe('stateCapital'),
			right: [cell('stateCapital', 'total', capitalSpent)],
		},
		{
			kind: 'cells',
			label: '一般公共预算基本支出 = 人员经费合计 + 公用经费合计',
			left: cell('generalBudget', 'total', 'basic'),
			right: [cell('basic', 'total', 'amount', 'personnel'), cell('basic', 'total', 'amount', 'publicUse')],
		},
	];
}

export const NATIONAL_2023: TemplateSpec = {
	id: 'national-2023',
	name: '全国部门决算公开表（2023 年起，9 张表）',
	years: [2023, null],
	tables: [summary, income, expenditure, fiscalSummary, generalBudget, basic, threePublic, governmentFund, stateCapital],
	links: nationalLinks('total'),
};
