/**
 * Schema errors in Chinese, for the bureau staff who edit the YAML: which file, which field (dotted path
 * plus the field's own description), what was expected and what was found.
 */
import { z } from 'astro/zod';

/** A problem that stops publishing: a file that does not match the schema, or a broken reference. */
export interface SchemaError {
	/** Path of the file, relative to the project root. */
	file: string;
	/** Dotted path of the field inside the file ('' for the whole file). */
	path: string;
	/** Chinese message: what is wrong and what was expected. */
	message: string;
	/** What the file holds there, when there is a value. */
	found?: string;
}

const TYPE_NAMES: Record<string, string> = {
	number: '数字',
	string: '文本',
	boolean: '是/否（true/false）',
	array: '列表',
	object: '对象（键值对）',
	null: '空值',
	undefined: '缺失',
	int: '整数',
	nan: '非数字（.nan），请照原文填写数字',
	infinity: '无穷大（.inf），请照原文填写数字',
	date: '日期',
};

const typeName = (t: string) => TYPE_NAMES[t] ?? t;

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
	if (typeof value === 'number' && !Number.isFinite(value)) return 'infinity';
	return typeof value;
}

/** The one Chinese error map, installed for every zod schema in the project (CLI, build and tests). */
export const chineseErrors: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `缺少必填字段（应为${typeName(issue.expected)}）`;
			if (issue.input === null) return `尚未填写（应为${typeName(issue.expected)}）`;
			return `应为${typeName(issue.expected)}，实际为${typeName(typeOf(issue.input))}`;
		case 'too_small':
			if (issue.origin === 'number') return `不能小于 ${issue.minimum}${issue.inclusive ? '' : '（不含）'}${Number(issue.minimum) === 0 ? '，金额与数量不能为负' : ''}`;
			if (issue.origin === 'array') return `至少需要 ${issue.minimum} 项`;
			return `不能为空`;
		case 'too_big':
			return `不能大于 ${issue.maximum}`;
		case 'unrecognized_keys':
			return `未知字段：${issue.keys.join('、')}（请检查拼写，或对照 README 中的字段说明）`;
		case 'invalid_value':
			return `${issue.input === null ? '尚未填写；' : ''}应为以下之一：${issue.values.map(String).join('、')}`;
		case 'invalid_format':
			return issue.format === 'date' ? '应为日期，格式 YYYY-MM-DD' : `格式不正确（${issue.format}）`;
		case 'not_multiple_of':
			return `应为 ${issue.divisor} 的倍数`;
		default:
			return undefined;
	}
};

z.config({ customError: chineseErrors });

function describeValue(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	const json = JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node: unknown = root;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

/** Dotted path as editors read it: `income.generalBudget.amount`, `items[2].amount`. */
export function dottedPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
		'',
	);
}

/** Turns a zod error into schema errors for one file. */
export function toSchemaErrors(error: z.ZodError, file: string, input: unknown, prefix: readonly PropertyKey[] = []): SchemaError[] {
	return error.issues.map((issue) => {
		const path = issue.path.slice(prefix.length);
		const found = issue.code === 'invalid_type' || issue.code === 'too_small' || issue.code === 'invalid_value' || issue.code === 'invalid_format'
			? describeValue(valueAt(input, issue.path))
			: undefined;
		return { file, path: dottedPath(path), message: issue.message, ...(found ? { found } : {}) };
	});
}

/** One line per error: `文件：字段 — 原因（实际值）`. */
export function formatSchemaError(e: SchemaError): string {
	const where = e.path ? `${e.file}：${e.path}` : e.file;
	return `${where} — ${e.message}${e.found ? `（实际值 ${e.found}）` : ''}`;
}
