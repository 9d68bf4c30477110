/**
 * 第五部分 附表: the 13 standard tables (9 in Shanghai's template). One generic shape fits them all:
 * named columns, rows with an optional 功能分类 code, and printed values (null where a cell is blank).
 */
import { z } from 'astro/zod';
import { text } from './primitives.ts';
import { SICHUAN_13 } from '../templates/sichuan-13.ts';

/** The 13 standard tables of the older Sichuan set, in template order: the titles its registry entry describes. */
export const STANDARD_TABLES: readonly string[] = SICHUAN_13.tables.map((t) => t.title);

const row = z.strictObject({
	code: z.string().regex(/^\d{3,7}$/).optional().describe('科目编码'),
	label: text.describe('行名称'),
	values: z.array(z.number().nullable()).describe('各列数值，空白单元格为 null'),
	/** Rows that print a sum of others (合计, 小计, 总计) are marked so the audit can check them. */
	total: z.boolean().optional().describe('是否为合计行'),
});

export const appendixTable = z.strictObject({
	title: text.describe('表名，如“收入支出决算总表”'),
	unit: z.enum(['万元', '元']).default('万元'),
	/** `listed`: the document names the table but the text does not contain it (001). */
	printed: z.boolean().default(false).describe('原文是否印出表内数据'),
	/** An empty table is still published, with a line saying why (本单位无此项收支). */
	emptyNote: z.string().trim().min(1).optional().describe('空表说明（原文照录），如“本单位无政府性基金预算财政拨款收支，此表为空”'),
	columns: z.array(text).default([]),
	rows: z.array(row).default([]),
});

export type AppendixTable = z.infer<typeof appendixTable>;
