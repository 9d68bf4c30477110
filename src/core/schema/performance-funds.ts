/**
 * The money a self-evaluation report states in its text, each part with a field of its own (issue 10, point 4):
 * the department's 部门资金收支情况, its spending by kind (人员经费 / 公用经费 / 特定目标类) budget against actual,
 * the 常年 / 一次性项目 statistics, and a project's funding flow (申报 → 批复 → 追加 → 到位 → 支付).
 * Everything is recorded as printed; totals, rates and sums the report does not print are left to the audit.
 */
import { z } from 'astro/zod';
import { count, money, percent, text, wan } from './primitives.ts';

/** 万元 unless the report prints 元 (002: “2902158.24元”). */
export const moneyUnit = z.enum(['万元', '元']);

/** An item printed under a total: “其中：一般公共预算拨款收入 409.81 万元”. */
const fundsItem = z.strictObject({
	label: text.describe('原文名称，如“一般公共预算拨款收入”“行政运行”'),
	amount: money.describe('金额（单位同所在部分的 unit）'),
	share: percent.optional().describe('印出的占比（%）'),
});

/** One side (收入 or 支出) of 部门资金收支情况: the budget at the start of the year against the final accounts. */
const fundsSide = z.strictObject({
	initial: money.optional().describe('年初预算数'),
	initialItems: z.array(fundsItem).default([]).describe('年初预算数的“其中”分项，按原文顺序'),
	adjusted: money.optional().describe('调整后预算数 / 全年预算数'),
	final: money.optional().describe('决算数 / 执行数（原文称“决算报表总收入”“本年收入”“当年财政拨款总收入”等）'),
	finalLabel: z.string().optional().describe('原文对决算数的称呼，如“决算报表总收入”“本年支出”'),
	finalItems: z.array(fundsItem).default([]).describe('决算数的“其中”分项，按原文顺序'),
});

/** The two sides of 部门资金收支情况, each with the word the report prints for it. */
export const FUNDS_SIDES = [
	['income', '收入'],
	['expenditure', '支出'],
] as const;

/** 二、部门资金收支情况 of a department self-evaluation: （一）收入 （二）支出 （三）结转结余. */
export const departmentFunds = z.strictObject({
	scope: z.string().optional().describe('原文限定的范围，如“财政拨款”（只说财政资金时填）'),
	unit: moneyUnit.default('万元').describe('金额单位，按原文：万元或元'),
	income: fundsSide.optional().describe('收入情况'),
	expenditure: fundsSide.optional().describe('支出情况'),
	carryover: z
		.strictObject({
			amount: money.optional().describe('结转结余金额；原文写“无结转结余”时填 0 并在 printedAs 照录'),
			printedAs: z.string().optional().describe('原文表述，如“无结转结余”'),
		})
		.optional()
		.describe('结余分配和结转结余情况'),
});

/** The kinds a report splits its spending into: 人员 / 公用 / 特定目标类 (项目), or 基本 / 项目. */
export const spendingKind = z.enum(['人员经费', '公用经费', '特定目标类', '基本支出', '项目支出']);

const kindRow = z.strictObject({
	kind: spendingKind.describe('类别：人员经费、公用经费、特定目标类（项目）、基本支出、项目支出'),
	label: z.string().optional().describe('原文名称，与类别不同时填，如“日常公用经费支出”“人员类支出：全年实现工资支出总额”'),
	budget: money.optional().describe('预算数（原文或作“收入数”）'),
	actual: money.optional().describe('决算数 / 实际支出数（原文或作“支出数”）'),
	items: z.array(fundsItem).default([]).describe('原文在该类下列出的分项（如具体项目），按原文顺序'),
});

/** 人员经费 / 公用经费 / 特定目标类 budget against actual, as one passage of the report prints it. */
export const spendingKinds = z.strictObject({
	unit: moneyUnit.default('万元').describe('金额单位，按原文：万元或元'),
	budgetLabel: z.string().optional().describe('预算一栏合计的原文名称，如“全年预算收入”'),
	budgetTotal: money.optional().describe('预算合计（原文印出时填）'),
	actualLabel: z.string().optional().describe('决算一栏合计的原文名称，如“全年决算支出”'),
	actualTotal: money.optional().describe('决算合计（原文印出时填）'),
	rows: z.array(kindRow).min(1).describe('各类别，按原文顺序'),
});

/** 常年项目 / 阶段（一次性）项目绩效分析: “该类项目总数 7 个，涉及预算总金额 272.3 万元…”. */
export const projectStat = z.strictObject({
	kind: z.enum(['常年', '一次性']).describe('常年项目，或阶段（一次性）项目'),
	label: z.string().optional().describe('原文名称，如“阶段（一次性）项目”'),
	count: count.optional().describe('项目总数（个）'),
	amount: wan.optional().describe('涉及预算总金额（万元）'),
	progress: percent.optional().describe('1—12 月预算执行总体进度（%）'),
	overBalance: count.optional().describe('预算结余率大于 10% 的项目数（个）'),
});

/** 项目资金申报及使用情况: 申报数, 批复数, 追加, 到位, 支付, with the rates as printed. */
export const fundingFlow = z.strictObject({
	unit: moneyUnit.default('万元').describe('金额单位，按原文：万元或元'),
	requested: money.optional().describe('申报数（向财政申报的预算）'),
	approved: money.optional().describe('批复数 / 预算资金（财政批复并下达的指标）'),
	added: money.optional().describe('年中追加数'),
	adjusted: money.optional().describe('追加后的批复数，如“实际批复支出”“资金经财政综合审查后批复”'),
	arrived: money.optional().describe('实际到位数'),
	arrivalRate: percent.optional().describe('资金到位率（%），按原文'),
	spent: money.optional().describe('实际支出 / 支付数'),
	executionRate: percent.optional().describe('预算执行率（%），按原文'),
	paymentRate: percent.optional().describe('资金支付完成率（%），按原文，如“资金支付完成 100%”'),
	allocation: z.array(fundsItem).default([]).describe('资金分配：原文列出的去向及金额'),
	printedAs: z.string().optional().describe('原文算式或表述，如“资金到位率=（实际到位资金/预算资金）*100%=17.32/17.32=100%”'),
});

export type DepartmentFunds = z.infer<typeof departmentFunds>;
export type SpendingKinds = z.infer<typeof spendingKinds>;
export type ProjectStat = z.infer<typeof projectStat>;
export type FundingFlow = z.infer<typeof fundingFlow>;
