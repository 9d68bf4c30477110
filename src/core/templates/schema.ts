/**
 * The zod schema of `tables:` derived from a template: one field per table, one row list per side. Rows are
 * positional (`[编码或行键, 名称, 列1, 列2, …]`), so a row one cell short would shift every value one column;
 * that, an unknown code and a code out of its place are data errors naming the table, row and column.
 */
import { z } from 'astro/zod';
import { decimalsOf } from '../money.ts';
import { LEVEL_NAMES, parseCode, unknownCodeReason } from './codes.ts';
import { columnTitle } from './index.ts';
import { rowKeyOf, type RawRow } from './read.ts';
import type { SideSpec, TableSpec, TemplateSpec } from './types.ts';

const cell = z.union([z.string(), z.number(), z.null()]);

/** How a row is named in messages: 第 4 行（201 一般公共服务支出）. */
function rowLabel(i: number, row: RawRow): string {
	const name = typeof row[1] === 'string' ? ` ${row[1]}` : '';
	return `第 ${i + 1} 行（${rowKeyOf(row) || '空'}${name}）`;
}

/** What a side's rows look like, for messages and editor hints. */
export function rowFormat(side: SideSpec): string {
	const first = side.codes
		? `科目编码或行键（${side.lines.map((l) => `${l.key}=${l.name}`).join('、')}）`
		: `行键（${side.lines.map((l) => `${l.key}=${l.name}`).join('、')}）`;
	return `[${first}, 名称, ${side.columns.map(columnTitle).join(', ')}]`;
}

type Ctx = z.core.$RefinementCtx<RawRow[]>;

function checkKey(side: SideSpec, rows: RawRow[], i: number, ctx: Ctx, where: string): void {
	const row = rows[i];
	const key = rowKeyOf(row);
	const issue = (message: string) => ctx.addIssue({ code: 'custom', path: [i, 0], message: `${where}${rowLabel(i, row)}：${message}` });
	if (side.lines.some((l) => l.key === key)) return;
	const code = side.codes && parseCode(row[0], side.codes.scheme);
	if (!side.codes || !code) {
		const lineKeys = side.lines.map((l) => `${l.key}（${l.name}）`).join('、');
		return issue(
			side.codes
				? `“${key}”既不是${side.codes.scheme === 'function' ? '支出功能分类' : '支出经济分类'}科目编码，也不是本栏的行键；行键有：${lineKeys}`
				: `未知的行键“${key}”；本栏的行键有：${lineKeys}`,
		);
	}
	const unknown = unknownCodeReason(code, side.codes.scheme);
	if (unknown) return issue(`未知的科目编码：${unknown}`);
	if (code.level > side.codes.maxLevel)
		return issue(`本表只列到“${LEVEL_NAMES[side.codes.maxLevel - 1]}”，${code.code} 是“${LEVEL_NAMES[code.level - 1]}”级编码`);
	if (side.codes.classes && !side.codes.classes.includes(code.classCode))
		return issue(`${code.code} 不属于“${side.name}”（本栏只列 ${side.codes.classes.join('、')} 类）`);
	// 类/款/项 are printed as a tree: the nearest shallower code above a row must be one of its ancestors.
	for (let j = i - 1; j >= 0; j -= 1) {
		const above = parseCode(rows[j][0], side.codes.scheme);
		if (!above || side.lines.some((l) => l.key === rowKeyOf(rows[j])) || above.level >= code.level) continue;
		// An unknown code above has its own error; measuring this row against it would only repeat it.
		if (unknownCodeReason(above, side.codes.scheme)) return;
		if (!code.code.startsWith(above.code))
			issue(`“${LEVEL_NAMES[code.level - 1]}”${code.code} 排在“${LEVEL_NAMES[above.level - 1]}”${above.code} 之下，编码与所在位置不符`);
		return;
	}
}

