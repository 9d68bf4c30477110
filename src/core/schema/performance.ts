/**
 * 绩效自评: any number of evaluations (the department as a whole, or one project), each built from the same
 * parts whatever the provincial template: budget execution, a scored table, a goals table, score and 等次.
 */
import { z } from 'astro/zod';
import { percent, score, slug, statedAmount, text, wan } from './primitives.ts';
import { departmentFunds, fundingFlow, projectStat, spendingKinds } from './performance-funds.ts';

/** 指标性质 as printed; `定性` for qualitative targets, `未填` where the column is empty. */
export const indicatorNature = z.enum(['≥', '≤', '＝', '>', '<', '定性', '未填']);

/** A row of 项目预算执行情况: 总额, 财政资金, 其他资金… */
const budgetRow = z.strictObject({
	label: text.describe('资金来源：总额、其中财政资金、财政专户管理资金、单位资金、其他资金…'),
	initial: wan.optional().describe('年初预算数（万元）'),
	adjusted: wan.optional().describe('调整后预算数 / 全年预算数（万元）'),
	arrived: wan.optional().describe('实际到位数（万元）'),
	executed: wan.optional().describe('执行数 / 实际支出数（万元）'),
	rate: percent.optional().describe('执行率（%），按原文'),
	weight: score.optional().describe('权重（分）'),
	score: score.optional().describe('得分'),
});

/** One row of a scored indicator table (打分表 / 评价表). */
const scoredRow = z.strictObject({
	level1: text.describe('一级指标'),
	level1Weight: score.optional().describe('一级指标分值'),
	level2: z.string().optional().describe('二级指标'),
	level2Weight: score.optional().describe('二级指标分值'),
	level3: text.describe('三级指标'),
	weight: score.optional().describe('三级指标分值 / 权重'),
	score: score.optional().describe('自评得分'),
	explanation: z.string().optional().describe('指标解释'),
	note: z.string().optional().describe('备注'),
});

/** One row of a goals table (绩效指标完成情况). Target and actual stay text: "≥95%", "优良中差", "足额采购". */
const goalRow = z.strictObject({
	level1: text.describe('一级指标'),
	level2: z.string().optional().describe('二级指标'),
	level3: text.describe('三级指标'),
	nature: indicatorNature.optional().describe('指标性质'),
	target: z.string().describe('指标值（原文）'),
	unit: z.string().optional().describe('度量单位'),
	actual: z.string().optional().describe('实际完成值（原文）'),
	weight: score.optional().describe('权重'),
	score: score.optional().describe('得分'),
	reasonUnmet: z.string().optional().describe('未完成原因分析'),
});

/** Printed totals of a table: 合计 / 总分. */
const totals = z.strictObject({
	weight: score.optional().describe('合计分值（三级指标分值合计，原文）'),
	score: score.optional().describe('合计得分 / 总分（原文）'),
	level1Weight: score.optional().describe('总分行在一级指标分值栏印出的数'),
	level2Weight: score.optional().describe('总分行在二级指标分值栏印出的数'),
});


/** 等次 as the template prints it. */
export const grade = z.enum(['优', '良', '中', '差', '优秀', '良好', '合格', '不合格']);

export const evaluationSchema = z.strictObject({
	id: slug.describe('本单位年度内唯一的标识，用于网址和附件引用'),
	title: text.describe('表或报告标题'),
	level: z.enum(['department', 'project']).describe('department 部门整体，project 项目'),
	project: z
		.strictObject({
			code: z.string().optional().describe('项目编码'),
			name: text.describe('项目名称'),
			type: z.string().optional().describe('项目类型，如“经常性项目”'),
		})
		.optional(),
	supervisor: z.string().optional().describe('主管部门（及代码）'),
	implementer: z.string().optional().describe('实施单位'),
	manager: z.string().optional().describe('项目负责人'),
	financeManager: z.string().optional().describe('财务负责人'),
	contact: z.string().optional().describe('联系电话'),
	evaluators: z
		.array(z.strictObject({ name: text, title: z.string().optional(), unit: z.string().optional() }))
		.default([])
		.describe('评价人员'),
	funds: departmentFunds.optional().describe('部门资金收支情况：收入、支出的年初预算与决算，结转结余'),
	spendingKinds: z
		.array(spendingKinds)
		.optional()
		.describe('人员经费、公用经费、特定目标类（或基本支出、项目支出）的预算与决算，每段原文一项'),
	projectStats: z.array(projectStat).optional().describe('常年项目、一次性项目的个数、预算总金额和执行进度'),
	fundingFlow: fundingFlow.optional().describe('项目资金申报、批复、追加、到位和支付情况'),
	budget: z
		.strictObject({
			rows: z.array(budgetRow).min(1),
			note: z.string().optional().describe('原因说明'),
		})
		.optional()
		.describe('预算执行情况（万元）'),
	goals: z
		.strictObject({
			overall: z.string().optional().describe('年度总体目标 / 预期目标'),
			achieved: z.string().optional().describe('目标实际完成情况'),
			content: z.string().optional().describe('项目实施内容及过程概述'),
			tasks: z.array(z.strictObject({ name: text, content: z.string() })).default([]),
		})
		.optional(),
	scored: z
		.strictObject({ rows: z.array(scoredRow).min(1), total: totals.optional() })
		.optional()
		.describe('打分表 / 评价指标评分'),
	indicators: z
		.strictObject({
			weight: score.optional().describe('绩效指标部分的分值，如“绩效指标（90 分）”'),
			rows: z.array(goalRow).min(1),
			total: totals.optional(),
		})
		.optional()
		.describe('绩效指标完成情况'),
	totalScore: score.optional().describe('自评总分（原文）'),
	grade: grade.optional().describe('等次（原文）'),
	gradeScale: z.string().optional().describe('等次划分说明（原文），如“100-90（含）分为优…”'),
	statedAmounts: z
		.array(statedAmount)
		.optional()
		.describe('报告正文中印出的金额、占比和数（无专门表格者），按原文顺序'),
	conclusion: z.string().optional().describe('评价结论'),
	problems: z.string().optional().describe('存在问题'),
	measures: z.string().optional().describe('改进措施 / 建议'),
	narrative: z.boolean().default(false).describe('performance.mdx 中是否有本评价的报告正文'),
});

export const performanceSchema = z.strictObject({
	title: z.string().optional().describe('自评报告标题'),
	evaluations: z.array(evaluationSchema).min(1),
});

export type Evaluation = z.infer<typeof evaluationSchema>;
export type Performance = z.infer<typeof performanceSchema>;
