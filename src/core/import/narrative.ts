/**
 * The narrative of a 部门决算 as safe MDX: each template part in its own `<Section id>`, PDF line breaks re-joined
 * into paragraphs, the printed "（图 1：…）" placeholders as `<Figure no="1" />`, and every character MDX would
 * read as syntax escaped, so the text passes the narrative safety check (src/core/mdx-safety.ts) as plain text.
 */
import { lineAt, type SourceText } from './text.ts';
import type { SectionRange } from './sections.ts';

/** Markdown/MDX syntax characters; a backslash makes each one literal text. */
const SYNTAX = /[\\`*_[\]<>{}#|~&!]/g;
/** A new paragraph starts at a numbered heading or item. */
const STARTS_PARAGRAPH =
	/^(?:第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|附件\d*|附表\d*)/;
const ENDS_PARAGRAPH = /[。！？：:；]$/;
const FIGURE = /^[（(]图\s*(\d)\s*[:：][^）)]*[）)](?:[（(][^）)]*[）)]?)?$/;
const NOISE = /\[bookmark:[^\]]*\]/g;
/** Page numbers of the printed document ("- 31 -", "3") are layout, not text. */
const PAGE_NUMBER = /^[-－—]?\s*\d{1,3}\s*[-－—]?$/;

/** Escapes one paragraph of printed text for MDX. */
export function escapeMdx(text: string): string {
	const escaped = text.replace(SYNTAX, (c) => `\\${c}`);
	// "1." or "-" at the start of a paragraph would become a list: keep the printed numbering as text.
	return escaped.replace(/^(\d+)\./, '$1\\.').replace(/^([-+=])/, '\\$1');
}

/** A short numbered line without sentence punctuation is a heading ("一、主要职责", "（一）办公室"). */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。，,；;：:]{1,28}$/;

/**
 * Joins printed lines into paragraphs. A PDF breaks lines mid-sentence and marks no paragraph, so a paragraph
 * ends at a heading or numbered item, or after a line that ends a sentence and stops short of the full width.
 */
export function paragraphs(lines: readonly string[]): Paragraph[] {
	const clean = lines
		.map((raw) =>
			raw
				.replace(NOISE, '')
				.replace(/[\s\u3000]+/g, ' ')
				.trim(),
		)
		.filter((l) => l && !PAGE_NUMBER.test(l));
	const widths = clean.map((l) => [...l].length).sort((a, b) => a - b);
	const full = widths[Math.floor(widths.length * 0.75)] ?? 0;
	const out: Paragraph[] = [];
	let current = '';
	let count = 0;
	let lastWidth = 0;
	const short = () => lastWidth < full * 0.85;
	const heading = () => count === 1 && short() && HEADING.test(current);
	for (const line of clean) {
		if (
			current &&
			(STARTS_PARAGRAPH.test(line) || (ENDS_PARAGRAPH.test(current) && short()) || heading() || FIGURE.test(line.replace(/\s/g, '')))
		) {
			out.push({ text: current, heading: heading() });
			current = '';
			count = 0;
		}
		current += line;
		count += 1;
		lastWidth = [...line].length;
	}
	if (current) out.push({ text: current, heading: heading() });
	return out;
}

export interface Paragraph {
	text: string;
	/** A short numbered line standing alone: rendered as a heading. */
	heading: boolean;
}

/** One paragraph as MDX: a figure placeholder becomes the component, a heading a heading, the rest escaped text. */
function block({ text, heading }: Paragraph): string {
	const figure = FIGURE.exec(text.replace(/\s/g, ''));
	if (figure) return `<Figure no="${figure[1]}" />`;
	if (heading) return `${/^[（(]/.test(text) ? '####' : '###'} ${escapeMdx(text)}`;
	return escapeMdx(text);
}

/** The body lines of a section: from the line after its heading (or the heading line's tail) to the next part. */
function sectionLines(src: SourceText, range: SectionRange, next: SectionRange | undefined): string[] {
	const headingLine = lineAt(src, range.start);
	const bodyLine = lineAt(src, range.bodyStart);
	// Lines in reading order (two lines a PDF extraction printed in reverse come back in their printed order,
	// text.ts), from the body's first line to the line before the next part's heading.
	const from = src.order.indexOf(bodyLine);
	const to = next ? src.order.indexOf(lineAt(src, next.start)) : src.order.indexOf(lineAt(src, range.end - 1)) + 1;
	const numbers = src.order.slice(from, Math.max(to, from));
	const lines = numbers.map((n) => src.lines[n - 1]!);
	if (bodyLine === headingLine && numbers[0] === bodyLine) {
		// Heading and first sentence share a line: keep only what follows the heading.
		const heading = src.flat.slice(range.start, range.bodyStart);
		let seen = 0;
		const first = lines[0]!;
		let cut = first.length;
		for (let i = 0; i < first.length; i++) {
			if (/\s/.test(first[i]!)) continue;
			if (first[i] === heading[seen]) seen += 1;
			if (seen === heading.length) {
				cut = i + 1;
				break;
			}
		}
		lines[0] = first.slice(cut);
	}
	// Part headings of the document ("第二部分 2024年度部门决算情况说明") belong to no section's text.
	return lines.filter((l) => !/^\s*第[一二三四五六七八九十\d]+部分/.test(l.replace(NOISE, '')));
}

/** final-accounts.mdx for the sections found. */
export function narrativeMdx(src: SourceText, sections: readonly SectionRange[]): string {
	return sections
		.map((range, i) => {
			// The printed tables' layout is no narrative: their figures belong in `tables` (the report lists them).
			const body =
				range.id === 'appendixTables'
					? ''
					: paragraphs(sectionLines(src, range, sections[i + 1]))
							.map(block)
							.join('\n\n');
			return `<Section id="${range.id}">\n\n${body}\n\n</Section>\n`;
		})
		.join('\n');
}
