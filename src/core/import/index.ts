/**
 * The importer's core: published text in, draft entry out. Pure (no fs): the CLI reads the file (.txt or the
 * text layer of a .pdf) and writes what this returns. See IMPORT.md beside this file for what is read how.
 */
import { createDraft, type Draft, type NotUnderstood, type Placement } from './draft.ts';
import { detect, type Detection } from './detect.ts';
import { readBasic, readExpenditure, readGeneralBudget, readIncome, readOtherBudget, readTotals } from './final-accounts.ts';
import { readGlossary } from './glossary.ts';
import type { Scope } from './match.ts';
import { readOtherMatters } from './other-matters.ts';
import { findSections, type SectionRange } from './sections.ts';
import { lineAt, numbersIn, sourceText, type PrintedNumber, type SourceText } from './text.ts';
import { narrativeMdx } from './narrative.ts';
import { STANDARD_TABLES } from '../schema/tables.ts';
import { readThreePublic } from './three-public.ts';
import { onlyGeneralBudget, readSummaryTable } from './summary-table.ts';
import { readStated, readWorkReport } from './stated.ts';
import { readPrintedFigures } from './printed-figures.ts';
import { textLayout, type LayoutLine } from './layout.ts';
import { readTables } from './tables.ts';
import { templateFor } from '../templates/index.ts';
import { readPerformance } from './performance.ts';
import { SEAM_PHRASES } from './seams.ts';
import { readOrganisation } from './organisation.ts';

export interface ImportResult {
	detection: Detection;
	sections: SectionRange[];
	/** final-accounts.yaml as data (undefined when the file holds no 部门决算). */
	finalAccounts?: Record<string, unknown>;
	placements: Placement[];
	/** index.yaml's organisation (机构设置 of the 部门决算's 概况, 机构组成 of the department report), one item a source. */
	organisation?: Record<string, unknown>[];
	/** Figures of index.yaml, paths relative to it (`organisation[0].divisionKinds[0].count`). */
	organisationPlacements: Placement[];
	/** performance.yaml as data (undefined when the file prints no 绩效自评 form or report). */
	performance?: Record<string, unknown>;
	/** Figures of performance.yaml, paths relative to it (`evaluations[0].scored.rows[3].score`). */
	performancePlacements: Placement[];
	notUnderstood: NotUnderstood[];
	/** Numbers printed anywhere in the text that no field took, with their lines (years and item numbers too). */
	unplacedAll: PrintedNumber[];
	/** Standard tables the document prints or lists that were not read into `tables:`. */
	tables: { line: number; title: string }[];
	narrative?: string;
	/** Offsets of printed numbers that are table row codes (201 06 01) of drafted rows, not figures. */
	tableCodes: number[];
	src: SourceText;
}

/** Reads the 说明 part by part; each reader sees only its own section's text. */
function readFinalAccounts(src: SourceText, sections: readonly SectionRange[], draft: Draft): void {
	// Printed tables first: a total read from its table leaves the 说明's wording of it to statedCombined.
	const whole: Scope = { src, draft, section: 'tables', start: 0, end: src.flat.length };
	readSummaryTable(whole, 'totals');
	readSummaryTable(whole, 'fiscalTotals');
	for (const range of sections) {
		const scope: Scope = { src, draft, section: range.id, start: range.bodyStart, end: range.end };
		switch (range.id) {
			case 'overview':
				readWorkReport(scope);
				break;
			case 'totals':
				readTotals(scope, 'totals');
				break;
			case 'fiscalTotals':
				readTotals(scope, 'fiscalTotals');
				break;
			case 'income':
				readIncome(scope, onlyGeneralBudget(whole));
				break;
			case 'expenditure':
				readExpenditure(scope);
				break;
			case 'generalBudget':
				readGeneralBudget(scope, range);
				readStated(scope, 'generalBudget');
				break;
			case 'basicExpenditure':
				readBasic(scope);
				break;
			case 'threePublic':
				readThreePublic(scope, range);
				break;
			case 'governmentFund':
				readOtherBudget(scope, 'governmentFund', '政府性基金预算');
				break;
			case 'stateCapital':
				readOtherBudget(scope, 'stateCapital', '国有资本经营预算');
				break;
			case 'otherMatters':
				readOtherMatters(scope);
				readStated(scope, 'otherMatters');
				break;
			case 'glossary':
				readGlossary(scope);
				break;
			default:
				break;
		}
	}
	readPrintedFigures(src, draft);
}

/** The document's own title ("…2024年度部门决算") when it prints one on its cover. */
function printedTitle(src: SourceText): string | undefined {
	const m = /^([\u4e00-\u9fa5（）()]{4,40}?\d{4}年度部门决算)/.exec(src.flat.slice(0, 200));
	return m?.[1];
}

