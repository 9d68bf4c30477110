/**
 * Narrative against data: reads a final-accounts MDX with remark + remark-mdx, finds sentences that state a
 * known figure ("本年收入合计 848.90 万元", "基本支出 448.54 万元，占 52.83%") and compares them with the entry's
 * structured fields. Pure: the MDX source comes in as text.
 */
import { toString } from 'mdast-util-to-string';
import { parseNarrativeTree } from './mdx-safety.ts';
import type { Root, RootContent } from 'mdast';
import type { Disclosure } from './schema/disclosure.ts';
import { printedAmount, toPct } from './money.ts';
import { formatFen, formatPercent } from './format.ts';
import type { Finding, Rule } from './rules/types.ts';
import { THREE_PUBLIC_PARTS } from './templates/three-public.ts';

/** A figure a sentence may name: the words before the amount, and where the structured value lives. */
interface Named {
	label: string;
	anchor: string;
	path: string;
	amount?: number;
	share?: number;
}

function namedFigures(d: Disclosure): Named[] {
	const f = d.finalAccounts;
	if (!f) return [];
	const n = (label: string, anchor: string, path: string, amount?: number, share?: number): Named[] =>
		amount === undefined ? [] : [{ label, anchor, path, amount, share }];
	const t = f.threePublic;
	return [
		...n(
			'财政拨款收、支总计',
			'fiscalTotals',
			'finalAccounts.fiscalTotals.income',
			f.fiscalTotals?.statedCombined ?? f.fiscalTotals?.income,
		),
		...n('财政拨款收入、支出总计', 'fiscalTotals', 'finalAccounts.fiscalTotals.income', f.fiscalTotals?.income),
		...n('财政拨款收入总计', 'fiscalTotals', 'finalAccounts.fiscalTotals.income', f.fiscalTotals?.income),
		...n('财政拨款支出总计', 'fiscalTotals', 'finalAccounts.fiscalTotals.expenditure', f.fiscalTotals?.expenditure),
		// Shanghai's wording has no 、 ("财政拨款收入支出总计0.3万元"); without these, its tail "支出总计" is read as the unit's total.
		...n(
			'财政拨款收入支出总计',
			'fiscalTotals',
			'finalAccounts.fiscalTotals.income',
			f.fiscalTotals?.statedCombined ?? f.fiscalTotals?.income,
		),
		...n('收入支出总计', 'totals', 'finalAccounts.totals.income', f.totals?.statedCombined ?? f.totals?.income),
		...n('收、支总计', 'totals', 'finalAccounts.totals.income', f.totals?.statedCombined ?? f.totals?.income),
		...n('收入、支出总计', 'totals', 'finalAccounts.totals.income', f.totals?.income),
		...n('收入总计', 'totals', 'finalAccounts.totals.income', f.totals?.income),
		...n('支出总计', 'totals', 'finalAccounts.totals.expenditure', f.totals?.expenditure),
		...n('年初结转和结余', 'totals', 'finalAccounts.totals.carryoverStart', f.totals?.carryoverStart),
		...n('本年收入合计', 'income', 'finalAccounts.income.total', f.income?.total),
		...n('本年支出合计', 'expenditure', 'finalAccounts.expenditure.total', f.expenditure?.total),
		...n(
			'一般公共预算财政拨款收入',
			'income',
			'finalAccounts.income.generalBudget.amount',
			f.income?.generalBudget?.amount,
			f.income?.generalBudget?.share,
		),
		...n('一般公共预算财政拨款基本支出', 'basicExpenditure', 'finalAccounts.basicExpenditure.total', f.basicExpenditure?.total),
		...n(
			'一般公共预算财政拨款支出',
			'generalBudget',
			'finalAccounts.generalBudget.amount',
			f.generalBudget?.amount,
			f.generalBudget?.shareOfExpenditure,
		),
		...n('基本支出', 'expenditure', 'finalAccounts.expenditure.basic.amount', f.expenditure?.basic?.amount, f.expenditure?.basic?.share),
		...n(
			'项目支出',
			'expenditure',
			'finalAccounts.expenditure.project.amount',
			f.expenditure?.project?.amount,
			f.expenditure?.project?.share,
		),
		...n('人员经费', 'basicExpenditure', 'finalAccounts.basicExpenditure.personnel.amount', f.basicExpenditure?.personnel.amount),
		...n('公用经费', 'basicExpenditure', 'finalAccounts.basicExpenditure.publicUse.amount', f.basicExpenditure?.publicUse.amount),
		...n('机关运行经费', 'otherMatters', 'finalAccounts.otherMatters.operatingCosts.amount', f.otherMatters?.operatingCosts?.amount),
		...n('政府采购支出总额', 'otherMatters', 'finalAccounts.otherMatters.procurement.total', f.otherMatters?.procurement?.total),
		...n('“三公”经费财政拨款支出', 'threePublic', 'finalAccounts.threePublic.total', t?.total),
		...THREE_PUBLIC_PARTS.flatMap(({ key, label }) =>
			n(label, 'threePublic', `finalAccounts.threePublic.${key}.amount`, t?.[key]?.amount, t?.[key]?.share),
		),
		...(f.generalBudget?.byCategory ?? []).flatMap((c, i) =>
			n(c.name.replace(/支出$/, ''), 'generalBudget', `finalAccounts.generalBudget.byCategory[${i}].amount`, c.amount, c.share),
		),
	].sort((a, b) => b.label.length - a.label.length);
}

