/**
 * The import report: what was placed where, which printed numbers no field took (with their lines, so nothing
 * is dropped silently), which sentences and tables the importer did not read, and what the check says.
 */
import type { ImportResult } from './index.ts';
import { lineAt, type PrintedNumber } from './text.ts';

export interface CheckSummary {
	errors: { file: string; path: string; message: string }[];
	findings: { rule: string; severity: string; path: string; message: string }[];
}

export interface ImportReport {
	file: string;
	documents: string[];
	template: string;
	evidence: string[];
	placed: { total: number; bySection: Record<string, number> };
	unplaced: { section: string; line: number; printed: string; context: string }[];
	/** Years, dates and item numbers ("2024年", "1、") that are not figures, counted, not listed. */
	structuralNumbers: number;
	notUnderstood: { section: string; line: number; text: string }[];
	tablesNotRead: { line: number; title: string }[];
	check?: CheckSummary;
}

/** A number that numbers or dates something rather than stating a figure. */
function structural(flat: string, n: PrintedNumber): boolean {
	const after = flat.slice(n.offset + n.printed.length, n.offset + n.printed.length + 2);
	const before = flat.slice(Math.max(0, n.offset - 1), n.offset);
	return /^(?:年|月|日|[、．]|\.(?!\d)|[）)]|部分|号)/.test(after) || /[第（(〔图表]/.test(before);
}

/** Sentences of the 说明 that print a figure of which none was placed: the clerk reads these by hand. */
function sentencesNotRead(result: ImportResult, placed: Set<number>): ImportReport['notUnderstood'] {
	const out: ImportReport['notUnderstood'] = [];
	const { src } = result;
	for (const s of result.sections.filter((x) => !['overview', 'glossary', 'attachments'].includes(x.id))) {
		let start = s.bodyStart;
		for (const sentence of src.flat.slice(s.bodyStart, s.end).split(/(?<=。)/)) {
			const end = start + sentence.length;
			const numbers = result.unplacedAll.filter((n) => n.offset >= start && n.offset < end && !structural(src.flat, n));
			const anyPlaced = [...placed].some((o) => o >= start && o < end);
			if (numbers.length && !anyPlaced) out.push({ section: s.id, line: lineAt(src, start), text: sentence.slice(0, 160) });
			start = end;
		}
	}
	return out;
}

