/**
 * 部门决算: the national template's figures, recorded exactly as printed (DESIGN §2).
 * Every section is optional because real documents omit some; what a section prints, it records.
 */
import { z } from 'astro/zod';
import { change, count, functionCode, percent, score, sharedAmount, statedAmount, text, wan } from './primitives.ts';
import { appendixTable } from './tables.ts';
import { threePublic } from './three-public.ts';
import { TEMPLATE_IDS, templateFor } from '../templates/index.ts';
import { tablesSchema } from '../templates/schema.ts';

/**
 * 收入、支出总计 stated for the whole unit or for 财政拨款 (sections 一 and 四). A text that prints only one
 * combined "收入支出总计" (Shanghai) records that in `statedCombined` and leaves `income` / `expenditure` empty:
 * the two sides are then not printed there, and are not inferred (the 总表 holds them, if typed).
 */
const totals = z.strictObject({
	income: wan.optional().describe('收入总计（万元）；正文只印合并的“收入支出总计”时不填'),
	expenditure: wan.optional().describe('支出总计（万元）；正文只印合并的“收入支出总计”时不填'),
	statedCombined: wan.optional().describe('原文印出的“收、支总计”合并数（万元）'),
	change: change.optional().describe('与上年相比的变动'),
	/** Balance lines of 收入支出决算总表, recorded only where the document prints them (audit rule balance-closure). */
	currentIncome: wan.optional().describe('本年收入（万元），收入总计中的本年部分，原文印出时填写'),
	nonFiscalBalanceUsed: wan.optional().describe('使用非财政拨款结余（万元）'),
	carryoverStart: wan.optional().describe('年初结转和结余（万元）'),
	currentExpenditure: wan.optional().describe('本年支出（万元），支出总计中的本年部分，原文印出时填写'),
	balanceDistribution: wan.optional().describe('结余分配（万元）'),
	carryoverEnd: wan.optional().describe('年末结转和结余（万元）'),
	balanceWhere: z.string().optional().describe('结转结余数的出处（如“附件1 部门决算收支情况”），不在本节时填写'),
}).refine((t) => t.income !== undefined || t.expenditure !== undefined || t.statedCombined !== undefined, {
	message: '收入总计、支出总计、“收、支总计”至少要填一个',
	path: ['income'],
});

/** The 总计 a totals block prints: 收入总计, or the combined 收、支总计 when the text prints only that. */
export function totalOf(t: { income?: number; statedCombined?: number }): number | undefined {
	return t.income ?? t.statedCombined;
}

/** 本年收入 by source (section 二); keys follow the template's order. */
export const incomeSources = [
	'generalBudget',
	'governmentFund',
	'stateCapital',
	'superior',
	'business',
	'operating',
	'subsidiaries',
	'other',
] as const;

const income = z.strictObject({
	total: wan.describe('本年收入合计（万元）'),
	generalBudget: sharedAmount.optional().describe('一般公共预算财政拨款收入'),
	governmentFund: sharedAmount.optional().describe('政府性基金预算财政拨款收入'),
	stateCapital: sharedAmount.optional().describe('国有资本经营预算财政拨款收入'),
	superior: sharedAmount.optional().describe('上级补助收入'),
	business: sharedAmount.optional().describe('事业收入'),
	operating: sharedAmount.optional().describe('经营收入'),
	subsidiaries: sharedAmount.optional().describe('附属单位上缴收入'),
	other: sharedAmount.optional().describe('其他收入'),
});

/** 本年支出 by type (section 三). */
export const expenditureKinds = ['basic', 'project', 'toSuperior', 'operating', 'toSubsidiaries'] as const;

const expenditure = z.strictObject({
	total: wan.describe('本年支出合计（万元）'),
	basic: sharedAmount.optional().describe('基本支出'),
	project: sharedAmount.optional().describe('项目支出'),
	toSuperior: sharedAmount.optional().describe('上缴上级支出'),
	operating: sharedAmount.optional().describe('经营支出'),
	toSubsidiaries: sharedAmount.optional().describe('对附属单位补助支出'),
});

