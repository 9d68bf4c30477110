/**
 * Where each printed word stands: the lines of source.txt as tokens with a horizontal extent, so a table row's
 * numbers can be given to columns by position. From a PDF the extents are the text items' x and width (points,
 * from pdfjs); from a layout-preserving .txt (pdftotext -layout) they are character offsets. Both are read by
 * the same table reader (`tables.ts`); only the scale differs, and `size` carries it.
 */

/** One word or number as printed: its text and horizontal extent on its line. */
export interface Token {
	text: string;
	x0: number;
	x1: number;
}

/** One line of source.txt with its tokens, left to right. */
export interface LayoutLine {
	/** Line of source.txt (1-based). */
	line: number;
	/** Page (1-based; a form feed starts a page in text). */
	page: number;
	/** Vertical position, growing down the document (pages stacked): PDF points, or the line index for text. */
	y: number;
	/** Font size in the same unit as x and y (1 for text: one character, one line). */
	size: number;
	tokens: Token[];
}

/**
 * Tokens of a layout-preserving text line: runs of non-space characters at their character offset. The form feed
 * pdftotext writes before a page's first line takes no column of that page: offsets are counted without it.
 */
export function textLayout(lines: readonly string[]): LayoutLine[] {
	let page = 1;
	return lines.map((raw, i) => {
		if (raw.includes('\f')) page += 1;
		const text = raw.replace(/\f/g, '');
		const tokens: Token[] = [];
		for (const m of text.matchAll(/[^\s\u00a0\u3000]+/g)) tokens.push({ text: m[0], x0: m.index, x1: m.index + m[0].length });
		return { line: i + 1, page, y: i, size: 1, tokens };
	});
}

/** A line's text with its spaces removed (titles and labels are compared this way). */
export const joined = (line: LayoutLine): string => line.tokens.map((t) => t.text).join('');