/** Builds the report from an import result (pure; the CLI adds the check summary). */
export function buildImportReport(file: string, result: ImportResult, check?: CheckSummary): ImportReport {
	const bySection: Record<string, number> = {};
	for (const p of result.placements) {
		const key = p.path.split(/[.[]/)[0]!;
		bySection[key] = (bySection[key] ?? 0) + 1;
	}
	for (const p of result.performancePlacements) {
		const key = `performance${/^evaluations\[(\d+)\]/.exec(p.path)?.[1] ?? ''}`;
		bySection[key] = (bySection[key] ?? 0) + 1;
	}
	if (result.organisationPlacements.length) bySection.organisation = result.organisationPlacements.length;
	const placed = new Set([...result.placements, ...result.performancePlacements, ...result.organisationPlacements].map((p) => p.offset));
	const sectionOf = (offset: number) => result.sections.find((s) => offset >= s.start && offset < s.end)?.id ?? '';
	// A drafted table row's code (201 06 01) labels the row; it is counted with the item numbers.
	const codes = new Set(result.tableCodes);
	const figures = result.unplacedAll.filter((n) => !structural(result.src.flat, n) && !codes.has(n.offset));
	return {
		file,
		documents: result.detection.documents,
		template: result.detection.template,
		evidence: result.detection.evidence,
		placed: { total: result.placements.length + result.performancePlacements.length + result.organisationPlacements.length, bySection },
		unplaced: figures.map((n) => ({
			section: sectionOf(n.offset),
			line: n.line,
			printed: n.printed,
			context: result.src.flat.slice(Math.max(0, n.offset - 16), n.offset + n.printed.length + 8),
		})),
		structuralNumbers: result.unplacedAll.length - figures.length,
		notUnderstood: [...result.notUnderstood, ...sentencesNotRead(result, placed)],
		tablesNotRead: result.tables,
		...(check ? { check } : {}),
	};
}

const SECTION_NAMES: Record<string, string> = {
	'': '说明各部分之外（封面、目录、绩效自评表等）',
	overview: '概况',
	totals: '一、收入支出总体',
	income: '二、收入',
	expenditure: '三、支出',
	fiscalTotals: '四、财政拨款总体',
	generalBudget: '五、一般公共预算财政拨款支出',
	basicExpenditure: '六、基本支出',
	threePublic: '七、“三公”经费',
	governmentFund: '八、政府性基金',
	stateCapital: '九、国有资本经营',
	otherMatters: '十、其他重要事项',
	glossary: '名词解释',
	attachments: '附件',
	appendixTables: '附表（未放入表格的数字）',
	title: '标题',
	tables: '部门决算表（表格行）',
	organisation: '机构设置（index.yaml）',
};
/** A section id, or `performanceN` for the figures of evaluation N of performance.yaml. */
function name(id: string): string {
	const evaluation = /^performance(\d+)$/.exec(id);
	if (evaluation) return `绩效自评 evaluations[${evaluation[1]}]`;
	return SECTION_NAMES[id] ?? id;
}

/** The report as text for the terminal and import-report.txt; `limit` shortens long lists on the terminal. */
export function formatImportReport(r: ImportReport, limit = Infinity): string {
	const out: string[] = [`导入报告：${r.file}`, `识别到的文档：${r.documents.join('、') || '（无）'}；模板：${r.template}`];
	out.push(...r.evidence.map((e) => `  · ${e}`));
	if (r.documents.some((d) => d !== '部门决算'))
		out.push(
			'  注意：绩效自评起草印成表格的部分（打分表、评价表、自评表）和报告中按模板句子印出的数字（部门资金收支、经费类别、常年/一次性项目、资金到位与支付、自评得分）；报告正文中要自拟名称的数字和写法不同的句子请对照原文录入，它们列在下面“未放入任何字段”中。',
		);
	out.push('', `已放入字段的数字：${r.placed.total} 个`);
	for (const [k, n] of Object.entries(r.placed.bySection)) out.push(`  ${name(k)}：${n}`);
	const bySection = new Map<string, ImportReport['unplaced']>();
	for (const u of r.unplaced) bySection.set(u.section, [...(bySection.get(u.section) ?? []), u]);
	out.push(
		'',
		`原文印出但未放入任何字段的数字：${r.unplaced.length} 个（另有 ${r.structuralNumbers} 个年份、日期、编号和已读表格行的科目编码未列出）`,
	);
	for (const [section, list] of bySection) {
		out.push(`  ${name(section)}（${list.length} 个）`);
		for (const u of list.slice(0, limit)) out.push(`    第 ${u.line} 行  ${u.printed}  …${u.context}…`);
		if (list.length > limit) out.push(`    ……其余 ${list.length - limit} 个见 import-report.txt`);
	}
	out.push('', `未读懂的句子和表格行（含数字，没有放入字段或表格，请对照原文手工录入）：${r.notUnderstood.length} 处`);
	for (const s of r.notUnderstood.slice(0, limit)) out.push(`  第 ${s.line} 行 [${name(s.section)}] ${s.text}`);
	if (r.notUnderstood.length > limit) out.push(`  ……其余 ${r.notUnderstood.length - limit} 句见 import-report.txt`);
	out.push('', `未读取的表格：${r.tablesNotRead.length} 张${r.tablesNotRead.length ? '（请按模板在 tables: 下手工录入）' : ''}`);
	for (const t of r.tablesNotRead) out.push(`  第 ${t.line} 行 ${t.title}`);
	if (r.check) {
		out.push('', `npm run check 对草稿的结果：数据错误 ${r.check.errors.length} 处，核对发现 ${r.check.findings.length} 条`);
		for (const e of r.check.errors.slice(0, limit)) out.push(`  ✗ ${e.message}`);
		for (const f of r.check.findings.slice(0, limit)) out.push(`  [${f.severity}] ${f.rule} ${f.path}：${f.message}`);
	}
	return out.join('\n');
}
