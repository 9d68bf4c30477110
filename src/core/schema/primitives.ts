/** Building blocks shared by every schema: printed amounts, shares, changes, codes and ids. */
import { z } from 'astro/zod';
import { formatNumber } from '../format.ts';

/**
 * Bounds no real disclosure reaches: the whole national general budget is under 30 万亿元, so one unit's
 * 10 万亿元 means a slip (元 typed as 万元, extra digits), not a figure. Templates print 2 decimals at most.
 */
export const LIMITS = { wan: 1e9, yuan: 1e13, percent: 1e5, score: 1000, count: 1e8, decimals: 2 } as const;

const decimalsOf = (n: number): number => {
	const [, frac = '', exp] = /^-?\d*(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(n)) ?? [];
	return Math.max(0, frac.length - Number(exp ?? 0));
};

/** A printed non-negative number: finite, not `-0`, at most 2 decimals, below `max`. */
function printed(max: number, unit: string) {
	return z
		.number()
		.nonnegative()
		.max(max, { error: `超出合理范围：不能大于 ${formatNumber(max)}${unit}（请检查是否多写了位数或弄错了单位）` })
		.refine((n) => !Object.is(n, -0), { error: '写成了 -0：请写 0' })
		.refine((n) => decimalsOf(n) <= LIMITS.decimals, { error: `小数位过多：原文最多印 ${LIMITS.decimals} 位小数，请照原文填写` });
}

/** An amount as printed, in 万元 unless the field says 元; never negative (a decrease is a `change`). */
export const wan = printed(LIMITS.wan, ' 万元');

/** An amount the source prints in 元 (e.g. 接待费用 616.00 元). */
export const yuan = printed(LIMITS.yuan, ' 元');

/** An amount in the unit its block names (万元 or 元): the range of 元, since either may be meant. */
export const money = printed(LIMITS.yuan, '');

/** A printed percentage (52.83 for "52.83%"). */
export const percent = printed(LIMITS.percent, '%');

/** A printed count (人, 辆, 批次, 个…). */
export const count = z.number().int().nonnegative().max(LIMITS.count).refine((n) => !Object.is(n, -0), { error: '写成了 -0：请写 0' });

/** A printed score or weight (分), possibly with decimals (2.99). */
export const score = printed(LIMITS.score, ' 分');

/** File names Windows reserves (CON, NUL, COM1…): an id that is one cannot be a folder or file there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Stable ASCII id used in URLs: lower-case letters, digits and hyphens. */
export const slug = z
	.string()
	.max(64, { error: '标识过长：最多 64 个字符' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能使用小写字母、数字和连字符（用于网址）')
	.refine((s) => !WINDOWS_RESERVED.test(s), { error: '这是 Windows 保留的文件名（CON、NUL、COM1…），不能用作标识' });

/** The fiscal year of a disclosure: from 2000, and at most next year (a budget is published ahead, never further). */
export const fiscalYear = z
	.number()
	.int()
	.min(2000)
	.refine((y) => y <= new Date().getFullYear() + 1, { error: `年度不能晚于明年（${new Date().getFullYear() + 1}）` });

/** Bidirectional overrides and C0 controls: invisible, they can make a name read differently from what it is. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Non-empty text. */
export const text = z
	.string()
	.trim()
	.min(1)
	.refine((t) => !INVISIBLE.test(t), { error: '含有不可见的控制字符（如方向覆盖符）：请删除后重新输入' });

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
	amount: printed(LIMITS.yuan, '').describe('数值（原文）；单位见 unit，缺省为万元'),
	share: percent.optional().describe('印出的占比（%）'),
	unit: z.string().optional().describe('单位，缺省为“万元”；如“元”“个”“%”“条”'),
	group: z.string().optional().describe('所属合计或分组：分项填合计的 label（如“本年收入”），合计本身不填'),
	printedAs: z.string().optional().describe('原文表述（如算式“17.29/17.32=99.83%”或“不少于99条”）'),
	qualifier: qualifier.optional().describe('数字前后印出的限定词：余、逾、近、约……（“1.2万余人”写 amount 1.2、unit 万人、qualifier 余）'),
});

export type StatedAmount = z.infer<typeof statedAmount>;
