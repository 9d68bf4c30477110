/**
 * The data behind 图1–7 where the document prints it (002 ends with each chart's data sheet: "图4：…", a series
 * name, then one tab-separated row of k labels followed by k values) → `printedFigures`, in document order.
 */
import { put, putText, type Draft } from './draft.ts';
import { numberValue, type SourceText } from './text.ts';

const TITLE = /^\s*图\s*([1-7])\s*[：:]\s*(.+?)\s*$/;
const NUMBER = /^-?\d[\d,]*(?:\.\d+)?%?$/;

/** Flat-text offset of the n-th occurrence of `printed` on a source line (for provenance and the report). */
function offsetOnLine(src: SourceText, line: number, printed: string, nth: number): number | undefined {
	const first = src.lineOf.indexOf(line);
	if (first < 0) return undefined;
	let end = first;
	while (end < src.lineOf.length && src.lineOf[end] === line) end++;
	let at = first - 1;
	for (let k = 0; k <= nth; k++) {
		at = src.flat.indexOf(printed, at + 1);
		if (at < 0 || at >= end) return undefined;
	}
	return at;
}

export function readPrintedFigures(src: SourceText, draft: Draft): void {
	let i = 0;
	src.lines.forEach((text, index) => {
		const title = TITLE.exec(text);
		if (!title) return;
		for (let j = index + 1; j < Math.min(src.lines.length, index + 8); j++) {
			if (TITLE.test(src.lines[j]!)) return;
			const cells = src.lines[j]!.split('\t')
				.map((c) => c.trim())
				.filter(Boolean);
			const k = cells.length / 2;
			if (!Number.isInteger(k) || k < 1 || !cells.slice(k).every((c) => NUMBER.test(c)) || cells.slice(0, k).some((c) => NUMBER.test(c)))
				continue;
			const path = ['printedFigures', i] as const;
			put(draft, [...path, 'no'], {
				value: Number(title[1]),
				printed: title[1]!,
				offset: offsetOnLine(src, index + 1, title[1]!, 0) ?? 0,
				line: index + 1,
			});
			putText(draft, [...path, 'title'], title[2]!.replace(/[（(]单位[^）)]*[）)]/, ''));
			const series = src.lines
				.slice(index + 1, j)
				.reverse()
				.find((l) => l.trim() && !/单位/.test(l));
			putText(draft, [...path, 'seriesLabel'], series?.trim());
			cells.slice(0, k).forEach((label, n) => putText(draft, [...path, 'labels', n], label));
			const seen = new Map<string, number>();
			cells.slice(k).forEach((cell, n) => {
				const printed = cell.replace(/%$/, '');
				const nth = seen.get(printed) ?? 0;
				seen.set(printed, nth + 1);
				const offset = offsetOnLine(src, j + 1, printed, nth);
				if (offset !== undefined) put(draft, [...path, 'values', n], { value: numberValue(printed), printed, offset, line: j + 1 });
			});
			i += 1;
			return;
		}
	});
}
