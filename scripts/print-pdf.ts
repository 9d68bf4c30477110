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

/** The PDF bytes of `text` printed on A4 pages (`fontSize` in pt sets how many pages it takes). */
export async function printTextPdf(text: string, fontSize = 12): Promise<Uint8Array> {
	const lines = text
		.split(/\r?\n/)
		.filter((l) => l.trim())
		.map((l) => `<p>${escapeHtml(l.trim())}</p>`)
		.join('\n');
	return printHtmlPdf(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
		body { font: ${fontSize}pt/1.6 "WenQuanYi Micro Hei", sans-serif; margin: 0; }
		p { margin: 0 0 0.4em; }
	</style><body>${lines}</body></html>`);
}
