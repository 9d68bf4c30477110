/**
 * Reading a YAML content file as data, with errors a clerk can act on: line, column and a Chinese hint for
 * the usual slips (full-width colon or space, tabs), numbers that parse but were never printed so (hex,
 * `.inf`, exponent), and the alias bomb the YAML library refuses. Pure: text in, data or SchemaErrors out.
 */
import { isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import type { SchemaError } from './schema/errors.ts';

export type YamlResult = { ok: true; data: unknown; errors: [] } | { ok: false; errors: SchemaError[] };

/** Chinese reason and hint per error code of the `yaml` library. */
const HINTS: Record<string, string> = {
	TAB_AS_INDENT: '用了 Tab 缩进：YAML 只能用半角空格缩进，请把 Tab 换成空格',
	MULTILINE_IMPLICIT_KEY: '键后缺少半角冒号或缩进不齐：写成“键: 值”（半角冒号加一个空格），同一层的键左对齐',
	BLOCK_AS_IMPLICIT_KEY: '缩进不对：上一行的值后面不能再缩进写键；同一层的键请左对齐',
	BAD_INDENT: '缩进不对：同一层的键请左对齐，下一层多缩进两个空格',
	DUPLICATE_KEY: '重复的键：同一层里一个键只能出现一次',
	MISSING_CHAR: '缺少配对的引号或括号',
	UNEXPECTED_TOKEN: '有无法识别的符号：如果是文字，请加半角引号',
	BAD_ALIAS: '引用（*名称）找不到对应的锚点（&名称）',
	MULTIPLE_DOCS: '一个文件只能有一份内容：请删除多余的“---”',
};

/** Lines whose slip the YAML library would misread silently (a full-width colon makes a key part of a text). */
function lintLines(text: string): { line: number; col: number; hint: string }[] {
	const out: { line: number; col: number; hint: string }[] = [];
	text.split('\n').forEach((raw, i) => {
		const indent = /^[ \t\u3000]*/.exec(raw)![0];
		if (indent.includes('\u3000'))
			out.push({ line: i + 1, col: indent.indexOf('\u3000') + 1, hint: '用全角空格（　）缩进：请改为半角空格' });
		const key = /^(\s*(?:-\s+)?)[A-Za-z][A-Za-z0-9_-]*\s*：/.exec(raw);
		if (key) out.push({ line: i + 1, col: raw.indexOf('：') + 1, hint: '键后是全角冒号“：”：请改为半角冒号加空格，如 total: 848.90' });
	});
	return out;
}

/** Number literals YAML accepts that no disclosure prints. */
function numberFormatHint(source: string): string | undefined {
	if (/^[-+]?0[xob]/i.test(source)) return '十六进制/八进制/二进制数字不是印出的数字：请照原文写十进制数字';
	if (/^[-+]?\.inf$/i.test(source)) return '无穷大（.inf）不是有效数字：请照原文填写';
	if (/^\.nan$/i.test(source)) return '.nan 不是有效数字：请照原文填写';
	if (/^-0*(\.0*)?$/.test(source)) return '写成了 -0：请写 0';
	if (/^[-+]?[\d.]+e/i.test(source)) return '科学计数法不是印出的写法：请写成普通小数';
	return undefined;
}

/** The library reports an unclosed quote where the file ends; the clerk needs the line where it opens. */
function openingQuote(text: string, at: { line: number; col: number } | undefined): { line: number; col: number } {
	const lines = text.split('\n').slice(0, at?.line ?? 0);
	for (let i = lines.length - 1; i >= 0; i--) {
		const quote = ['"', "'"].find((q) => lines[i].split(q).length % 2 === 0);
		if (quote) return { line: i + 1, col: lines[i].indexOf(quote) + 1 };
	}
	return at ?? { line: 0, col: 0 };
}

const lineCol = (text: string, offset: number) => {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, col: before[before.length - 1].length + 1 };
};

/** Dotted field path of a node from the visitor's ancestors (`income.total`, `items[2].amount`). */
function fieldPath(ancestors: readonly unknown[], node: unknown): string {
	let out = '';
	const chain = [...ancestors, node];
	chain.forEach((n, i) => {
		const next = chain[i + 1];
		if (isPair(n) && isScalar(n.key)) out += `${out ? '.' : ''}${String(n.key.value)}`;
		else if (isSeq(n)) out += `[${n.items.indexOf(next as never)}]`;
	});
	return out;
}

/** Parses one YAML file; every problem becomes a SchemaError naming the file and the line. */
export function readYamlSource(file: { path: string; text: string }): YamlResult {
	// Once: a lazily read file (readContentFiles' `lazy`) reads the disk at every `text`.
	const text = file.text;
	const err = (line: number, col: number, reason: string, path = ''): SchemaError => ({
		file: file.path,
		path,
		message: `YAML 语法错误（第 ${line} 行第 ${col} 列）：${reason}`,
	});
	const lint = lintLines(text);
	if (lint.length) return { ok: false, errors: lint.map((l) => err(l.line, l.col, l.hint)) };

	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length) {
		const seen = new Set<number>();
		return {
			ok: false,
			// One error per line: a single slip often trips two of the library's checks.
			errors: doc.errors
				.filter((e) => !seen.has(e.linePos?.[0]?.line ?? 0) && !!seen.add(e.linePos?.[0]?.line ?? 0))
				.map((e) => {
					const pos = e.code === 'MISSING_CHAR' ? openingQuote(text, e.linePos?.[0]) : (e.linePos?.[0] ?? { line: 0, col: 0 });
					const hint = HINTS[e.code] ?? `无法解析（${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}）`;
					return {
						...err(pos.line, pos.col, hint),
						...(e.code === 'DUPLICATE_KEY' ? { message: `重复的键（第 ${pos.line} 行第 ${pos.col} 列）：同一层里一个键只能出现一次` } : {}),
					};
				}),
		};
	}
	const formats: SchemaError[] = [];
	visit(doc, {
		Scalar(_key, node, ancestors) {
			if (typeof node.value !== 'number' || !node.range) return;
			const source = text.slice(node.range[0], node.range[1]).trim();
			const hint = numberFormatHint(source);
			if (!hint) return;
			// Only for a bad number: finding the line rescans the text up to it, too slow for every number of a file.
			const at = lineCol(text, node.range[0]);
			formats.push({
				...err(at.line, at.col, hint, fieldPath(ancestors, node as Node)),
				message: `第 ${at.line} 行：${hint}`,
				found: source,
			});
		},
	});
	if (formats.length) return { ok: false, errors: formats };
	try {
		return { ok: true, data: doc.toJS({ maxAliasCount: 100 }), errors: [] };
	} catch (error) {
		// The library refuses an alias bomb ("billion laughs") here, before memory runs out.
		const reason = /alias/i.test(String(error)) ? '引用（&锚点 / *别名）过多或层层嵌套：请直接写出数据' : `无法读取（${String(error)}）`;
		return { ok: false, errors: [err(1, 1, reason)] };
	}
}
