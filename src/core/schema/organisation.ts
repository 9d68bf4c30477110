/**
 * 机构设置 of the year as a document prints it (部门概况 of a 部门决算, 机构组成 of a department self-evaluation):
 * how many 内设机构 and of which kinds, which units its accounts cover. It lives in index.yaml beside the year's
 * staffing; the unit file keeps the names and duties, these are the figures printed for the year.
 */
import { z } from 'astro/zod';
import { count, text } from './primitives.ts';

/** A count by kind as printed: “10 科 1 室” is 科 10 and 室 1; “行政单位 0 个” is 行政单位 0. */
const kindCount = z.strictObject({
	kind: text.describe('原文的类别名，如“科”“室”“股室”“组”，或“行政单位”“参照公务员法管理的事业单位”“其他事业单位”'),
	count: count.describe('个数（原文）'),
});

/** A unit listed in 部门决算单位构成 (“纳入……部门决算编制范围的单位包括”). */
const member = z.strictObject({
	name: text.describe('单位名称（原文）'),
	note: z.string().optional().describe('原文的备注或括注，如“本级”“下属事业单位”“预算不单列，并入本级”'),
});

export const organisation = z.strictObject({
	where: z.string().optional().describe('出处，如“第一部分 二、机构设置”“附件1 一（一）机构组成”'),
	divisions: count.optional().describe('内设机构总数（原文印出总数时填）'),
	divisionKinds: z.array(kindCount).default([]).describe('内设机构按类别的个数，如“10 科 1 室”'),
	subordinates: count.optional().describe('下属单位数（原文印出时填；“无下属二级单位”填 0）'),
	unitKinds: z.array(kindCount).default([]).describe('所属单位按性质的个数，如“行政单位 0 个，参照公务员管理的事业单位 1 个”'),
	members: z.array(member).default([]).describe('纳入部门决算编制范围的单位，按原文顺序'),
	printedAs: z.string().optional().describe('原文表述（如“无下属二级单位”）'),
});

export type Organisation = z.infer<typeof organisation>;
