/** 预算单位: the body that publishes a disclosure, stable across years. */
import { z } from 'astro/zod';
import { slug, text } from './primitives.ts';

/** 单位性质 as the template names it. */
export const unitKind = z.enum(['行政单位', '参照公务员法管理的事业单位', '事业单位']);

/** 内设机构 (股室, 科室, 组). */
export const division = z.strictObject({
	name: text.describe('内设机构名称'),
	duties: z.string().optional().describe('职责（原文）'),
});

/** One budget unit. The file name (without .yaml) must equal `id`. */
export const unitSchema = z.strictObject({
	id: slug.describe('单位标识（英文小写，用于网址，发布后不再更改）'),
	name: text.describe('单位全称'),
	shortName: z.string().optional().describe('简称'),
	region: z
		.strictObject({
			province: text.describe('省（自治区、直辖市）'),
			city: z.string().optional().describe('市（州）'),
			county: z.string().optional().describe('县（市、区）；市本级单位不填'),
		})
		.describe('所在地区'),
	supervisor: text.describe('主管部门'),
	kind: unitKind.describe('单位性质'),
	functions: z.array(text).default([]).describe('主要职能（逐条）'),
	divisions: z.array(division).default([]).describe('内设机构'),
	organisationNote: z.string().optional().describe('机构设置说明（原文）'),
});

export type Unit = z.infer<typeof unitSchema>;
