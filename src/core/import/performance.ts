/**
 * The 绩效自评 draft (performance.yaml): one evaluation per form the document prints, in the order printed; the
 * department's forms (打分表, 整体绩效目标完成情况自评表) and its report share the first evaluation. Forms are read by
 * their structure: performance-form.ts reads the Sichuan 项目支出绩效自评表 a PDF breaks over lines (flat text),
 * performance-grid.ts the forms a DOCX export prints cell by cell. A figure enters only through `put`; a field
 * the form does not print stays empty, and a report without a form gives an evaluation with its title only.
 */
import { createDraft, put, putText, type Draft } from './draft.ts';
import { budgetStart, gridRows, layoutGridRows, putScored, readBudgetGrid, readScored, type GridRow } from './performance-grid.ts';
import { projectForms, readProjectForm } from './performance-form.ts';
import type { LayoutLine } from './layout.ts';
import type { SourceText } from './text.ts';
import { readDepartmentReport, readDepartmentScore, readProjectReport, readStatedValues } from './performance-report.ts';

export interface PerformanceDraft {
	data?: Record<string, unknown>;
	draft: Draft;
	/** Flat offsets of the department report's text, where its 机构组成 is read (into index.yaml's organisation). */
	departmentReport?: { start: number; end: number };
}

/** Titles of the forms read cell by cell, and whose evaluation they fill. */
const GRID_FORMS: readonly [RegExp, 'department' | 'project'][] = [
	[/部门预算绩效自评打分表|部门整体绩效目标完成情况自评表|部门整体支出绩效自评表/, 'department'],
	[/预算支出部门评价表|项目绩效目标自评表?$|项目支出绩效评价表/, 'project'],
];

/** A department report's own heading line ("…整体绩效评价报告", "…部门预算绩效自评报告"). */
const DEPARTMENT_REPORT = /^(?:附件\s*\d+\s*)?[^，。；]{0,40}(?:整体绩效(?:自评|评价)报告|部门(?:预算)?绩效(?:自评|评价)报告)$/;

/** A project report's heading ("…专项预算项目支出绩效自评报告", "…项目资金绩效评价报告"), not a list item of contents. */
const PROJECT_REPORT = /^(?:附件\s*\d+[：:]?\s*)?(?![-－•·]|\d+[.．、）)])[^，。；]{0,60}项目[^，。；]{0,12}绩效(?:自评|评价)报告$/;

/** The flat offset where a line's text starts (or the next printed line's). */
function lineOffset(src: SourceText, line: number): number {
	const i = src.lineOf.findIndex((l) => l >= line);
	return i < 0 ? src.flat.length : i;
}

const headingText = (l: string) => l.replace(/\[bookmark:[^\]]*\]/g, '').trim();

/** A heading's wording without its subject ("项目支出绩效自评报告"): the second line of a heading broken in two. */
const BARE = /^(?:项目|专项|整体|部门)/;

/**
 * The headings matching `re`, with their line (1-based) and text. A heading a PDF breaks over two lines
 * ("…水电费 专项预算" / "项目支出绩效自评报告", "…专项预算项目支出绩" / "效自评报告") is read joined, from its first
 * line: when the second line alone is no heading or only its bare wording, and the first is no sentence's end,
 * no "附件2" label and no heading itself.
 */
function headings(src: SourceText, re: RegExp): { line: number; title: string }[] {
	const out: { line: number; title: string }[] = [];
	src.lines.forEach((l, i) => {
		const text = headingText(l);
		if (!text) return;
		const prev = i > 0 ? headingText(src.lines[i - 1]!) : '';
		const joins =
			prev.length > 0 && prev.length <= 60 && !/[，。；：:、,.;]$/.test(prev) && !/^附件\s*\d+[：:]?$/.test(prev) && !re.test(prev);
		if (joins && (!re.test(text) || BARE.test(text)) && re.test(prev + text)) out.push({ line: i, title: prev + text });
		else if (re.test(text)) out.push({ line: i + 1, title: text });
	});
	return out;
}

/** The line (1-based) of the department report's heading. */
const departmentHeadingOf = (src: SourceText) => headings(src, DEPARTMENT_REPORT)[0];

interface Form {
	line: number;
	level: 'department' | 'project';
	title: string;
	read(draft: Draft, index: number): boolean;
}

