/**
 * MDX syntax errors in Chinese. Narratives are written by clerks, not programmers: `执行率<90%`, an HTML
 * comment or an autolink is valid Markdown but not MDX, and the parser's English message says nothing
 * to them. Each known case gets the line and a hint (write `＜` or `\<`); the original text follows.
 */
import type { SchemaError } from './schema/errors.ts';

interface ParseError {
	reason?: string;
	message?: string;
	ruleId?: string;
	line?: number;
	column?: number;
}

/** Hints by what the parser stumbled on, most specific first. */
const HINTS: { test: (e: ParseError, reason: string) => boolean; hint: string }[] = [
	{ test: (_, r) => /to create a comment in MDX/.test(r), hint: '正文中不能写 HTML 注释 <!-- -->：请删除注释' },
	{ test: (_, r) => /to create a link in MDX/.test(r), hint: '正文中不能用 <网址> 形式的自动链接：请写成 [文字](https://…)' },
	{
		test: (e) => e.ruleId === 'end-tag-mismatch' && /Expected a closing tag/.test(e.reason ?? ''),
		hint: '组件没有闭合：<Section …> 之后需要对应的 </Section>',
	},
	{
		test: (e) => e.ruleId === 'end-tag-mismatch' || e.ruleId === 'unexpected-closing-slash',
		hint: '闭合标签不匹配：</Section> 要与前面的 <Section …> 成对出现',
	},
	{
		test: (e) => /expression/.test(e.ruleId ?? '') || /in expression/.test(e.reason ?? ''),
		hint: '花括号“{”被当作表达式：请写成全角“｛｝”或“\\{”',
	},
	{ test: (_, r) => /Unexpected end of file/.test(r), hint: '文件在组件标签中间结束：请检查最后一个 <…> 是否写完整' },
	{
		test: (_, r) => /before name|before local name|before attribute name|after name/.test(r) && !/\(note:/.test(r),
		hint: '“<”被当作组件开头：正文中的小于号请写成全角“＜”或“\\<”（如 执行率＜90%）',
	},
];

/** The line of the error: from the error itself, or from the `(line:col-line:col)` a mismatch message carries. */
function lineOf(e: ParseError, reason: string): number | undefined {
	if (e.line) return e.line;
	const m = /\((\d+):\d+-\d+:\d+\)/.exec(reason);
	return m ? Number(m[1]) : undefined;
}

/** One SchemaError for a parse failure of an MDX narrative. */
export function mdxSyntaxError(error: unknown, file: string): SchemaError {
	const e = (typeof error === 'object' && error ? error : { reason: String(error) }) as ParseError;
	const reason = e.reason ?? e.message ?? String(error);
	const line = lineOf(e, reason);
	const hint = HINTS.find((h) => h.test(e, reason))?.hint ?? '请检查这一行的 < > { } 符号';
	return { file, path: line ? `第 ${line} 行` : '', message: `MDX 语法错误：${hint}（解析器原文：${reason.split('\n')[0]}）` };
}
