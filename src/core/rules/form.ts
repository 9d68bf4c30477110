/**
 * 文件写法: template instructions and placeholders left in the published text, and income listed by the
 * spending classification (a copy of the expenditure paragraph). Narratives are read through the remark tree.
 */
import { paragraphs } from '../narrative-audit.ts';
import { PLACEHOLDER } from './document.ts';
import { finding, type Finding, type Rule } from './types.ts';
import type { Evaluation } from '../schema/performance.ts';

/** Words only a template's instructions use; a published text keeps them only when nobody finished it. */
const INSTRUCTION = new RegExp(
	`（注：[^）]*）|请(?:参照|根据|自行删除|删除)[^。）]*|不涉及的(?:科目)?请自行删除|(?:增加|减少|增长|下降)（(?:增加|减少|增长|下降)）|${PLACEHOLDER.source}`,
	'g',
);
/** Placeholder legends of an office suite's chart template. */
const LEGEND = /^(销售额|系列\s*\d+|Series\s*\d+)$/i;

export const templateText: Rule = {
	id: 'template-text',
	family: '文件写法',
	severity: '疑似',
	title: '模板说明和占位文字已删除',
	explain:
		'公开文本里留着模板的填写说明（“（注：仅罗列本部门涉及的收入）”“请参照《2023 年政府收支分类科目》增减内容”' +
		'）、未删的备选用语（“下降（增长）”）、占位名称（XX局）或图表模板的图例（“销售额”），说明文件没有按本单位的实际情况改完。',
	why: '模板没改完的地方，数字和说法往往也是照抄的，读者需要格外留意。',
	formula: '正文、图例中不含模板说明、占位名称和模板图例',
	check: (d, ctx) => {
		const out: Finding[] = [];
		const anchorOf = (section?: string) => section ?? (d.finalAccounts ? 'overview' : (d.performance?.evaluations[0]?.id ?? 'overview'));
		for (const [doc, source] of [
			['finalAccounts', ctx?.narratives?.finalAccounts],
			['performance', ctx?.narratives?.performance],
		] as const) {
			const found = new Map<string, string | undefined>();
			// Headings are unit-name's (document.ts): a placeholder there is reported once, as the wrong name it is.
			for (const p of paragraphs(source ?? '')) {
				if (p.heading) continue;
				for (const m of p.text.matchAll(INSTRUCTION)) if (!found.has(m[0])) found.set(m[0], p.section);
			}
			if (!found.size) continue;
			const [first, section] = [...found][0];
			out.push(
				finding(
					templateText,
					{ path: doc, anchor: anchorOf(section) },
					`正文留有 ${found.size} 处模板说明或占位文字，如“${first.length > 40 ? `${first.slice(0, 40)}…` : first}”。`,
					{ expected: '删除模板说明', actual: `${found.size} 处` },
				),
			);
		}
		(d.finalAccounts?.printedFigures ?? []).forEach((fig, i) => {
			if (fig.seriesLabel && LEGEND.test(fig.seriesLabel.trim())) {
				out.push(
					finding(
						templateText,
						{ path: `finalAccounts.printedFigures[${i}].seriesLabel`, anchor: 'overview' },
						`图${fig.no}“${fig.title}”的图例印作“${fig.seriesLabel}”，是图表模板的占位文字。`,
						{ expected: fig.title, actual: fig.seriesLabel },
					),
				);
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
	explain:
		'收入按来源列示（财政拨款、事业收入……）；支出才按功能科目（行政运行、社会保险经办机构……）列示。' +
		'报告把收入按支出科目逐项列出，且与支出的分项和金额完全相同，说明“收入情况”是照抄“支出情况”。',
	why: '收入从哪里来，是读者看收入时最想知道的；照抄支出的分项，等于没有说明收入。',
	formula: '收入分项 ≠ 支出分项（名称与金额全同即为照抄）',
	check: (d) =>
		(d.performance?.evaluations ?? []).flatMap((ev, i): Finding[] => {
			const typed = copiedIncome(ev);
			if (typed)
				return [
					finding(
						incomeByFunction,
						{ path: `performance.evaluations[${i}].funds.income.finalItems[0]`, anchor: ev.id },
						`「${ev.title}」的收入按支出功能科目分 ${typed.length} 项列示，名称和金额与支出分项完全相同（如“${typed[0].label}”${typed[0].amount} 万元）：收入情况照抄了支出情况。`,
						{ expected: '按收入来源列示', actual: '按支出功能科目列示' },
					),
				];
			const list = ev.statedAmounts ?? [];
			const groups = [...new Set(list.flatMap((s) => (s.group ? [s.group] : [])))];
			const items = (group: string) => list.filter((s) => s.group === group).map((s) => `${s.label}=${s.amount}`);
			const spending = groups.filter((g) => /支出/.test(g)).map((g) => new Set(items(g)));
			const copied = groups.find(
				(g) => /收入/.test(g) && items(g).length >= 2 && spending.some((set) => items(g).every((x) => set.has(x))),
			);
			if (!copied) return [];
			const income = items(copied);
			const k = list.findIndex((s) => s.group === copied);
			return [
				finding(
					incomeByFunction,
					{ path: `performance.evaluations[${i}].statedAmounts[${k}]`, anchor: ev.id },
					`「${ev.title}」的收入按支出功能科目分 ${income.length} 项列示，名称和金额与支出分项完全相同（如“${list[k].label}”${list[k].amount} 万元）：收入情况照抄了支出情况。`,
					{ expected: '按收入来源列示', actual: '按支出功能科目列示' },
				),
			];
		}),
};

/** The items of 部门资金收支情况's 收入 when they are, name for name and amount for amount, those of its 支出. */
function copiedIncome(ev: Evaluation): readonly { label: string; amount: number }[] | undefined {
	const income = ev.funds?.income?.finalItems ?? [];
	const spending = new Set((ev.funds?.expenditure?.finalItems ?? []).map((x) => `${x.label}=${x.amount}`));
	return income.length >= 2 && income.every((x) => spending.has(`${x.label}=${x.amount}`)) ? income : undefined;
}

/** “截至 2024 年 12 月 31 日”, spaces as PDFs print them. */
const AS_OF = /截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g;
/** A year as a title or heading states it: “2024年度”, “2024 年”, “（2024年度）”. */
const YEAR = /(\d{4})\s*年/g;

/**
 * The year a 部门决算 or 绩效自评 speaks of is the entry's year: its title, the headings of its narrative and its
 * 截至 dates (年末 figures). A heading about another year is a template carried over from the year before.
 * Years in running text are not checked: “与2023年度相比” is normal there.
 */
export const documentYear: Rule = {
	id: 'document-year',
	family: '文件写法',
	severity: '疑似',
	title: '标题、小标题、表题和“截至”日期是本年度',
	explain:
		'一份 2024 年度的部门决算，标题应写 2024 年度，各部分标题、附件和绩效自评表的标题、正文小标题里的年度也应是 2024（与上年比较的句子不在此列），资产等年末数“截至 2024 年 12 月 31 日”。' +
		'写成别的年份，多半是照搬上一年的文本没有改完，或者录入时年度选错了。',
	why: '年份错了，读者会怀疑整份材料是不是上一年的旧文。',
	formula: '标题、部分标题、附件和评价表标题、小标题中的年份含本年度；“截至 X 年 12 月 31 日”中 X = 本年度',
	check: (d, ctx) => {
		const out: Finding[] = [];
		const years = (text: string, re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => Number(m[1])))];
		// A title or heading that names this year too (“2024年与2023年对比”) compares; one naming only others is stale.
		const stale = (text: string) => {
			const named = years(text, YEAR);
			return named.includes(d.year) ? [] : named;
		};
		const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
		const anchorOf = (section?: string) => section ?? (d.finalAccounts ? 'overview' : (d.performance?.evaluations[0]?.id ?? 'overview'));
		// The document's title, its parts, its 附件 and every evaluation or table title the entry records.
		const titles: { text: string; path: string; anchor: string; what: string }[] = [
			{ text: d.source.title, path: 'source.title', anchor: anchorOf(), what: '原文标题' },
			...(d.finalAccounts
				? [
						{ text: d.finalAccounts.title, path: 'finalAccounts.title', anchor: 'overview', what: '决算标题' },
						...d.finalAccounts.parts.map((t, i) => ({ text: t, path: `finalAccounts.parts[${i}]`, anchor: 'overview', what: '部分标题' })),
						...d.finalAccounts.attachments.map((a, i) => ({
							text: a.title,
							path: `finalAccounts.attachments[${i}].title`,
							anchor: 'attachments',
							what: '附件标题',
						})),
					]
				: []),
			...(d.performance?.evaluations ?? []).map((ev, i) => ({
				text: ev.title,
				path: `performance.evaluations[${i}].title`,
				anchor: ev.id,
				what: '评价表（报告）标题',
			})),
		];
		for (const t of titles) {
			const wrong = stale(t.text);
			if (!wrong.length) continue;
			out.push(
				finding(
					documentYear,
					{ path: t.path, anchor: t.anchor },
					`${t.what}“${quote(t.text)}”写的是 ${wrong.join('、')} 年，本条目是 ${d.year} 年度。`,
					{ expected: `${d.year} 年度`, actual: `${wrong.join('、')} 年` },
				),
			);
		}
		for (const [doc, source] of [
			['finalAccounts', ctx?.narratives?.finalAccounts],
			['performance', ctx?.narratives?.performance],
		] as const) {
			for (const p of paragraphs(source ?? '')) {
				const asOf = years(p.text, AS_OF).filter((y) => y !== d.year);
				const heading = p.heading ? stale(p.text) : [];
				for (const [wrong, what] of [
					[asOf, '“截至”日期'],
					[heading, '小标题'],
				] as const) {
					if (!wrong.length) continue;
					out.push(
						finding(
							documentYear,
							{ path: doc, anchor: anchorOf(p.section) },
							`正文${what}“${quote(p.text)}”写的是 ${wrong.join('、')} 年，本条目是 ${d.year} 年度。`,
							{ expected: `${d.year} 年度`, actual: `${wrong.join('、')} 年` },
						),
					);
				}
			}
		}
		return out;
	},
};

export const FORM_RULES: readonly Rule[] = [templateText, incomeByFunction, documentYear];
