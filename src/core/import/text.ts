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
	/**
	 * The lines (1-based) in the order `flat` reads them: source order, except two lines pdftotext printed in
	 * reverse, put back by `readingOrder` (each keeps its own line number, so provenance still cites it).
	 */
	order: readonly number[];
}

/** Extraction noise of the seeds ("[bookmark: _Toc123]"), never part of the printed text. */
export const NOISE = /\[bookmark:[^\]]*\]/g;
const SPACE = /[\s\u00a0\u3000\f]/;
const CELL = /[\d.%]/;

/**
 * Splits source text into lines (LF, CRLF or CR) and builds its flat form. With `phrases` (template sentence
 * pieces, see `readingOrder`), two lines a PDF extraction printed in reverse are read in their printed order.
 */
export function sourceText(text: string, phrases: readonly RegExp[] = []): SourceText {
	const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
	const order = phrases.length ? readingOrder(lines, phrases) : lines.map((_, i) => i + 1);
	const chars: string[] = [];
	const where: number[] = [];
	let pendingSpace = false;
	for (const n of order) {
		const i = n - 1;
		const line = lines[i]!.replace(NOISE, (m) => ' '.repeat(m.length));
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
	}
	return { lines, flat: chars.join(''), lineOf: Uint32Array.from(where), order };
}

/** A line as the flat text joins it: no spaces, no extraction noise. */
const squeezed = (line: string) => line.replace(NOISE, '').replace(/[\s\u00a0\u3000\f]+/g, '');

/** Matches of each phrase (global regular expressions) in a text. */
const counts = (text: string, phrases: readonly RegExp[]) => phrases.map((re) => [...text.matchAll(re)].length);

/**
 * The order to read the lines in. pdftotext sometimes prints the two lines of a paragraph's piece in reverse
 * (corpus 01: "603.14万元，占20.51%；" above "本年支出合计…项目支出"). Two neighbouring text lines A, B (blank
 * lines between them skipped) are read as B, A only when that completes a template sentence piece — one of
 * `phrases` ("项目支出NUM万元，占NUM%", "支出决算为NUM万元" …) matches more often in the text around them (the
 * text line before A, B, A, the text line after B) than in the printed order, and no phrase matches less often.
 * Lines whose order changes nothing a template says stay as printed: the order is never guessed.
 */
export function readingOrder(lines: readonly string[], phrases: readonly RegExp[]): number[] {
	const global = phrases.map((re) => (re.global ? re : new RegExp(re.source, `${re.flags}g`)));
	const order = lines.map((_, i) => i + 1);
	const text = order.filter((n) => squeezed(lines[n - 1]!) !== '');
	const at = (k: number) => (k >= 0 && k < text.length ? squeezed(lines[text[k]! - 1]!) : '');
	for (let k = 0; k + 1 < text.length; k++) {
		const [before, a, b, after] = [at(k - 1), at(k), at(k + 1), at(k + 2)];
		const printed = counts(before + a + b + after, global);
		const swapped = counts(before + b + a + after, global);
		if (!swapped.some((c, i) => c > printed[i]!) || swapped.some((c, i) => c < printed[i]!)) continue;
		const [x, y] = [text[k]!, text[k + 1]!];
		// B takes A's place and A B's; blank lines between them keep theirs.
		order[x - 1] = y;
		order[y - 1] = x;
		[text[k], text[k + 1]] = [y, x];
		k += 1; // a line is moved at most once
	}
	return order;
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
