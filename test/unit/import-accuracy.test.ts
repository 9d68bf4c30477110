/**
 * The importer against the hand-checked entries (issue 11, "done when"): for the five seeds and the three corpus
 * documents, importing source.txt must draft the entry's structured figures identically and in the same field
 * (the 说明's fields and the typed tables' cells, shares pinned below), never put another value in a field or
 * cell the clerk filled (nor a number in a cell printed blank), never place a number the document does not
 * print, and split the narrative into the entry's sections. The PDF side is import-pdf.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { importText } from '../../src/core/import/index.ts';
import { checkMdxSource, FINAL_ACCOUNTS_SECTIONS } from '../../src/core/mdx-safety.ts';
import { figuresNotInSource } from '../../src/core/source-figures.ts';
import { accuracy, cellAccuracy, provenanceOf } from '../helpers/draft-accuracy.ts';
import { finalAccountsSchemaFor } from '../../src/core/schema/final-accounts.ts';
import { performanceSchema } from '../../src/core/schema/performance.ts';

const CONTENT = join(import.meta.dirname, '../../content/disclosures');

/**
 * [document, entry folder, 说明 figures drafted identically, table cells drafted identically, performance.yaml
 * figures drafted identically, whole-entry % (at least; with index.yaml's 机构设置, all of whose figures must be drafted)]. performance.yaml is drafted from
 * the forms (打分表, 评价表, 自评表: budget rows, scored and indicator rows, totals) and the reports' template
 * sentences (部门资金收支情况, 人员/公用/特定目标类, 常年/一次性项目, funding flow and a report's budget row, 自评得分),
 * 分配管理's allocation, the amounts a form's text cells print and the values a report or grid form states
 * ("…管理率达到100%", "评价综合得分为99.97分", "办理社会保险关系转移320人": statedAmounts labelled by the words
 * before them; 000 and 001 get 11 and 24 such items the clerk did not record, for him to delete); a figure the
 * clerk labels in words of his own counts when it is the same printed occurrence (below), else it stays for him,
 * listed in the report as not placed. 002's report is worded
 * otherwise: its "X(收入数)为：N元；X(支出数)为：N元" kinds are drafted in 元 as printed, its 主要目标 paragraphs
 * (人员类 / 部门运转类 / 特定目标类) by their one amount each; of its 38 figures the 6 left are a "上述…占…的91.49%"
 * and totals the clerk named himself, two qualified counts (已逾13万人) and a count written in words (一台).
 * statedAmounts, in final-accounts.yaml and performance.yaml, are compared by label or by printed occurrence
 * (test/helpers/draft-accuracy.ts; before, by label only, and until issue 11's second performance pass a nested list
 * by index): a label is the clerk's free description, not the field, so an entry's item also counts when the
 * draft's list has, one-to-one in order, an item of the same section, amount and unit whose provenance line (the
 * sidecar's) is the one line of that section (of the whole text for performance.yaml) that prints the entry's
 * value with its unit (its printedAs, if the clerk wrote one, holding the draft's printed number). A value printed
 * twice there (000's many "100%") is not counted: nothing tells which occurrence the clerk took. So 001's report
 * gains 6 figures the clerk named in his words (东区 "基金征缴 54592.98 万元" as 基本养老保险基金征缴, "社保安置 179
 * 人" …); 000, 002 and 004 gain none (each candidate value is printed more than once, or in words: 002's 一台 is
 * not the "1台" of the 打印复印一体机 on the same line). The Sichuan seeds print no 部门决算 tables (001 lists them by name only). The corpus
 * texts' tables are drafted whole: a page pdftotext re-grids after a page break takes the one column reading the
 * template's sums confirm (import-tables.test.ts). pdftotext prints seven two-line pieces of corpus 01's 说明 in
 * reverse order (lines 542, 567, 590, 601, 666, 670, 674); they are read in printed order because a template
 * sentence then joins (text.ts readingOrder, import-reading-order.test.ts), so the text drafts 108 of 110 like the PDF.
 * Seed 001's 说明 is drafted whole (its "专用设备（不含车辆）0台", the two "…绩效自评得分为90分" scores); in its report a
 * bare 基金征缴 repeated in parallel clauses takes its clause's subject (elided-subject.ts), 4 of them the clerk's label.
 * Seed 002: 63 of its 178 说明 figures are statedAmounts the clerk took from the 概况's "（二）2021年重点工作完成情况"
 * prose under labels of his own (退休“中人”待遇兑现人数 2014–2020年 …). The importer drafts that passage's figures
 * (stated.ts readWorkReport, readStatedValues' prose reading: every number with a unit or %, labelled by the words
 * before it, "713万余元" with its printedAs, "（其中…）" as group): 61 items, each one of the clerk's occurrences. The two
 * left are counts written in words (三个险种, 十个大的方面), which a draft never turns into digits. Of the other 115,
 * 107 are drafted. The other 8: fiscalTotals.income/expenditure, which 四 prints only as
 * "收、支总计580.44万元" (the clerk took the halves from 一; drafting them would invent), 出国团组 0 written in words,
 * and the five 机关运行经费 changeItems told in one free sentence.
 */
