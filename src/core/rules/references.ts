/**
 * References and catalogue: 附件 / 附表 the text names but the document lacks, 在编 above 编制, the glossary's
 * numbering and coverage, and a document marked 不予公开. Narratives are read through the same remark tree as
 * narrative-figure (narrative-audit.ts `paragraphs`).
 */
import { paragraphs } from '../narrative-audit.ts';
import { formatNumber } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';
import { projectKey } from './budgets.ts';
import { FUNCTION_CODES } from './classification.ts';

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const numberOf = (n: string) => (/^\d+$/.test(n) ? Number(n) : NUMERALS[n]);

/** A listed title stripped of its number, year and parenthesised year, for matching against what is printed. */
const titleKey = (t: string) =>
	t
		.replace(/^\s*\d+[.、]\s*/, '')
		.replace(/[（(]\s*20\d\d\s*年度?\s*[)）]/g, '')
		.replace(/20\d\d\s*年度?/g, '')
		.replace(/\s/g, '');

export const namedAttachment: Rule = {
	id: 'named-attachment',
	family: '交叉核对',
	severity: '疑似',
	title: '正文引用的附件、附表都存在',
	explain:
		'正文写“详见附件四”或在报告末尾列出“附表：……”时，公开的文件里应有这个附件或附表。编号超出实际附件数、列出的附表没有印出，读者就找不到所说的内容。',
	why: '引用一个不存在的附件，等于让读者去看一份没有公开的材料。',
	formula: '“详见附件 N” ⇒ N ≤ 附件数；报告列出的附表 ⊆ 印出的评价表和报告',
	check: (d, ctx) => {
		const out: Finding[] = [];
		const attachments = d.finalAccounts?.attachments?.length ?? 0;
		for (const p of paragraphs(ctx?.narratives?.finalAccounts ?? '')) {
			for (const m of p.text.matchAll(/(?:详见|见)附件\s*([一二三四五六七八九十]|\d+)/g)) {
				const n = numberOf(m[1]);
				if (n !== undefined && n > attachments) {
					out.push(
						finding(
							namedAttachment,
							{ path: 'finalAccounts.attachments', anchor: 'attachments' },
							`正文写“${m[0]}”，而文件只有 ${attachments} 个附件${attachments ? `（附件1${attachments > 1 ? `—附件${attachments}` : ''}）` : ''}；可能指“第四部分 附件”。`,
							{ expected: `附件1—${attachments}`, actual: `附件${m[1]}` },
						),
					);
				}
			}
		}
		const printed = (d.performance?.evaluations ?? []).flatMap((ev) => [ev.title, ev.project?.name ?? ''].map(titleKey).filter(Boolean));
		const missing = new Set<string>();
		for (const p of paragraphs(ctx?.narratives?.performance ?? '')) {
			for (const title of listedTables(p)) {
				const key = titleKey(title);
				const project = projectKey(key.replace(/专项预算项目支出绩效自评报告$/, ''));
				if (key && !printed.some((t) => t.includes(key) || (project.length > 1 && t.includes(project))))
					missing.add(title.replace(/^\s*\d+[.、]\s*/, '').trim());
			}
		}
		if (missing.size) {
			const list = [...missing];
			out.push(
				finding(
					namedAttachment,
					{ path: 'performance', anchor: d.performance!.evaluations[0].id },
					`报告列出的附表中，${list.map((t) => `“${t}”`).join('、')}没有印出。`,
					{ expected: '印出所列附表', actual: `缺 ${formatNumber(list.length)} 张` },
				),
			);
		}
		return out;
	},
};

/** Titles listed after “附表：” in one paragraph (a one-line “附表：X”) or in the list the paragraph introduces. */
function listedTables(p: { text: string; list?: readonly string[] }): string[] {
	const m = /^附表[：:]\s*(.*)$/.exec(p.text.trim());
	if (!m) return [];
	return m[1] ? [m[1]] : [...(p.list ?? [])];
}