/** One 功能分类 类 in the structure paragraph (section 五(二)). */
const categoryShare = z.strictObject({
	code: functionCode.optional().describe('类级科目编码（3 位），原文印出时填写'),
	name: text.describe('类级科目名称，如“社会保障和就业支出”'),
	amount: wan.describe('决算数（万元）'),
	share: percent.optional().describe('印发的占比（%）'),
});

/** One 类/款/项 line of the detail paragraph (section 五(三)). */
const detailItem = z.strictObject({
	code: functionCode.optional().describe('项级科目编码（7 位）；原文只印出部分编码时按原文'),
	category: text.describe('类'),
	section: text.describe('款'),
	item: text.describe('项'),
	amount: wan.describe('支出决算数（万元）'),
	budget: wan.optional().describe('预算数（万元），原文印出时填写'),
	completion: percent.optional().describe('完成预算（%）'),
	remark: z.string().optional().describe('原文附带的说明（如“决算数等于预算数”）'),
});

const generalBudget = z.strictObject({
	amount: wan.describe('一般公共预算财政拨款支出（万元）'),
	shareOfExpenditure: percent.optional().describe('占本年支出合计的比例（%）'),
	change: change.optional(),
	byCategory: z.array(categoryShare).default([]).describe('支出结构：按功能分类“类”'),
	detail: z
		.strictObject({
			total: wan.describe('决算数合计（万元）'),
			completion: percent.optional().describe('完成预算（%）'),
			remark: z.string().optional().describe('合计之后原文附带的说明（如“决算数小于预算数的主要原因：……”）'),
			items: z.array(detailItem).default([]),
			categoryTotals: z
				.array(z.strictObject({ name: text, code: functionCode.optional(), amount: wan }))
				.default([])
				.describe('原文在明细中另行印出的“类”小计'),
		})
		.optional()
		.describe('支出具体情况：按类/款/项'),
});

/** A named line of 人员经费 or 公用经费 (amounts only where printed). */
const economicItem = z.strictObject({
	name: text.describe('经济分类科目'),
	amount: wan.optional().describe('金额（万元），原文印出时填写'),
});

const basicExpenditure = z.strictObject({
	total: wan.describe('一般公共预算财政拨款基本支出（万元）'),
	personnel: z.strictObject({ amount: wan, items: z.array(economicItem).default([]) }).describe('人员经费'),
	publicUse: z.strictObject({ amount: wan, items: z.array(economicItem).default([]) }).describe('公用经费'),
});

/** One 类/款/项 line the section's text names ("城乡社区支出（类）……支出决算为 12.00 万元"). */
const otherBudgetItem = z.strictObject({
	code: functionCode.optional().describe('科目编码，原文印出或可由决算表对应时填写'),
	name: text.describe('科目名称，照原文（如“城乡社区支出（类）国有土地使用权出让收入安排的支出（款）……（项）”）'),
	amount: wan.describe('支出决算数（万元）'),
	budget: wan.optional().describe('年初预算数（万元），原文印出时填写'),
});

/** Sections 八 and 九: 政府性基金 / 国有资本经营预算财政拨款 income and spending, as the text prints them. */
const otherBudget = z.strictObject({
	amount: wan.describe('支出决算（万元）；原文称“无”时填 0 并在 printedAs 照录'),
	printedAs: z.string().optional().describe('原文表述，如“本年度无政府性基金预算财政拨款支出”'),
	income: wan.optional().describe('本年收入（万元），原文印出时填写'),
	carryoverStart: wan.optional().describe('年初结转和结余（万元）'),
	carryoverEnd: wan.optional().describe('年末结转和结余（万元）'),
	shareOfExpenditure: percent.optional().describe('占本年支出合计的比例（%）'),
	change: change.optional(),
	items: z.array(otherBudgetItem).default([]).describe('原文逐项说明的类/款/项支出'),
});

