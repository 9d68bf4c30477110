/**
 * The importer's PDF input: the three corpus PDFs (their real text layer, read with pdfjs-dist) draft the same
 * figures as the corpus texts made from them with pdftotext, and a seed printed to PDF by Chromium drafts exactly
 * what its text drafts. The corpus PDFs also give every cell of the entries' typed tables (the text layer's
 * positions place each number in its column); their texts give fewer (import-accuracy.test.ts). Seeds 000, 002
 * and 004 printed with their forms as tables draft the 绩效自评 forms from the words' positions. Slow (pdfjs over 25-page documents, Chromium): one test per document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { importText } from '../../src/core/import/index.ts';
import { pdfText } from '../../src/lib/pdf-text.ts';
import { printTextPdf } from '../../scripts/print-pdf.ts';
import { accuracy, cellAccuracy, figureFields, namesDiffering, provenanceOf } from '../helpers/draft-accuracy.ts';
import { finalAccountsSchemaFor } from '../../src/core/schema/final-accounts.ts';
import { figuresNotInSource } from '../../src/core/source-figures.ts';

const SHANGHAI = 'shanghai-2024';

const CONTENT = join(import.meta.dirname, '../../content/disclosures');
const PDFS = join(import.meta.dirname, '../fixtures/import');

/**
 * [pdf, entry, figures only the PDF draft has]. pdftotext printed seven two-line pieces of 01 in reverse order
 * ("15.16%；" above the sentence it ends); the text import reads them in printed order when a template sentence
 * then joins (text.ts readingOrder), so it now drafts every figure the PDF import, which orders lines by position,
 * reads: none is only in the PDF draft.
 */
const CORPUS: readonly [string, string, string[]][] = [
	['01-shanghai-putuo-finance-bureau-2024-dept-final.pdf', 'putuo-finance/2024', []],
	['02-shanghai-putuo-planning-resources-2024-dept-final.pdf', 'putuo-planning-resources/2024', []],
	['03-shanghai-putuo-social-work-dept-2024-dept-final.pdf', 'putuo-social-work/2024', []],
];

describe.each(CORPUS)('%s', (pdf, folder, onlyInPdf) => {
	test(
		'drafts every figure the text import drafts, with the same value, and every table cell of the entry',
		{ timeout: 120_000 },
		async () => {
			const started = performance.now();
			const { text, layout } = await pdfText(new Uint8Array(readFileSync(join(PDFS, pdf))));
			const draft = importText(text, layout);
			// Reported, not asserted: timing belongs to npm run bench (the machine running the tests is shared).
			console.log(`${pdf}: 读取并起草用时 ${Math.round(performance.now() - started)} ms`);
			const { tables: pdfTables, ...pdfFields } = draft.finalAccounts as Record<string, unknown>;
			const fromTextDraft = importText(readFileSync(join(CONTENT, folder, 'source.txt'), 'utf8')).finalAccounts as Record<string, unknown>;
			const { tables: textTables, ...textFields } = fromTextDraft;
			const fromPdf = figureFields(pdfFields);
			const fromText = figureFields(textFields);
			const disagree = [...fromText].filter(([path, value]) => fromPdf.get(path) !== value).map(([path]) => path);
			expect(disagree).toEqual([]);
			expect([...fromPdf.keys()].filter((path) => !fromText.has(path)).sort()).toEqual([...onlyInPdf].sort());
			// Every table cell the text draft holds, the PDF draft holds identically (blank cells included).
			const againstText = cellAccuracy(textTables, pdfTables);
			expect(againstText.different).toEqual([]);
			expect(againstText.same).toBe(againstText.total);
			// The PDF's positions give every printed table cell of the hand-checked entry, and no other.
			const { tables: entryTables, ...entryFields } = parse(readFileSync(join(CONTENT, folder, 'final-accounts.yaml'), 'utf8'));
			const cells = cellAccuracy(entryTables, pdfTables);
			expect(cells.different).toEqual([]);
			expect(cells.extraRows).toEqual([]);
			expect(cells.missing).toEqual([]);
			// Names wrapped over two or three printed lines are joined as the clerk typed them.
			expect(namesDiffering(entryTables, pdfTables)).toEqual([]);
			const entry = accuracy(entryFields, pdfFields, provenanceOf(draft, 'final-accounts.yaml'));
			expect(entry.different).toEqual([]);
			expect(entry.same / entry.total).toBeGreaterThanOrEqual(0.96); // 01: 108/110, 02: 142/147, 03: 95/95
			console.log(
				`${folder} pdf: 说明 ${entry.same}/${entry.total}, 表格 ${cells.same}/${cells.total}, 合计 ${((100 * (entry.same + cells.same)) / (entry.total + cells.total)).toFixed(1)}%`,
			);
			const parsed = finalAccountsSchemaFor(SHANGHAI).safeParse(draft.finalAccounts);
			expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).filter((p) => p.startsWith('tables'))).toEqual([]);
		},
	);
});

