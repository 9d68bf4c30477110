/**
 * Where each part of a 部门决算 stands in the flat text. Headings are found by their template wording; a heading
 * that also appears in the table of contents (or as a table title) is taken at its last occurrence that keeps
 * the template order, which is the body, not the contents page.
 */
import type { FinalAccountsSection } from '../mdx-safety.ts';
import type { SourceText } from './text.ts';

export interface SectionRange {
	id: FinalAccountsSection;
	/** Offset of the heading in the flat text. */
	start: number;
	/** Offset of the first character after the heading. */
	bodyStart: number;
	end: number;
}

/** Template headings of the 部门决算 parts, Sichuan and Shanghai wording alike, in template order. */
const HEADINGS: readonly (readonly [FinalAccountsSection, RegExp])[] = [
	['overview', /第一部分[^，。]{0,30}?(?:部门|单位)?概况/g],
	// Shanghai prints its nine tables as 第二部分, before the 说明 (the page shows the typed tables there).
	['appendixTables', /第二部分[^第]{0,40}?部门决算表/g],
	['totals', /[一1][、.．]收入支出决算总体情况(?:说明)?/g],
	['income', /[二2][、.．]收入决算情况(?:说明)?/g],
	['expenditure', /[三3][、.．]支出决算情况(?:说明)?/g],
	['fiscalTotals', /[四4][、.．]财政拨款收入支出决算总体情况(?:说明)?/g],
	['generalBudget', /[五5][、.．]一般公共预算财政拨款支出决算情况(?:说明)?/g],
	['basicExpenditure', /[六6][、.．]一般公共预算财政拨款基本支出决算情况(?:说明)?/g],
	['threePublic', /[七7][、.．](?:财政拨款)?.?三公.?经费(?:财政拨款)?支出决算情况(?:说明)?/g],
	['governmentFund', /[八8][、.．]政府性基金预算(?:财政拨款)?(?:收入)?支出决算情况(?:说明)?/g],
	['stateCapital', /[九9][、.．]国有资本经营预算(?:财政拨款)?(?:收入)?支出决算情况(?:说明)?/g],
	['otherMatters', /(?:十一?|10|11)[、.．](?:其他重要事项的?情况说明|其他重要事项)/g],
	['glossary', /第[三四34]部分名词解释/g],
	['attachments', /第[四五45]部分附件/g],
];

/** Headings "…情况说明" in a contents page are followed at once by the next heading or by a page number. */
const TOC_TAIL = /^(?:\.{2,}|…{1,}|\d{1,3}(?![\d.]))/;

/** Finds the template's parts in the flat text; parts the document lacks are absent. */
export function findSections(src: SourceText): SectionRange[] {
	const found: { id: FinalAccountsSection; start: number; bodyStart: number }[] = [];
	let limit = src.flat.length;
	// Last occurrence that keeps the order: walk the template backwards, each part before the next one found.
	for (let i = HEADINGS.length - 1; i >= 0; i--) {
		const [id, re] = HEADINGS[i]!;
		let best: { start: number; bodyStart: number } | undefined;
		for (const m of src.flat.matchAll(re)) {
			const bodyStart = m.index + m[0].length;
			if (m.index >= limit) break;
			if (TOC_TAIL.test(src.flat.slice(bodyStart, bodyStart + 4))) continue;
			best = { start: m.index, bodyStart };
		}
		if (best) {
			found.unshift({ id, ...best });
			limit = best.start;
		}
	}
	// Shanghai puts 预算绩效管理 as 十 before 十一 其他重要事项: both are the template's 其他重要事项 part.
	const other = found.findIndex((s) => s.id === 'otherMatters');
	if (other > 0) {
		const from = found[other - 1]!.bodyStart;
		const m = /十[、.．]预算绩效管理情况(?:说明)?/.exec(src.flat.slice(from, found[other]!.start));
		if (m) found[other] = { id: 'otherMatters', start: from + m.index, bodyStart: from + m.index + m[0].length };
	}
	return found.map((s, i) => ({ ...s, end: found[i + 1]?.start ?? endOfBody(src, s.bodyStart) }));
}

/** The last part runs to the end of the document, or to 第五部分 附表 when that follows. */
function endOfBody(src: SourceText, from: number): number {
	const m = /第[五六]部分附表/.exec(src.flat.slice(from));
	return m ? from + m.index : src.flat.length;
}

/** Sub-parts （一）（二）… of a section, by their printed marker; text before the first is under key 0. */
export function subSections(src: SourceText, range: Pick<SectionRange, 'bodyStart' | 'end'>): Map<number, [number, number]> {
	const marks = [...src.flat.slice(range.bodyStart, range.end).matchAll(/[（(]([一二三四五六七八九十])[）)]/g)];
	const order = '一二三四五六七八九十';
	const out = new Map<number, [number, number]>();
	let expected = 1;
	const starts: [number, number][] = [[0, range.bodyStart]];
	for (const m of marks) {
		const n = order.indexOf(m[1]!) + 1;
		if (n !== expected) continue; // a （二） inside a sentence, or a repeat, is not a new sub-part
		starts.push([n, range.bodyStart + m.index]);
		expected += 1;
	}
	starts.forEach(([n, start], i) => out.set(n, [start, starts[i + 1]?.[1] ?? range.end]));
	return out;
}