const otherMatters = z.strictObject({
	operatingCosts: z
		.strictObject({
			amount: wan,
			change: change.optional(),
			changeItems: z
				.array(z.strictObject({ name: text.describe('经济分类科目，如“办公费”'), change }))
				.default([])
				.describe('原文逐项说明的变动（如“办公费较去年减少0.92万元”）'),
		})
		.optional()
		.describe('机关运行经费'),
	procurement: z
		.strictObject({
			total: wan.describe('政府采购支出总额'),
			goods: wan.optional().describe('货物（万元）'),
			works: wan.optional().describe('工程（万元）'),
			services: wan.optional().describe('服务（万元）'),
			sme: sharedAmount.optional().describe('授予中小企业合同金额及占比'),
			smallMicro: sharedAmount.optional().describe('其中授予小微企业合同金额及占比'),
			// 上海 2024 wording: reserved budgets for SMEs and what SMEs won, within and outside the reservation.
			smeReserved: wan.optional().describe('面向中小企业预留政府采购项目预算金额（万元）'),
			smallMicroReserved: wan.optional().describe('面向小微企业预留政府采购项目预算金额（万元）'),
			smeAwardedReserved: wan.optional().describe('预留项目中由中小企业供应商中标或成交的采购金额（万元）'),
			smallMicroAwardedReserved: wan.optional().describe('预留项目中由小微企业供应商中标或成交的采购金额（万元）'),
			smeAwardedOther: wan.optional().describe('其他政府采购项目中由中小企业供应商中标或成交的采购金额（万元）'),
			quantities: z
				.array(z.strictObject({ item: text.describe('采购品目，如“台式电脑”'), count, unit: z.string().optional().describe('计量单位，如“台”') }))
				.default([])
				.describe('原文列出的采购数量'),
			note: z.string().optional(),
		})
		.optional()
		.describe('政府采购支出'),
	assets: z
		.strictObject({
			asOf: z.string().optional(),
			vehicles: count.optional().describe('车辆总数'),
			vehiclesByUse: z.array(z.strictObject({ use: text, count })).default([]).describe('按用途'),
			generalEquipmentOver50: count.optional().describe('单价 50 万元以上通用设备（台套）'),
			specialEquipmentOver100: count.optional().describe('单价 100 万元以上专用设备（台套）'),
			equipmentOver100: count.optional().describe('单价 100 万元（含）以上设备（不含车辆，不分通用/专用）（台套）'),
			note: z.string().optional(),
		})
		.optional()
		.describe('国有资产占有使用'),
	performance: z
		.strictObject({
			priorAssessment: count.optional().describe('开展事前绩效评估的项目数'),
			targetsSet: count.optional().describe('编制绩效目标的项目数'),
			monitored: count.optional().describe('开展绩效监控的项目数'),
			selfEvaluated: count.optional().describe('开展绩效自评的项目数'),
			projects: z.array(text).default([]).describe('列出的项目名称'),
			scores: z.array(z.strictObject({ subject: text, score: z.number().nonnegative() })).default([]).describe('得分'),
			// 上海 2024 wording: each stage of 全过程绩效管理 with its project count and the budget it covers.
			targetsSetAmount: wan.optional().describe('编报绩效目标的项目涉及预算金额（万元）'),
			monitoredAmount: wan.optional().describe('绩效跟踪评价（监控）的项目涉及预算金额（万元）'),
			selfEvaluatedAmount: wan.optional().describe('绩效自评的项目涉及预算金额（万元）'),
			averageScore: score.optional().describe('绩效自评平均得分（分）'),
			gradeCounts: z
				.array(z.strictObject({ grade: text.describe('评级，照原文：优、良、合格、不合格……'), count }))
				.default([])
				.describe('绩效自评按评级的项目数，按原文顺序'),
			issuesFound: count.optional().describe('绩效自评中发现的问题数'),
			issuesRectified: count.optional().describe('已经完成整改的问题数'),
			issuesInProgress: count.optional().describe('正在整改的问题数'),
		})
		.optional()
		.describe('预算绩效管理情况'),
});

/** 名词解释, one term per entry in printed order. */
const glossaryTerm = z.strictObject({
	no: z.number().int().positive().optional().describe('原文编号（原文编号不连续时照录，如 16 之后接 27）'),
	term: text.describe('名词'),
	definition: text.describe('解释'),
});

/** A figure whose underlying data the document prints (002 prints the data of 图1–6). */
const printedFigure = z.strictObject({
	no: z.number().int().min(1).max(7),
	title: text,
	labels: z.array(text),
	values: z.array(z.number().nonnegative()),
	unit: z.string().optional().describe('原文印出的单位，如“万元”；图2 等结构图印的是占比时填“%”'),
	seriesLabel: z.string().optional().describe('原文图例 / 数据系列名（照录，含模板遗留的“销售额”）'),
});