function checkCells(table: TableSpec, side: SideSpec, row: RawRow, i: number, ctx: Ctx, where: string): void {
	const label = `${where}${rowLabel(i, row)}`;
	const isLine = side.lines.some((l) => l.key === rowKeyOf(row));
	if (row.length > 1 && typeof row[1] !== 'string' && !(row[1] === null && isLine)) {
		ctx.addIssue({
			code: 'custom',
			path: [i, 1],
			message: `${label}：第 2 格应为印出的名称${isLine ? '（固定行可写 ~）' : ''}，实际为 ${JSON.stringify(row[1])}；每行格式为 ${rowFormat(side)}`,
		});
	}
	const values = row.slice(2);
	const n = side.columns.length;
	if (values.length < n) {
		const missing = side.columns
			.slice(values.length)
			.map((c) => `“${columnTitle(c)}”`)
			.join('、');
		ctx.addIssue({
			code: 'custom',
			path: [i],
			message: `${label}：少 ${n - values.length} 个单元格，缺 ${missing} 列——本栏有 ${n} 列，这一行只有 ${values.length} 个数值；空白单元格请写 ~，不能省略（否则其后各列错位）`,
		});
	} else if (values.length > n) {
		ctx.addIssue({
			code: 'custom',
			path: [i, n + 2],
			message: `${label}：多 ${values.length - n} 个单元格——本栏只有 ${n} 列，最后一列是“${columnTitle(side.columns[n - 1])}”`,
		});
	}
	values.slice(0, n).forEach((v, c) => {
		if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
			ctx.addIssue({
				code: 'custom',
				path: [i, c + 2],
				message: `${label}“${columnTitle(side.columns[c])}”列：应为数字或空白（~），实际为 ${JSON.stringify(v)}`,
			});
		} else if (typeof v === 'number' && decimalsOf(v) > table.decimals) {
			// More digits than the form prints: a typing slip (元 typed into a 万元 table, an extra digit).
			ctx.addIssue({
				code: 'custom',
				path: [i, c + 2],
				message: `${label}“${columnTitle(side.columns[c])}”列：${v} 的小数位多于本表印出的 ${table.decimals} 位，请照原文填写`,
			});
		}
	});
}

/** The row list of one side, with every check that needs the whole list (order, duplicates). */
export function sideSchema(table: TableSpec, side: SideSpec) {
	const where = `${table.title}${side.name ? `（${side.name}栏）` : ''}`;
	// The editor hint (JSON Schema) gives the row length; zod itself checks it in the refinement below, with a
	// message that names the missing column instead of a bare "too small".
	const width = side.columns.length + 2;
	const row = z.array(cell).meta({ minItems: width, maxItems: width, description: rowFormat(side) });
	return z
		.array(row)
		.superRefine((rows, ctx) => {
			const seen = new Map<string, number>();
			rows.forEach((row, i) => {
				const key = rowKeyOf(row);
				if (seen.has(key))
					ctx.addIssue({ code: 'custom', path: [i, 0], message: `${where}${rowLabel(i, row)}：与第 ${seen.get(key)! + 1} 行重复` });
				seen.set(key, i);
				checkKey(side, rows, i, ctx, where);
				checkCells(table, side, row, i, ctx, where);
			});
		})
		.describe(`${side.name || table.title}：每行 ${rowFormat(side)}；空白写 ~，印出的 0 写 0`);
}

/** Every header wording of a table: column names and the groups above them. */
const headerWords = (table: TableSpec) => new Set(table.sides.flatMap((s) => s.columns.flatMap((c) => [...(c.group ?? []), c.name])));

/** The schema of one table's data. */
export function tableSchema(table: TableSpec) {
	const sides = Object.fromEntries(table.sides.map((s) => [s.key, sideSchema(table, s).optional()]));
	return z
		.strictObject({
			...sides,
			notes: z.array(z.string().trim().min(1)).optional().describe('表下印出的注、说明（照录）'),
			printed: z.boolean().optional().describe('原文只列出表名、没有印出表内数据时写 false'),
			headers: z
				.record(z.string(), z.string().trim().min(1))
				.optional()
				.describe('原文表头与表样措辞不同之处（照录）：表样的列名 → 原文印出的列名，如 公务用车运行维护费: 公务用车运行费'),
		})
		.superRefine((typed, ctx) => {
			const data = typed as Record<string, unknown> & { notes?: string[]; printed?: boolean; headers?: Record<string, string> };
			const words = headerWords(table);
			for (const h of Object.keys(data.headers ?? {}))
				if (!words.has(h))
					ctx.addIssue({
						code: 'custom',
						path: ['headers', h],
						message: `${table.title}：“${h}”不是本表的表头；headers 的键写表样的列名，本表有：${[...words].join('、')}`,
					});
			// A table with rows but not one number is a scaffold nobody filled in, not a printed table.
			const rows = table.sides.flatMap((s) => (Array.isArray(data[s.key]) ? (data[s.key] as RawRow[]) : []));
			if (rows.length && data.printed !== false && !data.notes?.length && rows.every((r) => r.slice(2).every((v) => v === null))) {
				ctx.addIssue({
					code: 'custom',
					path: [],
					message: `${table.title}：所有单元格都是空白（~）——请照录原文数字；原文本表无数据时，把表下的说明写进 notes`,
				});
			}
		})
		.describe(`${table.no}、${table.title}（单位：${table.unit}）`);
}

// Keyed by the template object, not its id: a test may derive a variant that keeps the id.
const cache = new WeakMap<TemplateSpec, z.ZodType>();

/** The schema of `tables:` for a template (built once per template). */
export function tablesSchema(template: TemplateSpec) {
	if (!cache.has(template)) {
		const shape = Object.fromEntries(template.tables.map((t) => [t.id, tableSchema(t).optional()]));
		cache.set(template, z.strictObject(shape).describe(`${template.name}：按表填写，键为表标识`));
	}
	return cache.get(template)!;
}