export const staffingAuthorized: Rule = {
	id: 'staffing-authorized',
	family: '交叉核对',
	severity: '疑似',
	title: '在编人数不超过核定编制',
	explain: '实有在编人数不会超过核定编制数；超过时，要么编制数只写了一部分（如只写参公编制），要么人数有误。',
	why: '超编是机构编制管理的硬性问题；文件自己印出超编，需要说明。',
	formula: '实有在编人数 ≤ 核定编制数',
	check: (d) =>
		(d.staffing ?? []).flatMap((s, i): Finding[] =>
			s.authorized !== undefined && s.onPayroll !== undefined && s.onPayroll > s.authorized
				? [
						finding(
							staffingAuthorized,
							{
								path: `staffing[${i}].onPayroll`,
								anchor: d.finalAccounts ? 'overview' : (d.performance?.evaluations[0]?.id ?? 'overview'),
							},
							`${s.asOf ?? ''}实有在编 ${s.onPayroll} 人，超过核定编制 ${s.authorized} 人 ${s.onPayroll - s.authorized} 人${s.where ? `（${s.where}）` : ''}。`,
							{ expected: `≤ ${s.authorized} 人`, actual: `${s.onPayroll} 人`, difference: `${s.onPayroll - s.authorized} 人` },
						),
					]
				: [],
		),
};

export const glossaryOrder: Rule = {
	id: 'glossary-order',
	family: '交叉核对',
	severity: '疑似',
	title: '名词解释编号连续，解释了用到的每个科目',
	explain:
		'名词解释按 1、2、3……编号；编号跳号（如 16 之后是 27）说明删去了模板中的条目却没有重排。决算说明列出的每个项级科目，名词解释都应有对应条目。',
	why: '跳号和缺条都是模板没有改完的痕迹，读者查不到科目的含义。',
	formula: '编号 n 之后是 n + 1；明细中的每个项级科目 ∈ 名词解释',
	check: (d) => {
		const f = d.finalAccounts;
		if (!f?.glossary?.length) return [];
		const out: Finding[] = [];
		f.glossary.forEach((t, i) => {
			const prev = f.glossary[i - 1]?.no;
			if (t.no !== undefined && prev !== undefined && t.no !== prev + 1) {
				out.push(
					finding(
						glossaryOrder,
						{ path: `finalAccounts.glossary[${i}].no`, anchor: 'glossary' },
						`名词解释第 ${prev} 条之后是第 ${t.no} 条（“${t.term}”），跳过了 ${t.no - prev - 1} 个编号。`,
						{ expected: String(prev + 1), actual: String(t.no), difference: String(t.no - prev - 1) },
					),
				);
			}
		});
		// Only a glossary that explains 项-level 科目 at all is expected to explain every one of them.
		const terms = f.glossary.map((t) => t.term.replace(/\s/g, ''));
		if (terms.some((t) => /（项）|\(项\)|\d{2}项/.test(t))) {
			(f.generalBudget?.detail?.items ?? []).forEach((it, i) => {
				const name = it.item.replace(/\s|（\d*项）/g, '').replace(/支出$/, '');
				// 002 prints “机关事业单位养老保险缴费支出” in the detail; its glossary explains the 科目 by its right name.
				const official = it.code ? FUNCTION_CODES[it.code]?.replace(/支出$/, '') : undefined;
				if (name && !terms.some((t) => t.includes(name) || (official !== undefined && t.includes(official)))) {
					out.push(
						finding(
							glossaryOrder,
							{ path: `finalAccounts.generalBudget.detail.items[${i}].item`, anchor: 'glossary' },
							`决算明细列出了项级科目“${it.item}”，名词解释中没有它的条目。`,
							{ expected: '名词解释条目', actual: '无' },
						),
					);
				}
			});
		}
		return out;
	},
};

export const disclosureMark: Rule = {
	id: 'disclosure-mark',
	family: '交叉核对',
	severity: '疑似',
	title: '公开的文件没有标“不予公开”',
	explain: '公文的“信息公开选项”写“不予公开”，文件却已公开；要么选项填错了，要么不该公开。',
	why: '公开选项与实际做法相反，说明公开审查没有落实。',
	formula: '已公开 ⇒ 信息公开选项 ≠ “不予公开”',
	check: (d) => {
		const mark = d.source?.disclosureOption;
		if (!mark || !/不予公开|不公开/.test(mark)) return [];
		return [
			finding(
				disclosureMark,
				{ path: 'source.disclosureOption', anchor: d.finalAccounts ? 'overview' : (d.performance?.evaluations[0]?.id ?? 'overview') },
				`原文印有“信息公开选项：${mark}”，而这份文件已经公开。`,
				{ expected: '主动公开', actual: mark },
			),
		];
	},
};

export const REFERENCE_RULES: readonly Rule[] = [namedAttachment, staffingAuthorized, glossaryOrder, disclosureMark];
