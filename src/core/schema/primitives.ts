/** Building blocks shared by every schema: printed amounts, shares, changes, codes and ids. */
import { z } from 'astro/zod';

/** An amount as printed, in 万元 unless the field says 元; never negative (a decrease is a `change`). */
export const wan = z.number().finite().nonnegative();

/** An amount the source prints in 元 (e.g. 接待费用 616.00 元). */
export const yuan = z.number().finite().nonnegative();

/** A printed percentage (52.83 for "52.83%"). */
export const percent = z.number().finite().nonnegative();

/** A printed count (人, 辆, 批次, 个…). */
export const count = z.number().int().nonnegative();

/** A printed score or weight (分), possibly with decimals (2.99). */
export const score = z.number().finite().nonnegative();

/** Stable ASCII id used in URLs: lower-case letters, digits and hyphens. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能使用小写字母、数字和连字符（用于网址）');

/** Non-empty text. */
export const text = z.string().trim().min(1);

/** 功能分类科目编码: 3 digits (类), 5 (款) or 7 (项). */
export const functionCode = z.string().regex(/^\d{3}(\d{2}){0,2}$/, '功能分类编码应为 3、5 或 7 位数字');

/** An ISO date (YYYY-MM-DD). */
export const isoDate = z.iso.date();

/** Direction of a stated year-over-year change. `unstated`: the template wording ("增加/减少") was left in. */
export const direction = z.enum(['increase', 'decrease', 'flat', 'unstated']);

/** A change against the previous year as printed: "减少 32.47 万元，下降 3.68%". */
export const change = z.strictObject({
	direction: direction.describe('变动方向：increase 增加、decrease 减少、flat 持平、unstated 未写明'),
	amount: wan.optional().describe('变动金额（万元）'),
	percent: percent.optional().describe('变动幅度（%）'),
	reason: z.string().optional().describe('说明的变动原因'),
});
export type Change = z.infer<typeof change>;

/** A figure and its printed share of a total: "基本支出 448.54 万元，占 52.83%". */
export const sharedAmount = z.strictObject({
	amount: wan.describe('金额（万元）'),
	share: percent.optional().describe('印发的占比（%）'),
	/** How the source said it when it gave no number ("无政府性基金预算财政拨款收入"). */
	printedAs: z.string().optional().describe('原文表述（如“无”）'),
});


/** A word printed with a number that makes it approximate or a bound ("逾 3000 人", "近 5 万元", "约 80%"). */
export const qualifier = z.enum(['余', '逾', '近', '约', '超过', '不足', '以上', '以下', '左右']);

/**
 * An amount or figure the report states in its text (收入、支出 by 项 with 占比, 项目数, 元 amounts…) that has no
 * table of its own. Items of a printed total carry the total's label in `group`.
 */
export const statedAmount = z.strictObject({
	label: text.describe('原文名称，如“行政运行”“本年收入”'),
	amount: z.number().finite().nonnegative().describe('数值（原文）；单位见 unit，缺省为万元'),
	share: percent.optional().describe('印出的占比（%）'),
	unit: z.string().optional().describe('单位，缺省为“万元”；如“元”“个”“%”“条”'),
	group: z.string().optional().describe('所属合计或分组：分项填合计的 label（如“本年收入”），合计本身不填'),
	printedAs: z.string().optional().describe('原文表述（如算式“17.29/17.32=99.83%”或“不少于99条”）'),
	qualifier: qualifier.optional().describe('数字前后印出的限定词：余、逾、近、约……（“1.2万余人”写 amount 1.2、unit 万人、qualifier 余）'),
});

export type StatedAmount = z.infer<typeof statedAmount>;