const DOCUMENTS: readonly [string, string, number, number, number, number][] = [
	['seed 000', 'panzhihua-shebao/2025', 0, 0, 123, 94.6],
	['seed 001', 'panzhihua-dongqu-shebao/2023', 155, 0, 66, 93],
	['seed 002', 'yanbian-shebao/2021', 168, 0, 32, 92.6],
	['seed 003', 'wutongqiao-shebao/2024', 151, 0, 263, 100],
	['seed 004', 'kunming-wuhua-shebao/2024', 0, 0, 75, 92.5],
	['corpus 01', 'putuo-finance/2024', 108, 195, 0, 99.3],
	['corpus 02', 'putuo-planning-resources/2024', 142, 308, 0, 98.9],
	['corpus 03', 'putuo-social-work/2024', 95, 205, 0, 100],
];

const read = (dir: string, file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);

/** Section id → its text, from a final-accounts.mdx. */
function sectionsOf(mdx: string): Map<string, string> {
	return new Map([...mdx.matchAll(/<Section id="([A-Za-z]+)">([\s\S]*?)<\/Section>/g)].map((m) => [m[1]!, m[2]!]));
}

/** Printed amounts of a narrative ("848.90 万元"), as values, escapes and spaces removed. */
const amounts = (text: string) =>
	new Set(
		[
			...text
				.replace(/\\/g, '')
				.replace(/\s+/g, '')
				.matchAll(/(\d+(?:\.\d+)?)万元/g),
		].map((m) => Number(m[1])),
	);

describe.each(DOCUMENTS)('%s (%s)', (_name, folder, pinned, pinnedCells, pinnedPerformance, pinnedWhole) => {
	const dir = join(CONTENT, folder);
	const source = read(dir, 'source.txt')!;
	const result = importText(source);
	const committed = read(dir, 'final-accounts.yaml');
	const { tables: entryTables, ...entryFields } = committed ? parse(committed) : {};
	const { tables: draftTables, ...draftFields } = (result.finalAccounts ?? {}) as Record<string, unknown>;
	const entryOrganisation: unknown = (parse(read(dir, 'index.yaml')!) as { organisation?: unknown }).organisation ?? [];
	const committedPerformance = read(dir, 'performance.yaml');
	const entryPerformance: unknown = committedPerformance ? parse(committedPerformance) : {};

	test(`drafts at least ${pinned} of the 说明's figures, ${pinnedCells} table cells and ${pinnedPerformance} 绩效自评 figures identically, none differently`, () => {
		const a = accuracy(entryFields, draftFields, provenanceOf(result, 'final-accounts.yaml'));
		expect(a.different).toEqual([]);
		expect(a.same).toBeGreaterThanOrEqual(pinned);
		const cells = cellAccuracy(entryTables, draftTables);
		expect(cells.different).toEqual([]);
		expect(cells.extraRows).toEqual([]);
		expect(cells.same).toBeGreaterThanOrEqual(pinnedCells);
		const p = accuracy(entryPerformance, result.performance ?? {}, provenanceOf(result, 'performance.yaml'));
		expect(p.different).toEqual([]);
		expect(p.same).toBeGreaterThanOrEqual(pinnedPerformance);
		// index.yaml's 机构设置 (内设 10 科 1 室, 行政单位 0 个 …): every figure the entries record there is drafted.
		const o = accuracy(entryOrganisation, result.organisation ?? []);
		expect(o.different).toEqual([]);
		expect(o.missing).toEqual([]);
		const total = a.total + cells.total + p.total + o.total;
		const whole = total ? (100 * (a.same + cells.same + p.same + o.same)) / total : 0;
		const pct = (x: { same: number; total: number }) => (x.total ? `${((100 * x.same) / x.total).toFixed(1)}%` : '—');
		console.log(
			`${folder} txt: 说明 ${a.same}/${a.total} ${pct(a)}, 表格 ${cells.same}/${cells.total} ${pct(cells)}, 绩效 ${p.same}/${p.total} ${pct(p)}, 机构 ${o.same}/${o.total}, 合计 ${whole.toFixed(1)}%`,
		);
		expect(whole).toBeGreaterThanOrEqual(pinnedWhole);
		expect(result.finalAccounts === undefined).toBe(committed === undefined);
	});

	test.runIf(pinnedPerformance > 0)('drafts a performance.yaml that passes its schema', () => {
		const parsed = performanceSchema.safeParse(result.performance);
		expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
	});

	test.runIf(committed)('the draft, tables included, passes the schema of its template', () => {
		const fa = result.finalAccounts as { template?: string };
		const parsed = finalAccountsSchemaFor(fa.template ?? '').safeParse(result.finalAccounts);
		expect(
			parsed.success
				? []
				: parsed.error.issues
						.map((i) => `${i.path.join('.')}: ${i.message}`)
						.filter((m) => m.startsWith('tables') || m.startsWith('template')),
		).toEqual([]);
	});

	test('places only numbers the document prints, each on the line it cites', () => {
		expect(
			figuresNotInSource({ finalAccounts: result.finalAccounts as never, performance: result.performance as never, staffing: [] }, source),
		).toEqual([]);
		const lines = source.split(/\r\n|\r|\n/);
		for (const p of [...result.placements, ...result.performancePlacements]) {
			// A number may be broken over two printed lines ("32.47" / "万元" or "848." / "90").
			const around = `${lines[p.line - 1]}${lines[p.line] ?? ''}${lines[p.line + 1] ?? ''}`.replace(/[\s,]/g, '');
			expect(around, `${p.path} 第 ${p.line} 行`).toContain(p.printed.replace(/,/g, ''));
		}
	});

	test('has a 部门决算 exactly when figures are pinned for it', () => {
		expect(committed !== undefined).toBe(pinned > 0);
	});

	// Decided by the table above, not by which files exist, so a lost final-accounts.yaml fails instead of skipping.
	test.runIf(pinned > 0)("splits the narrative into the entry's sections, each with its own figures", () => {
		const draft = sectionsOf(result.narrative ?? '');
		const entry = sectionsOf(read(dir, 'final-accounts.mdx') ?? '');
		expect([...draft.keys()]).toEqual([...entry.keys()]);
		expect(checkMdxSource(result.narrative!, 'final-accounts.mdx', { sectionIds: FINAL_ACCOUNTS_SECTIONS })).toEqual([]);
		for (const [id, text] of entry) {
			if (id === 'overview' || id === 'attachments' || id === 'appendixTables') continue; // clerks shortened these; their figures are in the report
			const mine = amounts(draft.get(id)!);
			const missing = [...amounts(text)].filter((v) => !mine.has(v));
			expect(missing, id).toEqual([]);
		}
	});
});

