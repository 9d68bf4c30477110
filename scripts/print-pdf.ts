/**
 * Prints a plain text as a PDF with Chromium (the way a clerk's office exports a document), for the importer's
 * PDF tests and its timing in `npm run bench`. One source line per paragraph; A4, the CJK font of the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml } from '../src/core/html.ts';
import { launchChromium } from './chromium.ts';

/** The PDF bytes of an HTML page printed on A4. */
export async function printHtmlPdf(html: string): Promise<Uint8Array> {
	const profile = mkdtempSync(join(tmpdir(), 'gongkai-print-'));
	const context = await launchChromium(profile);
	try {
		const page = await context.newPage();
		await page.setContent(html);
		return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' } }));
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

/** Extraction noise a form's cell may carry ("[bookmark: _GoBack]\t名称"): never printed. */
const NOISE = /\[bookmark:[^\]]*\]\t?/g;

/**
 * The text as printed paragraphs and, with `forms`, its forms as tables the way the DOCX they were exported
 * from prints them: a line of tab-separated cells is a row, a block of one-cell lines ("\t项目名称", a wrapped
 * cell going on without the tab) up to a blank line is a row, consecutive rows are one table (a block row with
 * fewer cells than the table's widest row is short of the merged cells on its left; one printing a single cell
 * is a title across the table). Cells are
 * top-aligned (Word's default) and padded, so a cell's wrapped lines sit closer than the next row.
 */
export function documentHtml(text: string, fontSize = 12, forms = false): string {
	const body: string[] = [];
	let table: { cells: string[]; block?: boolean }[] = [];
	let block: string[] | undefined;
	const closeBlock = () => {
		if (block) table.push({ cells: block, block: true });
		block = undefined;
	};
	const closeTable = () => {
		closeBlock();
		// A block row short of the table's width lacks the merged cells on its left ("合计" under 项目资金（万元）).
		const width = Math.max(...table.map((r) => r.cells.length));
		const row = (r: (typeof table)[number]) => [...Array<string>(r.block ? width - r.cells.length : 0).fill(''), ...r.cells];
		// A block row printing one cell is the form's title across the table.
		const tr = (r: (typeof table)[number]) => {
			const printed = r.cells.filter((c) => c.trim());
			if (r.block && printed.length === 1) return `<tr><td colspan="${width}">${escapeHtml(printed[0]!.trim())}</td></tr>`;
			return `<tr>${row(r)
				.map((c) => `<td>${escapeHtml(c.trim())}</td>`)
				.join('')}</tr>`;
		};
		if (table.length) body.push(`<table>${table.map(tr).join('')}</table>`);
		table = [];
	};
	for (const raw of text.split(/\r?\n/)) {
		const line = forms ? raw.replace(NOISE, '') : raw;
		const parts = line.split('\t');
		if (forms && (parts.length > 2 || (parts.length === 2 && parts[0]!.trim()))) {
			closeBlock();
			table.push({ cells: parts });
		} else if (forms && parts.length === 2) {
			(block ??= []).push(parts[1]!);
		} else if (forms && block?.length && line.trim()) {
			block[block.length - 1] += line;
		} else if (!line.trim()) {
			closeBlock();
		} else {
			closeTable();
			body.push(`<p>${escapeHtml(line.trim())}</p>`);
		}
	}
	closeTable();
	return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
		body { font: ${fontSize}pt/1.6 "WenQuanYi Micro Hei", sans-serif; margin: 0; }
		p { margin: 0 0 0.4em; }
		table { border-collapse: collapse; width: 100%; margin: 0 0 0.8em; font-size: 9pt; line-height: 1.3; }
		td { border: 0.5pt solid #000; padding: 3pt 8pt; vertical-align: top; text-align: left; }
	</style><body>${body.join('\n')}</body></html>`;
}

/**
 * The PDF bytes of `text` printed on A4 pages (`fontSize` in pt sets how many pages it takes); with `forms`, the
 * forms a DOCX export prints cell by cell are printed as tables (documentHtml).
 */
export async function printTextPdf(text: string, fontSize = 12, forms = false): Promise<Uint8Array> {
	return printHtmlPdf(documentHtml(text, fontSize, forms));
}
