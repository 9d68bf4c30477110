/**
 * The unit report as one self-contained HTML file (inline CSS, no script, no external resource), so a clerk can
 * e-mail it and the unit opens it offline. Every value from content goes through escapeHtml.
 */
import { escapeHtml as e } from './html.ts';
import type { ReportItem, UnitReport } from './unit-report.ts';

const CSS = `body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;line-height:1.6;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #888;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#eef}.level-must{color:#a00000;font-weight:bold}code{font-size:.9em}`;

type Column = 'level' | 'rule' | 'file' | 'field';
const HEAD: Record<Column, string> = { level: '级别', rule: '规则', file: '文件', field: '字段' };
const CELL: Record<Column, (i: ReportItem) => string> = {
	level: (i) => `<td${i.level === '必须修正' ? ' class="level-must"' : ''}>${e(i.level)}</td>`,
	rule: (i) => `<td>${e(i.rule)}</td>`,
	file: (i) => `<td><code>${e(i.file)}</code></td>`,
	field: (i) => `<td><code>${e(i.field)}</code></td>`,
};

/** One table per kind of item; `columns` are those that kind fills in. */
const section = (kind: ReportItem['kind'], items: readonly ReportItem[], columns: readonly Column[]) => {
	const mine = items.filter((i) => i.kind === kind);
	if (!mine.length) return '';
	const head = ['单位年度', ...columns.map((c) => HEAD[c]), '问题', '如何修改'];
	const rows = mine.map(
		(i) =>
			`<tr><th scope="row">${e(i.entry || '单位信息')}</th>${columns.map((c) => CELL[c](i)).join('')}<td>${e(i.message)}</td><td>${e(i.fix)}</td></tr>`,
	);
	return `<table><caption>${e(kind)}（${mine.length}）</caption><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
};

/** The whole report of one unit as one HTML page. */
export function unitReportHtml(r: UnitReport, options: { bureau?: string } = {}): string {
	const title = `${r.unit.name} 公开材料核对反馈`;
	const f = r.counts.findings;
	const summary =
		`数据错误 ${r.counts.errors} 处（必须修正后才能发布），警告 ${r.counts.warnings} 处，公开要求未满足 ${r.counts.requirements} 项，` +
		`核对发现：确定 ${f['确定']}，疑似 ${f['疑似']}，提示 ${f['提示']}。`;
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p>单位标识：<code>${e(r.unit.id)}</code>${options.bureau ? `；反馈单位：${e(options.bureau)}` : ''}</p>
<p>${e(summary)}</p>
${r.items.length ? '' : '<p>本次核对未发现问题。</p>'}
${section('数据错误', r.items, ['file', 'field'])}
${section('警告', r.items, ['file', 'field'])}
${section('公开要求', r.items, [])}
${section('核对发现', r.items, ['level', 'rule', 'field'])}
<p>核对发现按原文照录并在网站“数据核对”中公开标注；原文确有差错的，请发布更正并告知财政部门。</p>
</main>
</body>
</html>
`;
}
