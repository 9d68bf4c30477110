/**
 * The document as a whole: the unit's name in every title and part heading, the 部门决算表 the template requires,
 * and publication within twenty days of the 财政部门's approval (《预算法》第十四条). Headings are read from the
 * entry's titles and `finalAccounts.parts` and from the narratives' headings (narrative-audit.ts `paragraphs`).
 */
import type { Disclosure } from '../schema/disclosure.ts';
import { paragraphs } from '../narrative-audit.ts';
import { templateFor } from '../templates/index.ts';
import { formatNumber } from '../format.ts';
import { DEFAULT_DEADLINE_DAYS } from '../schema/roster.ts';
import { addDays, daysBetween } from '../dates.ts';
import { finding, type AuditContext, type Finding, type Rule } from './types.ts';

const overview = (d: Disclosure) => (d.finalAccounts ? 'overview' : (d.performance?.evaluations[0]?.id ?? 'overview'));
const norm = (t: string) => t.replace(/[\s“”"]/g, '');

/** A template's placeholder for a unit name: XX局, ××中心, 某某单位, ***; template-text looks for it in the body text. */
export const PLACEHOLDER =
	/(?:X{2,}|x{2,}|×{2,}|某某|\*{3,})(?:\s*[^\s\d，。、：:（）()]{0,5}?(?:局|中心|部|委员会|办公室|单位|厅|处|所|院|站))?/;
/** The name a heading opens with: an organisation (…局, …中心, …部) followed by a year or the document's kind. */
const NAMED =
	/^(.{2,40}?(?:局|中心|部|委员会|办公室|厅|处|所|院|站|队|馆))(?=\d{4}年|部门决算|部门预算|单位决算|概况|单位概况|部门概况|整体绩效|预算绩效)/;

/** Every title and heading of the entry with the path (or document) it comes from. */
function headings(d: Disclosure, ctx?: AuditContext): { text: string; path: string; anchor: string }[] {
	const out = [{ text: d.source.title, path: 'source.title', anchor: overview(d) }];
	const f = d.finalAccounts;
	if (f) {
		out.push({ text: f.title, path: 'finalAccounts.title', anchor: 'overview' });
		f.parts.forEach((p, i) => out.push({ text: p, path: `finalAccounts.parts[${i}]`, anchor: 'overview' }));
		f.attachments.forEach((a, i) => out.push({ text: a.title, path: `finalAccounts.attachments[${i}].title`, anchor: 'attachments' }));
	}
	d.performance?.evaluations.forEach((ev, i) => out.push({ text: ev.title, path: `performance.evaluations[${i}].title`, anchor: ev.id }));
	for (const [doc, source] of [
		['finalAccounts', ctx?.narratives?.finalAccounts],
		['performance', ctx?.narratives?.performance],
	] as const) {
		for (const p of paragraphs(source ?? '')) if (p.heading) out.push({ text: p.text, path: doc, anchor: p.section ?? overview(d) });
	}
	return out;
}

/** The unit a heading names, if it opens with one (after “第一部分” and a leading year). */
export function namedUnit(heading: string): string | undefined {
	const body = norm(heading)
		.replace(/^第[一二三四五六七八九十\d]+部分/, '')
		.replace(/^\d{4}年度?/, '');
	return NAMED.exec(body)?.[1];
}

/** One name is the other with or without its region prefix (四川省攀枝花市东区… / 东区…). */
const sameUnit = (a: string, b: string) => a === b || a.endsWith(b) || b.endsWith(a);

export const unitName: Rule = {
	id: 'unit-name',
	family: '文件写法',
	severity: '疑似',
	title: '各标题中的单位名称一致，没有留下“XX局”',
	explain:
		'文件标题、各部分标题（“第一部分 ××概况”“第二部分 ××部门决算表”）、附件和自评报告的标题、自评表的“实施单位”都写着单位名称，' +
		'应是同一个单位（全称或去掉省市前缀的简称）。写成别的单位，或留着模板的“XX局”，多半是照搬别的单位或模板没有改完。',
	why: '标题里的单位名称不对，读者无法确定这份材料是不是这个单位的。',
	formula: '标题开头的单位名称、评价表的实施单位 ∈ {单位全称、简称，及其去掉地区前缀的写法}；标题不含“XX”“某某”等占位文字',
	check: (d, ctx) => {
		const out: Finding[] = [];
		const names = [ctx?.unit?.name, ctx?.unit?.shortName].filter((n): n is string => !!n).map(norm);
		const seen = new Set<string>();
		for (const h of headings(d, ctx)) {
			const placeholder = PLACEHOLDER.exec(h.text)?.[0];
			const named = namedUnit(h.text);
			const wrong = placeholder ?? (named && names.length && !names.some((n) => sameUnit(n, named)) ? named : undefined);
			if (!wrong || seen.has(`${h.path}|${wrong}`)) continue;
			seen.add(`${h.path}|${wrong}`);
			const quote = h.text.length > 40 ? `${h.text.slice(0, 40)}…` : h.text;
			out.push(
				finding(
					unitName,
					{ path: h.path, anchor: h.anchor },
					placeholder
						? `标题“${quote}”留有模板的占位名称“${placeholder}”${names.length ? `，应为“${ctx!.unit!.name}”` : ''}。`
						: `标题“${quote}”写的单位是“${named}”，本单位是“${ctx!.unit!.name}”。`,
					{ expected: ctx?.unit?.name ?? '本单位名称', actual: wrong },
				),
			);
		}
		// 实施单位 of an evaluation form is the unit itself (a 主管部门 is its parent and is not checked).
		d.performance?.evaluations.forEach((ev, i) => {
			const named = ev.implementer && norm(ev.implementer).replace(/[（(][^）)]*[)）]$/, '');
			if (!named || !names.length || names.some((n) => sameUnit(n, named))) return;
			out.push(
				finding(
					unitName,
					{ path: `performance.evaluations[${i}].implementer`, anchor: ev.id },
					`「${ev.title}」的实施单位印为“${ev.implementer}”，本单位是“${ctx!.unit!.name}”。`,
					{ expected: ctx!.unit!.name, actual: ev.implementer! },
				),
			);
		});
		return out;
	},
};

/** A part heading that holds the 部门决算表 (第二部分 …部门决算表, 第五部分 附表). */
const TABLE_PART = /决算表|报表|附表/;

export const tablesPrinted: Rule = {
	id: 'tables-printed',
	family: '交叉核对',
	severity: '疑似',
	title: '表样要求的部门决算表都已印出',
	explain:
		'部门决算公开时，表样规定的各张部门决算表（收入支出决算总表、收入决算表……）要随说明一起公开。' +
		'文件的各部分中没有“部门决算表”（或“附表”）这一部分，或目录列出的表在正文中没有印出，读者就无法核对说明中的数。' +
		'有的单位把报表另行公开，所以记为疑似。',
	why: '部门决算表是说明中每个数的出处；没有表，说明里的数就无从核对。',
	formula: '各部分标题中有“部门决算表 / 附表”；表样中的每张表在正文中印出（printed ≠ false）',
	check: (d) => {
		const f = d.finalAccounts;
		if (!f) return [];
		const out: Finding[] = [];
		if (f.parts.length && !f.parts.some((p) => TABLE_PART.test(p)) && !f.tables && !f.appendixTables.length) {
			const count = templateFor(f.template)?.tables.length;
			out.push(
				finding(
					tablesPrinted,
					{ path: 'finalAccounts.parts', anchor: 'overview' },
					`文件分 ${f.parts.length} 个部分（${f.parts.map((p) => `“${p}”`).join('、')}），没有“部门决算表”部分：` +
						`${count ? `表样的 ${count} 张表` : '部门决算表'}一张也没有印出。`,
					{ expected: '印出部门决算表', actual: '缺“部门决算表”部分' },
				),
			);
		}
		const template = templateFor(f.template);
		if (template && f.tables) {
			const missing = template.tables.filter((t) => (f.tables![t.id] as { printed?: boolean } | undefined)?.printed === false);
			if (missing.length) {
				out.push(
					finding(
						tablesPrinted,
						{ path: `finalAccounts.tables.${missing[0].id}`, anchor: 'appendixTables' },
						`表样的 ${template.tables.length} 张表中，${missing.map((t) => `“${t.title}”`).join('、')}列出了表名而没有印出内容。`,
						{
							expected: `${template.tables.length} 张`,
							actual: `${template.tables.length - missing.length} 张`,
							difference: `${missing.length} 张`,
						},
					),
				);
			}
		}
		return out;
	},
};

export const publicationDeadline: Rule = {
	id: 'publication-deadline',
	family: '文件写法',
	severity: '疑似',
	title: '批复后二十日内公开',
	explain:
		'《预算法》第十四条：经本级政府财政部门批复的部门预算、决算及报表，应当在批复后二十日内由各部门向社会公开。' +
		'文件印出了批复日期和公开日期时，两者相隔不应超过 20 天（自然日，批复当日不计），公开日期也不应早于批复日期。' +
		'财政部门名单上的批复日期另在“公开情况”页核对。' +
		'印出的“公开日期”可能是印发日期而不是上网日期，所以记为疑似。',
	why: '逾期公开，读者拿到材料时预算已经执行了很久，监督就迟了。',
	formula: `公开日期 − 批复日期 ∈ [0, ${DEFAULT_DEADLINE_DAYS}] 天（自然日，批复当日不计）`,
	check: (d) => {
		const { approvedOn, publishedOn } = d.source;
		if (!approvedOn || !publishedOn || !d.finalAccounts) return [];
		const gap = daysBetween(approvedOn, publishedOn);
		if (gap >= 0 && gap <= DEFAULT_DEADLINE_DAYS) return [];
		const late = gap > DEFAULT_DEADLINE_DAYS;
		return [
			finding(
				publicationDeadline,
				{ path: 'source.publishedOn', anchor: overview(d) },
				late
					? `批复日期 ${approvedOn}，公开日期 ${publishedOn}，相隔 ${formatNumber(gap)} 天；最迟应在 ${addDays(approvedOn, DEFAULT_DEADLINE_DAYS)} 公开，晚了 ${formatNumber(gap - DEFAULT_DEADLINE_DAYS)} 天。`
					: `公开日期 ${publishedOn} 早于批复日期 ${approvedOn} ${formatNumber(-gap)} 天：两个日期必有一个印错或录错。`,
				{
					expected: late ? `≤ ${addDays(approvedOn, DEFAULT_DEADLINE_DAYS)}` : `≥ ${approvedOn}`,
					actual: publishedOn,
					difference: late ? `${formatNumber(gap - DEFAULT_DEADLINE_DAYS)} 天` : `${formatNumber(-gap)} 天`,
				},
			),
		];
	},
};

export const DOCUMENT_RULES: readonly Rule[] = [unitName, tablesPrinted, publicationDeadline];