/** Any template's tables, loosely: the entry's own template checks them precisely (finalAccountsSchemaFor). */
const anyTables = z.record(
	z.string(),
	z.object({ notes: z.array(text).optional(), printed: z.boolean().optional() }).catchall(z.array(z.array(z.union([z.string(), z.number(), z.null()])))),
);

const finalAccountsBase = z.strictObject({
	title: text.describe('文档标题'),
	template: z.enum(TEMPLATE_IDS).optional().describe(`表样（模板）标识：${TEMPLATE_IDS.join('、')}；填写 tables 时必填`),
	tables: anyTables.optional().describe('第二部分 / 第五部分 部门决算表，按模板逐表照录'),
	totals: totals.optional().describe('一、收入支出决算总体情况'),
	income: income.optional().describe('二、收入决算情况'),
	expenditure: expenditure.optional().describe('三、支出决算情况'),
	fiscalTotals: totals.optional().describe('四、财政拨款收入支出决算总体情况'),
	generalBudget: generalBudget.optional().describe('五、一般公共预算财政拨款支出决算情况'),
	basicExpenditure: basicExpenditure.optional().describe('六、一般公共预算财政拨款基本支出决算情况'),
	threePublic: threePublic.optional().describe('七、财政拨款“三公”经费支出决算情况'),
	governmentFund: otherBudget.optional().describe('八、政府性基金预算支出决算情况'),
	stateCapital: otherBudget.optional().describe('九、国有资本经营预算支出决算情况'),
	otherMatters: otherMatters.optional().describe('十、其他重要事项的情况说明'),
	parts: z
		.array(text)
		.default([])
		.describe('文件各部分的标题（“第一部分 ……概况”“第二部分 ……部门决算表”……），目录或正文所印，照原文逐字录入，按原文顺序'),
	glossary: z.array(glossaryTerm).default([]).describe('第三部分 名词解释'),
	attachments: z
		.array(z.strictObject({ title: text, evaluation: z.string().optional() }))
		.default([])
		.describe('第四部分 附件：标题及对应的绩效自评 id'),
	appendixTables: z.array(appendixTable).default([]).describe('第五部分 附表（13 张标准表），原文列出或印出时填写'),
	statedAmounts: z
		.array(statedAmount.extend({ section: z.string().optional().describe('所在部分，如“overview”（第一部分 概况）') }))
		.optional()
		.describe('正文中印出、没有专门字段的数字（如概况中“重点工作完成情况”的人数、金额、比率），按原文顺序'),
	printedFigures: z.array(printedFigure).default([]).describe('原文印出的图表数据'),
});

/** 部门决算 of any template; `tables` needs `template` (an entry is validated by finalAccountsSchemaFor). */
export const finalAccountsSchema = finalAccountsBase.superRefine((fa, ctx) => {
	if (fa.tables && !fa.template) ctx.addIssue({ code: 'custom', path: ['template'], message: `填写了 tables 时必须写明 template（表样），可选：${TEMPLATE_IDS.join('、')}` });
});

const byTemplate = new Map<string, z.ZodType>();

/** 部门决算 with the tables of one template typed: what an entry naming `template: <id>` is checked against. */
export function finalAccountsSchemaFor(templateId: string) {
	const template = templateFor(templateId);
	if (!template) return finalAccountsSchema;
	if (!byTemplate.has(templateId)) {
		byTemplate.set(templateId, finalAccountsBase.extend({ template: z.literal(templateId).describe(template.name), tables: tablesSchema(template).optional() }));
	}
	return byTemplate.get(templateId) as unknown as typeof finalAccountsSchema;
}

/** The schema an entry's data is checked against, chosen by the template it names. */
export function finalAccountsSchemaOf(data: unknown): typeof finalAccountsSchema {
	const id = data && typeof data === 'object' ? (data as { template?: unknown }).template : undefined;
	return typeof id === 'string' ? finalAccountsSchemaFor(id) : finalAccountsSchema;
}

export type FinalAccounts = z.infer<typeof finalAccountsSchema>;
