/**
 * The text layer of a PDF as lines, in page and reading order, through pdfjs-dist (DESIGN §6): text items are
 * grouped into lines by their baseline and ordered left to right; a visible gap between two items (a table
 * column) becomes spaces, touching items join without one. Pages are separated by a form feed, as
 * `pdftotext -layout` does for the corpus texts.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LayoutLine, Token } from '../core/import/layout.ts';

interface Item {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

export class PdfTextError extends Error {}

/**
 * Reads every page's text; throws PdfTextError when the bytes are not a PDF pdfjs can open. `layout` holds, for
 * every line of `text`, its items' positions (points): the table reader assigns numbers to columns by them.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; layout: LayoutLine[] }> {
	// A copy: pdfjs takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer.
	const loading = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
	let doc;
	try {
		doc = await loading.promise;
	} catch (error) {
		await loading.destroy();
		throw new PdfTextError(error instanceof Error ? error.message : String(error));
	}
	try {
		const pages: string[] = [];
		const layout: LayoutLine[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items: Item[] = [];
			for (const it of content.items) {
				if (!('str' in it) || !it.str.trim()) continue;
				const [a, b, , , x, y] = it.transform as number[];
				items.push({ str: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!) || 10 });
			}
			const lines = lineItems(items);
			pages.push(lines.length ? lines.map(lineText).join('\n') : '');
			// Pages stacked top to bottom, so y grows down the whole document as lines do.
			const top = n * 10_000;
			if (!lines.length) layout.push({ line: layout.length + 1, page: n, y: top, size: 10, tokens: [] });
			for (const line of lines)
				layout.push({ line: layout.length + 1, page: n, y: top - line[0]!.y, size: line[0]!.size, tokens: line.flatMap(tokensOf) });
			page.cleanup();
		}
		return { text: pages.join('\n\f'), pages: doc.numPages, layout };
	} finally {
		await doc.cleanup();
		await loading.destroy();
	}
}

/** Groups items into lines (same baseline within a third of the font size), top to bottom, left to right. */
function lineItems(items: readonly Item[]): Item[][] {
	const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
	const lines: Item[][] = [];
	for (const item of sorted) {
		const line = lines.at(-1);
		if (line && Math.abs(line[0]!.y - item.y) <= line[0]!.size / 3) line.push(item);
		else lines.push([item]);
	}
	for (const line of lines) line.sort((p, q) => p.x - q.x);
	return lines;
}

/** An item's words with their share of its width (an item may hold "2,106.66   2,106.66"). */
function tokensOf(item: Item): Token[] {
	const perChar = item.width / Math.max(1, item.str.length);
	return [...item.str.matchAll(/\S+/g)].map((m) => ({
		text: m[0],
		x0: item.x + m.index * perChar,
		x1: item.x + (m.index + m[0].length) * perChar,
	}));
}

/** The lines of a page's items as text. */
export function pageLines(items: readonly Item[]): string[] {
	return lineItems(items).map(lineText);
}

/** One line's text: a visible gap between two items (a table column) becomes spaces. */
function lineText(line: readonly Item[]): string {
	let text = '';
	let right = -Infinity;
	for (const item of line) {
		const gap = item.x - right;
		// A gap wider than one character is a column or an indent in the printed layout.
		if (text && gap > item.size * 0.9) text += ' '.repeat(Math.min(8, Math.max(2, Math.round(gap / item.size))));
		else if (text && gap > item.size * 0.2 && /[\d.%]$/.test(text) && /^\d/.test(item.str)) text += ' ';
		text += item.str;
		right = item.x + item.width;
	}
	return text;
}
