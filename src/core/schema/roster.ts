/**
 * 年度公开名单: the units a finance bureau expects to publish a year's 部门决算, with the dates the 20-day rule
 * is counted from. It lives in `content/years/<year>.yaml`; the file name must equal `year`.
 */
import { z } from 'astro/zod';
import { isoDate, slug } from './primitives.ts';

/** One expected unit and the two dates the bureau records for it. */
const rosterUnit = z.strictObject({
	unit: slug.describe('单位标识（content/units/ 中的文件名）'),
	approvedOn: isoDate.optional().describe('部门决算批复日期（YYYY-MM-DD）；未知时不填，及时性显示“无法判断”'),
	publishedOn: isoDate
		.optional()
		.describe('实际公开日期（YYYY-MM-DD）；不填时取该单位年度 index.yaml 的 source.publishedOn'),
	note: z.string().optional().describe('备注（如延期公开的批准文件）'),
});

/** 《预算法》第十四条: 部门预算、决算 published within twenty days of approval (the default of `deadlineDays`). */
export const DEFAULT_DEADLINE_DAYS = 20;

export const rosterSchema = z.strictObject({
	year: z.number().int().min(2000).max(2100).describe('决算年度'),
	bureau: z.string().optional().describe('组织公开的财政部门，如“某某区财政局”'),
	deadlineDays: z
		.number()
		.int()
		.positive()
		.default(DEFAULT_DEADLINE_DAYS)
		.describe('批复后应在多少日内公开（自然日），缺省为 20（《地方预决算公开操作规程》）'),
	units: z.array(rosterUnit).min(1).describe('应当公开的单位'),
});

export type Roster = z.infer<typeof rosterSchema>;
export type RosterUnit = Roster['units'][number];
