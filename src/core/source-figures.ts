/**
 * Every figure of an entry should be printed in its source.txt: a number the source does not contain is
 * almost always a typing slip (issue 11, point 5). Numbers match as printed, allowing trailing zeros ("848.9"
 * is "848.90"), thousands separators ("1,550.82") and PDF line breaks inside a number ("848.\n90").
 */
import type { Disclosure } from './schema/disclosure.ts';

/** Keys whose numbers order or date things rather than print figures (名词解释 numbering, the year). */
const NOT_FIGURES = new Set(['year', 'no']);
/** Path of one row of a typed table (`finalAccounts.tables.<table>.<side>[i]`). */
const TABLE_ROW = /^finalAccounts\.tables\.\w+\.\w+\[\d+\]$/;

/** The printed data of an entry; 机构设置 is optional so a draft of one document can be checked alone. */
type EntryData = Pick<Disclosure, 'finalAccounts' | 'performance' | 'staffing'> & Partial<Pick<Disclosure, 'organisation'>>;

export interface EntryFigure {
	/** Dotted path in the entry, e.g. `finalAccounts.income.total`. */
	path: string;
	value: number;
}

/** Every number of an entry's printed data (documents, staffing and 机构设置), with its path. */
export function entryFigures(d: EntryData): EntryFigure[] {
	const out: EntryFigure[] = [];
	const walk = (node: unknown, path: string) => {
		if (typeof node === 'number') out.push({ path, value: node });
		// A typed table row is [科目编码或行键, 名称, 数值…]: its first cell is a key (a code the 总表 may not print).
		else if (Array.isArray(node)) node.forEach((v, i) => (i === 0 && TABLE_ROW.test(path) ? undefined : walk(v, `${path}[${i}]`)));
		else if (node && typeof node === 'object') {
			for (const [k, v] of Object.entries(node)) if (!NOT_FIGURES.has(k)) walk(v, `${path}.${k}`);
		}
	};
	walk(d.finalAccounts, 'finalAccounts');
	walk(d.performance, 'performance');
	walk(d.staffing, 'staffing');
	walk(d.organisation, 'organisation');
	return out;
}

/** Canonical text of a value: "848.90" and 848.9 both read "848.9". */
const canonical = (n: number) => String(n);

/**
 * The numbers a source prints, as canonical values. Two readings are merged: spaces removed (a number broken
 * over lines joins up) and spaces between table cells kept ("20 20" stays two numbers).
 */
export function printedValues(source: string): Set<string> {
	const text = source.replace(/(\d),(?=\d{3})/g, '$1');
	const joined = text.replace(/\s+/g, '');
	const cells = text.replace(/(?<=[\d.%])\s+(?=[\d.])/g, '\u0000').replace(/\s+/g, '');
	const values = new Set<string>();
	for (const variant of [joined, cells]) {
		for (const m of variant.matchAll(/\d+(?:\.\d+)?/g)) values.add(canonical(Number(m[0])));
	}
	return values;
}

/** Figures of the entry that its source does not print. */
export function figuresNotInSource(d: EntryData, source: string | Set<string>): EntryFigure[] {
	const printed = typeof source === 'string' ? printedValues(source) : source;
	return entryFigures(d).filter((f) => !printed.has(canonical(f.value)));
}