describe('statedAmounts by printed occurrence (seed 002 drafted, one rule broken at a time)', () => {
	const dir = join(CONTENT, 'yanbian-shebao/2021');
	const result = importText(read(dir, 'source.txt')!);
	const draft = { statedAmounts: (result.finalAccounts as { statedAmounts: unknown[] }).statedAmounts };
	const provenance = provenanceOf(result, 'final-accounts.yaml');
	const counted = (item: Record<string, unknown>) =>
		accuracy({ statedAmounts: [{ label: '录入员自拟', ...item }] }, draft, provenance).same;

	test('the 重点工作 prose drafts no year, month, 文号, window number or number in words, as the clerk left them', () => {
		const placed = result.placements.filter((p) => p.path.startsWith('statedAmounts')).map((p) => `${p.line}:${p.printed}`);
		expect(placed).toHaveLength(61);
		// 2014年-2020年 (13), 建党100周年 / 1月至6月 (14), 257 号 (15), 三个险种 / 2021年7月底 (17), 6号窗口 (20).
		for (const none of ['13:2014', '13:2020', '14:100', '14:1', '14:6', '15:257', '17:3', '17:7', '17:2021', '20:6'])
			expect(placed).not.toContain(none);
		expect(placed).toContain('20:100'); // 群众好评率100%
	});

	test('an item the clerk named in his own words counts where its value is printed once in its section', () => {
		// "“川渝通办”办理50件，网厅办理32372件，网厅办件占比50%": 50件 and 50% once each in the 概况.
		expect(counted({ amount: 50, unit: '件', section: 'overview' })).toBe(1);
		expect(counted({ amount: 50, unit: '%', section: 'overview' })).toBe(1);
		expect(counted({ amount: 713, printedAs: '713万余元', section: 'overview' })).toBe(1);
		// Without the sidecar's lines, labels alone decide.
		expect(accuracy({ statedAmounts: [{ label: '录入员自拟', amount: 50, unit: '件', section: 'overview' }] }, draft).same).toBe(0);
	});

	test('a value that only equals a drafted figure does not count', () => {
		expect(counted({ amount: 50, unit: '件', section: 'generalBudget' })).toBe(0); // another section
		expect(counted({ amount: 50, unit: '项', section: 'overview' })).toBe(0); // another unit
		expect(counted({ amount: 50, unit: '件', printedAs: '50余件', section: 'overview' })).toBe(0); // not printed so
		expect(counted({ amount: 100, unit: '%' })).toBe(0); // 100% is printed many times in the whole text
		// One-to-one: the one printed 50件 counts once.
		const twice = [
			{ label: '甲', amount: 50, unit: '件', section: 'overview' },
			{ label: '乙', amount: 50, unit: '件', section: 'overview' },
		];
		expect(accuracy({ statedAmounts: twice }, draft, provenance).same).toBe(1);
	});
});