/** A statement found in the narrative: the words before an amount, the amount and an optional share. */
export interface Statement {
	prefix: string;
	/** The sentence up to the amount (from the previous 。), to tell 预算 from 决算. */
	sentence: string;
	amount: number;
	share?: number;
	section?: string;
	text: string;
}

const AMOUNT = /(\d+(?:\.\d+)?)\s*万元(?:[，,]\s*占[^\d%，。；]{0,12}?(\d+(?:\.\d+)?)\s*%)?/g;
/** Words between a label and its number that change nothing ("支出决算为", "均为"). */
const FILLER = /(?:\s|（\d+类）|\(\d+类\)|支出|决算|数|为|是|均|共|合计|共计|达|：|:)*$/;
const CHANGE = /(增加|减少|增长|下降|节约|新增|降低|上升|持平|比|较)[^，。；]*$/;

/** Every "… N 万元[，占 M%]" in the narrative with the enclosing `<Section id>`. */
export function extractStatements(mdxSource: string): Statement[] {
	return statementsOf(parseNarrativeTree(mdxSource));
}

/** The statements of an already-parsed narrative (the build parses each narrative once). */
export function statementsOf(tree: Root): Statement[] {
	const out: Statement[] = [];
	const walk = (nodes: readonly RootContent[], section?: string) => {
		for (const node of nodes) {
			if (node.type === 'mdxJsxFlowElement') {
				const id =
					node.name === 'Section' ? node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value : undefined;
				walk(node.children as RootContent[], typeof id === 'string' ? id : section);
			} else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
				const text = toString(node).replace(/\s+/g, ' ');
				for (const m of text.matchAll(AMOUNT)) {
					const before =
						text
							.slice(0, m.index)
							.split(/[，,。；;：:]/)
							.pop() ?? '';
					const sentence =
						text
							.slice(0, m.index)
							.split(/[。；;]/)
							.pop() ?? '';
					out.push({
						prefix: before.replace(/\s/g, ''),
						sentence,
						amount: Number(m[1]),
						share: m[2] === undefined ? undefined : Number(m[2]),
						section,
						text: text.slice(Math.max(0, m.index - 30), m.index + m[0].length),
					});
				}
			} else if ('children' in node) walk(node.children as RootContent[], section);
		}
	};
	walk(tree.children);
	return out;
}

/** One paragraph of a narrative as plain text, with the items of a list that directly follows it. */
export interface Paragraph {
	text: string;
	section?: string;
	list?: string[];
	/** A heading (`## …`) rather than a paragraph. */
	heading?: boolean;
}

/** What the audit reads of a narrative: its source, or what the build already read from its one parse. */
export type NarrativeInput = string | { statements: readonly Statement[]; paragraphs: readonly Paragraph[] };

/** Every paragraph of an MDX narrative, read through the same remark tree as the figures. */
export function paragraphs(narrative: NarrativeInput): readonly Paragraph[] {
	if (typeof narrative !== 'string') return narrative.paragraphs;
	return narrative.trim() ? paragraphsOf(parseNarrativeTree(narrative)) : [];
}