/** The template of the typed tables, for a document whose tables the importer reads (Shanghai prints all nine). */
const TABLE_TEMPLATES: Partial<Record<Detection['template'], string>> = { 'shanghai-final-accounts': 'shanghai-2024' };

/**
 * Drafts an entry from the text of a published disclosure. `layout` gives the words' positions of a PDF, line
 * by line (from pdf-text.ts); without it a text's character columns are used.
 */
export function importText(text: string, layout?: readonly LayoutLine[]): ImportResult {
	const src = sourceText(text, SEAM_PHRASES);
	const detection = detect(src);
	const sections = detection.documents.includes('部门决算') ? findSections(src) : [];
	const draft = createDraft();
	let finalAccounts: Record<string, unknown> | undefined;
	let tables = sections.length ? tablesOf(src, sections) : [];
	const tableCodes: number[] = [];
	if (sections.length) {
		readFinalAccounts(src, sections, draft);
		// A title the document does not print stays empty: the check lists it as 尚未填写 for the clerk.
		finalAccounts = { title: printedTitle(src) ?? null, ...draft.data };
		const template = templateFor(TABLE_TEMPLATES[detection.template]);
		if (template) {
			const read = readTables(template, layout ?? textLayout(src.lines), src);
			if (Object.keys(read.tables).length)
				finalAccounts = { title: finalAccounts.title, template: template.id, ...draft.data, tables: read.tables };
			draft.placements.push(...read.placements);
			tableCodes.push(...read.codeOffsets);
			for (const r of read.rowsNotRead) draft.notUnderstood.push({ section: 'tables', line: r.line, text: `${r.table}：${r.text}` });
			const readTitles = new Set(template.tables.filter((t) => read.tables[t.id]).map((t) => t.title));
			tables = [
				...tables.filter((t) => !readTitles.has(t.title) && !read.tablesNotRead.some((n) => n.title.startsWith(t.title))),
				...read.tablesNotRead,
			].sort((a, b) => a.line - b.line);
		}
	}
	const performance = readPerformance(src, layout);
	const organisation = readOrganisations(src, sections, performance.departmentReport);
	const placed = new Set([...draft.placements, ...performance.draft.placements, ...organisation.placements].map((p) => p.offset));
	// The whole text, not only the 说明: numbers of a report or form no field took are listed too.
	const unplacedAll = numbersIn(src).filter((n) => !placed.has(n.offset));
	return {
		detection,
		sections,
		finalAccounts,
		placements: draft.placements,
		performance: performance.data,
		performancePlacements: performance.draft.placements,
		organisation: (organisation.data.organisation as Record<string, unknown>[] | undefined)?.filter(Boolean),
		organisationPlacements: organisation.placements,
		notUnderstood: draft.notUnderstood,
		unplacedAll,
		tables,
		tableCodes,
		narrative: sections.length ? narrativeMdx(src, sections) : undefined,
		src,
	};
}

/**
 * 机构设置 as index.yaml keeps it, one item per passage printing it: the 部门决算's 概况 (二、机构设置 or
 * 部门决算单位构成), then the department report's 机构组成.
 */
function readOrganisations(src: SourceText, sections: readonly SectionRange[], report?: { start: number; end: number }): Draft {
	const draft = createDraft();
	const passages: [Scope, string][] = [];
	const overview = sections.find((s) => s.id === 'overview');
	if (overview) passages.push([{ src, draft, section: 'overview', start: overview.bodyStart, end: overview.end }, '第一部分 机构设置']);
	if (report) passages.push([{ src, draft, section: 'performance', ...report }, '部门整体绩效自评报告 机构组成']);
	let n = 0;
	for (const [scope, where] of passages) if (readOrganisation(scope, ['organisation', n], where)) n += 1;
	return draft;
}

/** Standard tables named outside the 说明 (printed in full in Shanghai, only listed in Sichuan 001). */
function tablesOf(src: SourceText, sections: readonly SectionRange[]): { line: number; title: string }[] {
	const inSection = (o: number) => sections.some((s) => s.id !== 'overview' && o >= s.start && o < s.end);
	const out: { line: number; title: string }[] = [];
	for (const title of STANDARD_TABLES) {
		const flatTitle = title.replace(/“|”/g, '.?');
		const hits = [...src.flat.matchAll(new RegExp(`(?<![\u4e00-\u9fa5])${flatTitle}(?!情况)`, 'g'))].filter((m) => !inSection(m.index));
		const last = hits.at(-1);
		if (last) out.push({ line: lineAt(src, last.index), title });
	}
	return out.sort((a, b) => a.line - b.line);
}
