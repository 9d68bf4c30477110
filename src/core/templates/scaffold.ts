/**
 * The `tables:` block `npm run new` writes for a template: every table, every side, the fixed lines and the
 * classification lines the form prints, each with `~` in every column, and the column names above each side.
 */
import { ECONOMIC_CLASSES, FUNCTION_CLASSES } from './codes.ts';
import { columnTitle } from './index.ts';
import type { SideSpec, TemplateSpec } from './types.ts';

/** The code rows a side's form prints even when blank: listed 类, and for 经济分类 their 款 too. */
function listedRows(side: SideSpec): [string, string][] {
	const codes = side.codes;
	if (!codes?.listed) return [];
	if (codes.scheme === 'function') return codes.listed.map((c) => [c, FUNCTION_CLASSES.find(([k]) => k === c)?.[1] ?? '']);
	return codes.listed.flatMap((c) => {
		const cls = ECONOMIC_CLASSES.find((x) => x.code === c);
		return [
			[c, cls?.name ?? ''] as [string, string],
			...Object.entries(cls?.sections ?? {}).map(([k, name]) => [`${c}${k}`, name] as [string, string]),
		];
	});
}

const row = (key: string, name: string, width: number) => `[${key}, ${name}, ${Array(width).fill('~').join(', ')}]`;

function sideLines(side: SideSpec, indent: string): string[] {
	const width = side.columns.length;
	const out = [`${indent}# 列：${side.columns.map(columnTitle).join(' | ')}`];
	const lines = side.lines.map((l) => row(l.key, l.name, width));
	const codes = listedRows(side).map(([k, name]) => row(k, name, width));
	// Tables keyed by 类/款/项 list only what the document prints: one example line shows the form.
	const example =
		side.codes && !side.codes.listed
			? [
					`# ${row(side.codes.scheme === 'function' ? '2010101' : '30101', side.codes.scheme === 'function' ? '行政运行' : '基本工资', width)}  ← 按原文逐行：类、款、项`,
				]
			: [];
	const ordered = side.codes
		? side.lines.some((l) => l.key === 'total') && !side.codes.listed
			? [...lines, ...example]
			: [...codes, ...lines]
		: lines;
	return [...out, ...ordered.map((l) => `${indent}${l.startsWith('#') ? l : `- ${l}`}`)];
}

/** YAML text of `template:` and `tables:` for a new final-accounts.yaml. */
export function scaffoldTables(template: TemplateSpec): string {
	const out = [
		`template: ${template.id}   # ${template.name}`,
		'# 部门决算表：每行 [科目编码或行键, 名称, 各列数值…]；空白写 ~，印出的 0 写 0。写法见 src/core/templates/README.md',
		'tables:',
	];
	for (const t of template.tables) {
		out.push(`  ${t.id}:   # ${t.no}、${t.title}（单位：${t.unit}）`);
		for (const side of t.sides) {
			out.push(`    ${side.key}:${side.name ? `   # ${side.name}` : ''}`);
			out.push(...sideLines(side, '      '));
		}
		out.push(`    # notes: []   # 表下印出的注、说明，照录${t.emptyNote ? `（无数据时如“${t.emptyNote}”）` : ''}`);
	}
	return `${out.join('\n')}\n`;
}
