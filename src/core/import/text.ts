/**
 * A published document as text, and the same text "flattened" for matching template sentences: PDF line
 * breaks and the spaces a PDF puts between CJK runs are removed, so "848.90 万\n元" reads "848.90万元".
 * Every character of the flat text remembers its line in source.txt, which is what provenance cites.
 */

export interface SourceText {
	/** The lines of source.txt (1-based line n is lines[n - 1]). */
	lines: readonly string[];
	/** The flat text: no line breaks, no spaces except one between two numbers ("6.64 11.20"). */
	flat: string;
	/** Source line (1-based) of each character of `flat`. */
	lineOf: Uint32Array;
}

/** Extraction noise of the seeds ("[bookmark: _Toc123]"), never part of the printed text. */
export const NOISE = /\[bookmark:[^\]]*\]/g;
const SPACE = /[\s\u00a0\u3000\f]/;
const CELL = /[\d.%]/;

/** Splits source text into lines (LF, CRLF or CR) and builds its flat form. */
export function sourceText(text: string): SourceText {
	const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
	const chars: string[] = [];
	const where: number[] = [];
	let pendingSpace = false;
	lines.forEach((raw, i) => {
		const line = raw.replace(NOISE, (m) => ' '.repeat(m.length));
		for (const ch of line) {
			if (SPACE.test(ch)) {
				pendingSpace = true;
				continue;
			}
			// A space survives only between two table cells ("20 20"), so cells never merge into one number.
			if (pendingSpace && chars.length && CELL.test(chars[chars.length - 1]!) && /[\d]/.test(ch)) {
				chars.push(' ');
				where.push(i + 1);
			}
			pendingSpace = false;
			chars.push(ch);
			where.push(i + 1);
		}
		pendingSpace = true;
	});
	return { lines, flat: chars.join(''), lineOf: Uint32Array.from(where) };
}

/** The source line of a position in the flat text. */
export function lineAt(src: SourceText, offset: number): number {
	return src.lineOf[Math.min(Math.max(offset, 0), src.lineOf.length - 1)] ?? 1;
}

/** A number as printed: its value, its text and where it stands. */
export interface PrintedNumber {
	value: number;
	printed: string;
	/** Offset in the flat text. */
	offset: number;
	line: number;
}

/** Parses a printed number ("1,550.82", "848.90", "0") to its value; thousands separators dropped. */
export function numberValue(printed: string): number {
	return Number(printed.replace(/,/g, ''));
}

/** Digits after the decimal point as printed ("848.90" → 2), so YAML can keep the printed precision. */
export function decimalsPrinted(printed: string): number {
	const i = printed.indexOf('.');
	return i < 0 ? 0 : printed.length - i - 1;
}

const NUMBER = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?(?![\d])/g;

/** Every number of the flat text between two offsets, in order. */
export function numbersIn(src: SourceText, start = 0, end = src.flat.length): PrintedNumber[] {
	const out: PrintedNumber[] = [];
	const slice = src.flat.slice(start, end);
	for (const m of slice.matchAll(NUMBER)) {
		const offset = start + m.index;
		out.push({ value: numberValue(m[0]), printed: m[0], offset, line: lineAt(src, offset) });
	}
	return out;
}
