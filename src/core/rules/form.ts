/**
 * 文件写法: template instructions and placeholders left in the published text, and income listed by the
 * spending classification (a copy of the expenditure paragraph). Narratives are read through the remark tree.
 */
import { paragraphs } from '../narrative-audit.ts';
import { finding, type Finding, type Rule } from './types.ts';

/** Words only a template's instructions use; a published text keeps them only when nobody finished it. */
const INSTRUCTION = /（注：[^）]*）|请(?:参照|根据|自行删除|删除)[^。）]*|不涉及的(?:科目)?请自行删除|XX(?:局|单位|部门|中心)|XXX/g;
/** Placeholder legends of an office suite's chart template. */
const LEGEND = /^(销售额|系列\s*\d+|Series\s*\d+)$/i;

export const templateText: Rule = {
	id: 'template-text',
	family: '文件写法',
	severity: '疑似',
	title: '模板说明和占位文字已删除',
	explain: '公开文本里留着模板的填写说明（“（注：仅罗列本部门涉及的收入）”“请参照《2023 年政府收支分类科目》增减内容”' +
		'）、占位名称（XX局）或图表模板的图例（“销售额”），说明文件没有按本单位的实际情况改完。',
	why: '模板没改完的地方，数字和说法往往也是照抄的，读者需要格外留意。',
	formula: '正文、图例中不含模板说明、占位名称和模板图例',
	check: (d, ctx) => {
		const out: Finding[] = [];
		const anchorOf = (section?: string) => section ?? (d.finalAccounts ? 'overview' : (d.performance?.evaluations[0]?.id ?? 'overview'));
		for (const [doc, source] of [['finalAccounts', ctx?.narratives?.finalAccounts], ['performance', ctx?.narratives?.performance]] as const) {
			const found = new Map<string, string | undefined>();
			for (const p of paragraphs(source ?? '')) for (const m of p.text.matchAll(INSTRUCTION)) if (!found.has(m[0])) found.set(m[0], p.section);
			if (!found.size) continue;
			const [first, section] = [...found][0];
			out.push(finding(templateText, { path: doc, anchor: anchorOf(section) }, `正文留有 ${found.size} 处模板说明或占位文字，如“${first.length > 40 ? `${first.slice(0, 40)}…` : first}”。`, { expected: '删除模板说明', actual: `${found.size} 处` }));
		}
		(d.finalAccounts?.printedFigures ?? []).forEach((fig, i) => {
			if (fig.seriesLabel && LEGEND.test(fig.seriesLabel.trim())) {
				out.push(finding(templateText, { path: `finalAccounts.printedFigures[${i}].seriesLabel`, anchor: 'overview' }, `图${fig.no}“${fig.title}”的图例印作“${fig.seriesLabel}”，是图表模板的占位文字。`, { expected: fig.title, actual: fig.seriesLabel }));
			}
		});
		return out;
	},
};

export const incomeByFunction: Rule = {
	id: 'income-by-function',
	family: '文件写法',
	severity: '疑似',
	title: '收入不按支出功能科目列示',
	explain: '收入按来源列示（财政拨款、事业收入……）；支出才按功能科目（行政运行、社会保险经办机构……）列示。' +
		'报告把收入按支出科目逐项列出，且与支出的分项和金额完全相同，说明“收入情况”是照抄“支出情况”。',
	why: '收入从哪里来，是读者看收入时最想知道的；照抄支出的分项，等于没有说明收入。',
	formula: '收入分项 ≠ 支出分项（名称与金额全同即为照抄）',
	check: (d) =>
		(d.performance?.evaluations ?? []).flatMap((ev, i): Finding[] => {
			const list = ev.statedAmounts ?? [];
			const groups = [...new Set(list.flatMap((s) => (s.group ? [s.group] : [])))];
			const items = (group: string) => list.filter((s) => s.group === group).map((s) => `${s.label}=${s.amount}`);
			const spending = groups.filter((g) => /支出/.test(g)).map((g) => new Set(items(g)));
			const copied = groups.find((g) => /收入/.test(g) && items(g).length >= 2 && spending.some((set) => items(g).every((x) => set.has(x))));
			if (!copied) return [];
			const income = items(copied);
			const k = list.findIndex((s) => s.group === copied);
			return [finding(incomeByFunction, { path: `performance.evaluations[${i}].statedAmounts[${k}]`, anchor: ev.id }, `「${ev.title}」的收入按支出功能科目分 ${income.length} 项列示，名称和金额与支出分项完全相同（如“${list[k].label}”${list[k].amount} 万元）：收入情况照抄了支出情况。`, { expected: '按收入来源列示', actual: '按支出功能科目列示' })];
		}),
};

export const FORM_RULES: readonly Rule[] = [templateText, incomeByFunction];