/** The paragraphs of an already-parsed narrative. */
export function paragraphsOf(tree: Root): Paragraph[] {
	const out: Paragraph[] = [];
	const walk = (nodes: readonly RootContent[], section?: string) => {
		let last: Paragraph | undefined;
		for (const node of nodes) {
			if (node.type === 'mdxJsxFlowElement') {
				const id =
					node.name === 'Section' ? node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value : undefined;
				walk(node.children as RootContent[], typeof id === 'string' ? id : section);
				last = undefined;
			} else if (node.type === 'paragraph' || node.type === 'heading') {
				last = { text: toString(node).replace(/\s+/g, ' '), section, ...(node.type === 'heading' ? { heading: true } : {}) };
				out.push(last);
			} else if (node.type === 'list' && last) {
				last.list = node.children.map((item) => toString(item).replace(/\s+/g, ' ').trim());
				last = undefined;
			} else {
				last = undefined;
				if ('children' in node) walk(node.children as RootContent[], section);
			}
		}
	};
	walk(tree.children);
	return out;
}

export const narrativeFigure: Rule = {
	id: 'narrative-figure',
	family: '正文与数据',
	severity: '确定',
	title: '正文中的数字与数据一致',
	explain:
		'页面上的说明正文和附件正文（MDX）逐句写出“本年收入合计 848.90 万元”“基本支出 448.54 万元，占 52.83%”等数字；这些数字应与同一单位年度的结构化数据（表格和图表所用的数）相同。',
	why: '读者同时看到正文和表格；两者不一致，说明转录或原文有一处错了。',
	formula: '正文中“名称 + 金额（+ 占比）” = 数据中同名项目的金额（占比）',
	check: (d, ctx) => [
		...auditNarrative(d, ctx?.narratives?.finalAccounts ?? ''),
		// 附件 reports restate figures under their own headings, sometimes on another basis: 疑似 at most.
		...auditNarrative(d, ctx?.narratives?.performance ?? '', { onlyTotals: true }).map((f) =>
			f.severity === '确定' ? { ...f, severity: '疑似' as const, message: `附件正文中：${f.message}` } : f,
		),
	],
};

/** "年初预算支出 409.81 万元" speaks of the budget, not the final accounts ("一般公共预算" is a fund, not a budget). */
const isBudgetSentence = (sentence: string) => {
	const s = sentence.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
	return /预算/.test(s) && !/决算/.test(s);
};

/** Compares every statement of a final-accounts narrative with the entry's figures. */
export function auditNarrative(d: Disclosure, narrative: NarrativeInput, options: { onlyTotals?: boolean } = {}): Finding[] {
	if (!d.finalAccounts) return [];
	if (typeof narrative === 'string' && !narrative.trim()) return [];
	// 附件 reports split spending their own way (人员/公用/特定目标): there only the totals mean the same thing.
	const named = namedFigures(d).filter((n) => !options.onlyTotals || /总计|合计|机关运行经费|“三公”/.test(n.label));
	const out: Finding[] = [];
	for (const s of typeof narrative === 'string' ? extractStatements(narrative) : narrative.statements) {
		if (CHANGE.test(s.prefix) || isBudgetSentence(s.sentence)) continue;
		const words = s.prefix.replace(FILLER, '');
		const hit = named.find(
			(n) => (words.endsWith(n.label) || s.prefix.endsWith(n.label)) && !(n.label === '基本支出' && words.endsWith('财政拨款基本支出')),
		);
		if (!hit || hit.amount === undefined) continue;
		const printed = printedAmount(s.amount);
		const data = printedAmount(hit.amount);
		const gap = printed.fen - data.fen;
		const where = { rule: narrativeFigure.id, path: hit.path, anchor: hit.anchor };
		if (gap !== 0) {
			out.push({
				...where,
				severity: Math.abs(gap) <= printed.slack + data.slack ? '提示' : '确定',
				message: `正文写“${s.text.trim()}”，数据中的${hit.label}是 ${formatFen(data.fen)} 万元，相差 ${formatFen(Math.abs(gap))} 万元。`,
				expected: formatFen(data.fen),
				actual: formatFen(printed.fen),
				difference: formatFen(gap),
			});
		} else if (s.share !== undefined && hit.share !== undefined && toPct(s.share).units !== toPct(hit.share).units) {
			out.push({
				...where,
				path: hit.path.replace(/amount$/, 'share'),
				severity: '确定',
				message: `正文写${hit.label}占 ${formatPercent(s.share)}，数据中是 ${formatPercent(hit.share)}。`,
				expected: formatPercent(hit.share),
				actual: formatPercent(s.share),
			});
		}
	}
	return out;
}
