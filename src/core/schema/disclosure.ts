/**
 * One unit-year: what a unit published for one fiscal year. It lives in `content/disclosures/<unit>/<year>/`:
 * `index.yaml` (this schema without the two documents), `final-accounts.yaml`, `performance.yaml`,
 * narratives in `final-accounts.mdx` / `performance.mdx`, and the original text as `source.txt`.
 */
import { z } from 'astro/zod';
import { count, fiscalYear, isoDate, slug, text } from './primitives.ts';
import { finalAccountsSchema } from './final-accounts.ts';
import { performanceSchema } from './performance.ts';

/** The published document the entry was transcribed from. */
const source = z.strictObject({
	title: text.describe('原文标题'),
	issuer: text.describe('发布单位'),
	addressee: z.string().optional().describe('主送机关，如“攀枝花市财政局”'),
	docNumber: z.string().optional().describe('文号，如“攀社险〔2026〕9号”'),
	publishedOn: isoDate.optional().describe('公开时间 / 印发日期（YYYY-MM-DD）'),
	file: z.string().default('source.txt').describe('原文文本文件名（与本文件同目录）'),
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

export const disclosureMetaSchema = z.strictObject({
	unit: slug.describe('单位标识（content/units/ 中的文件名）'),
	year: fiscalYear.describe('预算年度'),
	source,
	staffing: z.array(staffing).default([]),
	notes: z.array(readingNote).default([]).describe('转录说明'),
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