/** Forms printed as grids: from a title row to the next title row. */
function gridForms(src: SourceText, rows: readonly GridRow[]): Form[] {
	const titles: { at: number; level: 'department' | 'project'; title: string }[] = [];
	rows.forEach((row, at) => {
		const text = row.cells.map((c) => c.text).join('');
		if (text.length > 60) return;
		const hit = GRID_FORMS.find(([re]) => re.test(text));
		if (hit) titles.push({ at, level: hit[1], title: text.replace(/^附表\d+[：:]?|^附件\d+[：:]?/, '') });
	});
	return titles.map(({ at, level, title }, k) => {
		const end = titles[k + 1]?.at ?? rows.length;
		return {
			line: rows[at]!.line,
			level,
			title,
			read(draft, index) {
				const base = ['evaluations', index];
				let any = false;
				for (let i = at + 1; i < end; i++) {
					const cells = rows[i]!.cells.map((c) => c.text);
					if (cells.includes('三级指标') && !getScored(draft, index)) {
						const table = readScored(src, rows, i);
						if (table) {
							putScored(draft, base, table);
							if (table.total?.score && /^(?:总分)$/.test(rows[table.next - 1]?.cells.find((c) => c.text)?.text ?? ''))
								put(draft, [...base, 'totalScore'], table.total.score);
							i = table.next - 1;
							any = true;
							continue;
						}
					}
					if (!draftHas(draft, [...base, 'budget']) && budgetStart(rows, i)) {
						const budget = readBudgetGrid(rows, i);
						if (budget) {
							budget.rows.forEach((r, j) => {
								putText(draft, [...base, 'budget', 'rows', j, 'label'], r.label);
								for (const [col, num] of r.values) put(draft, [...base, 'budget', 'rows', j, col], num);
							});
							i = budget.next - 1;
							any = true;
							continue;
						}
					}
					readGrade(rows[i]!, draft, base);
					readLabelled(rows[i]!, draft, base);
				}
				if (any) {
					// The form's own rows only: a report printed after its last row is not the form's.
					const title = rows[at]!.line;
					const report = [...headings(src, PROJECT_REPORT), ...headings(src, DEPARTMENT_REPORT)]
						.map((h) => h.line)
						.filter((h) => h > title);
					const last = Math.min(rows[end - 1]!.line + 1, ...report);
					const start = lineOffset(src, title);
					const stop = last > src.lines.length ? src.flat.length : lineOffset(src, last);
					// From a PDF, a row's wrapped lines are one printed row; from a text, only a line is.
					const rowOf = new Map<number, number>();
					rows.forEach((r, k) => {
						for (let l = r.line; l <= (r.last ?? r.line); l++) rowOf.set(l, k);
					});
					const sameRow = (a: number, b: number) =>
						a === b || (rowOf.get(a) !== undefined && rowOf.get(a) === rowOf.get(b) && rows[rowOf.get(a)!]!.last !== undefined);
					readStatedValues({ src, draft, section: 'performance', start, end: stop }, base, { sameLine: sameRow });
				}
				return any;
			},
		};
	});
}

const draftHas = (draft: Draft, path: (string | number)[]) =>
	path.reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), draft.data) !== undefined;
const getScored = (draft: Draft, index: number) => draftHas(draft, ['evaluations', index, 'scored']);

/** "评价等次 | 优☑ 良□ 中□ 差□ | 100-90（含）分为优…": the ticked grade and the scale as printed. */
function readGrade(row: GridRow, draft: Draft, base: (string | number)[]): void {
	const cells = row.cells.filter((c) => c.text);
	if (!/^(?:评价)?等次$|^等级$/.test(cells[0]?.text ?? '')) return;
	const ticked = /(优秀|良好|合格|不合格|优|良|中|差)[☑√✓✔■]/.exec(cells[1]?.text ?? '');
	putText(draft, [...base, 'grade'], ticked?.[1]);
	if (cells[2] && /分/.test(cells[2].text)) putText(draft, [...base, 'gradeScale'], cells[2].text);
}

/** Cells a form prints before its value: "项目名称 | 社会保险保障运行专项经费", "联系电话 | 63585879". */
const LABELLED: readonly [RegExp, (string | number)[]][] = [
	[/^项目名称$/, ['project', 'name']],
	[/^主管部门(?:及代码)?$/, ['supervisor']],
	[/^(?:项目)?实施单位(?:（盖章）)?$/, ['implementer']],
	[/^部门名称$/, ['implementer']],
	[/^项目负责人$/, ['manager']],
	[/^财务负责人$/, ['financeManager']],
	[/^联系电话$/, ['contact']],
];