test('a seed printed to PDF by Chromium drafts exactly what its text drafts', { timeout: 180_000 }, async () => {
	const source = readFileSync(join(CONTENT, 'wutongqiao-shebao/2024/source.txt'), 'utf8');
	const { text, pages, layout } = await pdfText(await printTextPdf(source));
	expect(pages).toBeGreaterThan(20);
	const fromPdf = importText(text, layout);
	const fromText = importText(source);
	expect(fromPdf.finalAccounts).toEqual(fromText.finalAccounts);
	// The seven 项目支出绩效自评表 too: the flat text reads the same whether the lines came from a PDF or a text.
	expect(fromPdf.performance).toEqual(fromText.performance);
	expect(fromPdf.organisation).toEqual(fromText.organisation);
	expect(fromText.organisation).toEqual([{ divisionKinds: [{ kind: '股室', count: 8 }], where: '第一部分 机构设置' }]);
	expect(fromPdf.sections.map((s) => s.id)).toEqual(fromText.sections.map((s) => s.id));
});

/**
 * [seed, entry, 绩效 figures of the entry the PDF draft gives identically (at least), those only the text gives].
 * The seeds printed to PDF the way their DOCX prints them: the forms the export gives cell by cell (tabs, one
 * cell a line) as tables, so the grid reader finds the rows and columns by the words' positions (a clause whose
 * label and number a wrapped cell puts on two lines of one row is stated, "该项目" / "预算金额173246.00元"). 004's
 * one: a 一级指标 cell the export broke with a blank line ("决策" / "" / "40"), which the printer prints as two rows.
 */
const SEED_FORMS: readonly [string, string, number, string[]][] = [
	['seed 000', 'panzhihua-shebao/2025', 123, []],
	['seed 002', 'yanbian-shebao/2021', 32, []],
	['seed 004', 'kunming-wuhua-shebao/2024', 74, ['evaluations[0].scored.rows[0].level1Weight']],
];

describe.each(SEED_FORMS)('%s printed to PDF with its forms as tables', (_name, folder, pinned, onlyInText) => {
	test(
		'drafts the 绩效自评 forms from the positions, as the text does, and no figure the PDF does not print',
		{ timeout: 180_000 },
		async () => {
			const source = readFileSync(join(CONTENT, folder, 'source.txt'), 'utf8');
			const { text, layout } = await pdfText(await printTextPdf(source, 12, true));
			const fromPdf = importText(text, layout);
			const fromText = importText(source);
			const entry: unknown = parse(readFileSync(join(CONTENT, folder, 'performance.yaml'), 'utf8'));
			const p = accuracy(entry, fromPdf.performance ?? {}, provenanceOf(fromPdf, 'performance.yaml'));
			const t = accuracy(entry, fromText.performance ?? {}, provenanceOf(fromText, 'performance.yaml'));
			console.log(`${folder} pdf: 绩效 ${p.same}/${p.total} ${((100 * p.same) / p.total).toFixed(1)}%（文本 ${t.same}/${t.total}）`);
			expect(p.different).toEqual([]);
			expect(p.same).toBeGreaterThanOrEqual(pinned);
			expect(p.missing.filter((m) => !t.missing.includes(m)).map((m) => m.replace(/ = .*$/, ''))).toEqual(onlyInText);
			// Every figure both drafts hold is the same; each is printed in the PDF's own text.
			const pdfFigures = figureFields(fromPdf.performance);
			const disagree = [...figureFields(fromText.performance)].filter(([path, v]) => pdfFigures.has(path) && pdfFigures.get(path) !== v);
			expect(disagree).toEqual([]);
			expect(
				figuresNotInSource(
					{ finalAccounts: fromPdf.finalAccounts as never, performance: fromPdf.performance as never, staffing: [] },
					text,
				),
			).toEqual([]);
			// Each figure cites the PDF text's line it is printed on (a number may run onto the next line).
			const lines = text.split('\n');
			for (const at of fromPdf.performancePlacements) {
				const around = `${lines[at.line - 1]}${lines[at.line] ?? ''}`.replace(/[\s,]/g, '');
				expect(around, `${at.path} 第 ${at.line} 行`).toContain(at.printed.replace(/,/g, ''));
			}
		},
	);
});
