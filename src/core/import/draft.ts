/**
 * A draft entry being filled: the data (plain YAML-ready objects) and, for every figure placed, where in the
 * source it was printed. A figure enters the draft only through `put`, with the number as printed, so the
 * draft can never hold a number the document does not print (issue 11, point 4).
 */
import { decimalsPrinted, lineAt, numberValue, type PrintedNumber, type SourceText } from './text.ts';

export type Path = readonly (string | number)[];

/** Where a drafted figure came from. */
export interface Placement {
	/** Dotted path in the document's YAML, e.g. `income.generalBudget.amount`. */
	path: string;
	value: number;
	/** The number as printed ("848.90"). */
	printed: string;
	/** Line of source.txt. */
	line: number;
	/** Offset in the flat text (to tell placed from unplaced numbers). */
	offset: number;
}

export interface NotUnderstood {
	section: string;
	line: number;
	text: string;
}

export interface Draft {
	data: Record<string, unknown>;
	placements: Placement[];
	notUnderstood: NotUnderstood[];
}

export const createDraft = (): Draft => ({ data: {}, placements: [], notUnderstood: [] });

/** Dotted path with array indices: `generalBudget.detail.items[3].amount`. */
export function pathText(path: Path): string {
	return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
	let node: Record<string | number, unknown> = root;
	path.forEach((key, i) => {
		if (i === path.length - 1) {
			node[key] = value;
			return;
		}
		const next = path[i + 1];
		node[key] ??= typeof next === 'number' ? [] : {};
		node = node[key] as Record<string | number, unknown>;
	});
}

/** Reads a value already drafted, or undefined. */
export function getAt(root: unknown, path: Path): unknown {
	return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

/** Places a printed number at a path (first placement wins: the draft never overwrites a figure). */
export function put(draft: Draft, path: Path, num: PrintedNumber | undefined): boolean {
	if (!num || getAt(draft.data, path) !== undefined) return false;
	setAt(draft.data, path, num.value);
	draft.placements.push({ path: pathText(path), value: num.value, printed: num.printed, line: num.line, offset: num.offset });
	return true;
}

/** Places text (names, reasons, directions); text is never a figure. */
export function putText(draft: Draft, path: Path, text: string | undefined): void {
	const t = text?.trim();
	if (t && getAt(draft.data, path) === undefined) setAt(draft.data, path, t);
}

/** Records a sentence the importer could not read, so the report lists it. */
export function notUnderstood(draft: Draft, src: SourceText, section: string, offset: number, text: string): void {
	draft.notUnderstood.push({ section, line: lineAt(src, offset), text: text.slice(0, 120) });
}

/** A printed number from a regex match group (needs the `d` flag); `base` is the match's offset in flat. */
export function numberAt(src: SourceText, m: RegExpExecArray, group: number, base: number): PrintedNumber | undefined {
	const printed = m[group];
	const span = m.indices?.[group];
	if (printed === undefined || !span) return undefined;
	const offset = base + span[0];
	return { value: numberValue(printed), printed, offset, line: lineAt(src, offset) };
}

export { decimalsPrinted };