function readLabelled(row: GridRow, draft: Draft, base: (string | number)[]): void {
	const cells = row.cells.filter((c) => c.text);
	cells.forEach((c, i) => {
		const hit = LABELLED.find(([re]) => re.test(c.text));
		const value = cells[i + 1];
		if (hit && value && !LABELLED.some(([re]) => re.test(value.text))) putText(draft, [...base, ...hit[1]], value.text);
	});
	// 项目类型: the ticked kind ("经常性项目（√） 一次性项目（ ）").
	if (cells[0]?.text === '项目类型')
		putText(draft, [...base, 'project', 'type'], /([\u4e00-\u9fa5]+项目)（[√✓✔☑]）/.exec(cells[1]?.text ?? '')?.[1]);
}

/**
 * Project reports (…项目支出绩效自评报告), each from its heading to the next heading or form. As many reports as
 * project forms: the reports are the forms' projects, in order (a report and its 自评表 are one evaluation). No
 * project form: each report is an evaluation of its own. Any other count cannot be paired without guessing.
 */
function readProjectReports(
	src: SourceText,
	draft: Draft,
	forms: readonly Form[],
	evaluations: Record<string, unknown>[],
	hasDepartment: boolean,
): void {
	const reports = headings(src, PROJECT_REPORT);
	const projectForms = forms.filter((f) => f.level === 'project');
	if (!reports.length || (projectForms.length && projectForms.length !== reports.length)) return;
	const first = hasDepartment ? 1 : 0;
	const boundaries = [...reports.map((h) => h.line), ...forms.map((f) => f.line)].sort((a, b) => a - b);
	reports.forEach((h, k) => {
		const index = first + k;
		if (!projectForms.length)
			evaluations[index] = { id: `project-${k + 1}`, title: h.title.replace(/^附件\s*\d+[：:]?\s*/, ''), level: 'project' };
		const next = boundaries.find((b) => b > h.line);
		const scope = {
			src,
			draft,
			section: 'performance',
			start: lineOffset(src, h.line),
			end: next ? lineOffset(src, next) : src.flat.length,
		};
		readProjectReport(scope, index);
	});
}

/**
 * Drafts performance.yaml from the forms of the text; `data` is undefined when the text prints no form. A PDF's
 * `layout` gives the grid forms' rows and columns by position; a text gives them by its tabs.
 */
export function readPerformance(src: SourceText, layout?: readonly LayoutLine[]): PerformanceDraft {
	const draft = createDraft();
	const rows = layout ? layoutGridRows(src, layout) : gridRows(src);
	const forms: Form[] = [
		...projectForms(src).map((f) => ({
			line: src.lineOf[f.start]!,
			level: 'project' as const,
			title: f.title,
			read(d: Draft, index: number) {
				readProjectForm(src, f, d, index);
				return true;
			},
		})),
		...gridForms(src, rows),
	].sort((a, b) => a.line - b.line);
	const evaluations: Record<string, unknown>[] = [];
	const heading = departmentHeadingOf(src);
	const headingLine = heading?.line;
	const departmentHeading = heading?.title;
	const hasDepartment = departmentHeading !== undefined || forms.some((f) => f.level === 'department');
	draft.data.evaluations = evaluations;
	if (hasDepartment)
		evaluations.push({
			id: 'department',
			title: departmentHeading ?? forms.find((f) => f.level === 'department')!.title,
			level: 'department',
		});
	for (const form of forms) {
		const index = form.level === 'department' ? 0 : evaluations.length;
		if (form.level === 'project')
			evaluations.push({ id: `project-${index + (hasDepartment ? 0 : 1)}`, title: form.title, level: 'project' });
		if (!form.read(draft, index) && form.level === 'project') evaluations.pop();
	}
	let departmentReport: PerformanceDraft['departmentReport'];
	if (headingLine !== undefined) {
		// The department report runs from its heading to the first project report or project form after it.
		const start = lineOffset(src, headingLine);
		const ends = [
			...forms.filter((f) => f.level === 'project').map((f) => lineOffset(src, f.line)),
			...headings(src, PROJECT_REPORT).map((h) => lineOffset(src, h.line)),
		].filter((o) => o > start);
		const scope = { src, draft, section: 'performance', start, end: Math.min(src.flat.length, ...ends) };
		readDepartmentReport(scope, 0);
		readDepartmentScore(scope, 0);
		departmentReport = { start: scope.start, end: scope.end };
	}
	readProjectReports(src, draft, forms, evaluations, hasDepartment);
	if (!forms.length && !hasDepartment) return { draft };
	return { data: { title: departmentHeading ?? forms[0]?.title, ...draft.data }, draft, departmentReport };
}
