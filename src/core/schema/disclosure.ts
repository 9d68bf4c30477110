/**
 * One unit-year: what a unit published for one fiscal year. It lives in `content/disclosures/<unit>/<year>/`:
 * `index.yaml` (this schema without the two documents), `final-accounts.yaml`, `performance.yaml`,
 * narratives in `final-accounts.mdx` / `performance.mdx`, and the original text as `source.txt`.
 */
import { z } from 'astro/zod';
import { count, fiscalYear, isoDate, slug, text } from './primitives.ts';
import { finalAccountsSchema } from './final-accounts.ts';
import { performanceSchema } from './performance.ts';
import { organisation } from './organisation.ts';

/** 信息公开选项 under which a document may not simply be republished. */
export const RESTRICTED = ['不予公开', '依申请公开'] as const;

/** The published document the entry was transcribed from. */
const source = z.strictObject({
	title: text.describe('原文标题'),
	issuer: text.describe('发布单位'),
	addressee: z.string().optional().describe('主送机关，如“攀枝花市财政局”'),
	docNumber: z.string().optional().describe('文号，如“攀社险〔2026〕9号”'),
	publishedOn: isoDate.optional().describe('公开时间 / 印发日期（YYYY-MM-DD）'),
	approvedOn: isoDate
		.optional()
		.describe('原文印出的财政部门批复日期（YYYY-MM-DD），只在原文印出时填；财政部门名单上的批复日期写在 content/years/<年度>.yaml'),
	disclosureOption: z.string().optional().describe('公文印出的“信息公开选项”，如“主动公开”“不予公开”（原文）'),
	publishNote: z
		.string()
		.optional()
		.describe('信息公开选项为“不予公开”或“依申请公开”时必填：本站为何可以公开它（如原件已在何处公开发布）'),
	url: z
		.string()
		.regex(/^https?:\/\/[^\s]+$/, '原件网址须以 http:// 或 https:// 开头，且不含空格')
		.optional()
		.describe('原件的官方网址（单位或财政部门网站上发布原文的页面或文件）'),
	file: z.string().default('source.txt').describe('原文文本文件名（与本文件同目录）'),
}).superRefine((s, ctx) => {
	// A document its issuer marked as not for publication is published only with a stated reason (issue #14 point 7).
	const mark = s.disclosureOption && RESTRICTED.find((r) => s.disclosureOption!.includes(r));
	if (mark && !s.publishNote?.trim()) {
		ctx.addIssue({
			code: 'custom',
			path: ['publishNote'],
			message: `原文的信息公开选项为“${mark}”：须在 source.publishNote 写明本站为何可以公开（如原件已在何处公开发布），否则不予发布`,
		});
	}
});

/** Staffing of the year as a document prints it (核定编制, 实有在编, 退休, 聘用). */
const staffing = z.strictObject({
	asOf: z.string().optional().describe('时点，如“2025 年末”'),
	authorized: count.optional().describe('核定编制数'),
	onPayroll: count.optional().describe('实有在编人数'),
	retired: count.optional().describe('退休人员'),
	contracted: count.optional().describe('聘用 / 临时人员'),
	breakdown: z.array(z.strictObject({ label: text, count })).default([]).describe('原文列出的分类人数'),
	where: z.string().optional().describe('出处，如“附件1 人员概况”'),
});

/** A reading chosen where the text is ambiguous or garbled; shown on the page. */
const readingNote = z.strictObject({
	path: z.string().optional().describe('涉及的数据位置，如“finalAccounts.income.total”'),
	note: text.describe('说明'),
});

/** One place where a restated figure or name is printed: its printed value, or the path where the data holds it. */
const statement = z
	.strictObject({
		where: text.describe('出处，如“附件2 一（四）”“附表2 数量指标”'),
		value: z.union([z.number(), text]).optional().describe('这一处印出的数或名称（数据中别处没有录入时填）'),
		unit: z.string().optional().describe('这一处的单位，与上面的 unit 不同时填（如“元”对“万元”）'),
		path: z.string().optional().describe('或：数据中已录入此数的位置，如“finalAccounts.otherMatters.procurement.total”'),
	})
	.refine((s) => s.value !== undefined || s.path, { message: '每一处要么填 value（原文印出的值），要么填 path（数据中的位置）' });

/** A figure or name the document prints in two or more places (the audit compares them: rule restated-figure). */
const restatement = z.strictObject({
	figure: text.describe('所指的数或名称，如“代缴人数”“项目名称”'),
	unit: z.string().optional().describe('单位：万元、元、人、条…；名称不填'),
	statements: z.array(statement).min(2).describe('印出这个数或名称的各处，按原文顺序'),
	basis: z.string().optional().describe('各处口径可能不同的理由（填了则核对结论为“疑似”）'),
});

/**
 * 更正: a correction the unit published after the first release. Only the date and the reason as given are
 * written here; which figures changed, and from what to what, is computed from the entry's history.
 */
const correction = z.strictObject({
	date: isoDate.describe('更正日期（YYYY-MM-DD）'),
	reason: text.describe('更正原因（按更正说明原文）'),
	docNumber: z.string().optional().describe('更正公告文号或标题'),
});

export const disclosureMetaSchema = z.strictObject({
	unit: slug.describe('单位标识（content/units/ 中的文件名）'),
	year: fiscalYear.describe('预算年度'),
	source,
	staffing: z.array(staffing).default([]).describe('人员情况'),
	organisation: z
		.array(organisation)
		.default([])
		.describe('当年的机构设置：内设机构和下属单位的个数、纳入决算编制范围的单位（部门概况或附件“机构组成”印出的，每处一项）'),
	notes: z.array(readingNote).default([]).describe('转录说明'),
	restatements: z.array(restatement).default([]).describe('同一个数或名称在文件中印了不止一处：逐处记录，由核对比较'),
	corrections: z
		.array(correction)
		.default([])
		.describe('更正记录（按时间先后）：改正数字时在同一次提交中加一条，改了哪些数字由版本历史算出'),
});

export const disclosureSchema = disclosureMetaSchema
	.extend({
		finalAccounts: finalAccountsSchema.optional().describe('部门决算（final-accounts.yaml）'),
		performance: performanceSchema.optional().describe('绩效自评（performance.yaml）'),
	})
	.refine((d) => d.finalAccounts || d.performance, {
		message: '至少需要 final-accounts.yaml 或 performance.yaml 之一',
		path: ['finalAccounts'],
	});

export type Disclosure = z.infer<typeof disclosureSchema>;
export type DisclosureInput = z.input<typeof disclosureSchema>;
