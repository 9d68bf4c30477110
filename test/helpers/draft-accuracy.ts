/**
 * How close a draft is to the hand-checked entry: the share of the entry's structured figures that the draft
 * holds with the same value in the same field. Lists are compared by index, except statedAmounts (the 说明's and
 * every evaluation's in performance.yaml): their labels are the clerk's own description, not the field, so an
 * item of the entry is drafted in the same field when the draft's list at the same path has
 * - an item with its label (the n-th of a repeated label, `label#n`), or else
 * - the same printed occurrence: the entry's value with its unit (its `printedAs`, when the clerk wrote one) is
 *   printed exactly once in its section's lines (in the whole text for an item without a section, as in
 *   performance.yaml), and the draft has an item not yet matched, after the last one matched (one-to-one, in the
 *   entry's order), with the same section, amount and unit, whose provenance line (the sidecar's line of
 *   source.txt, `Provenance`) is that line, its printed number part of the entry's printedAs.
 * A value that only equals another figure (another line, unit or section, or a value printed there twice: which
 * one did the clerk take?) does not count; without provenance only labels match. A drafted item with the entry's
 * label and another value is a difference.
 */

/** Keys whose numbers order or date things rather than print figures (as in src/core/source-figures.ts). */
const NOT_FIGURES = new Set(['year', 'no']);

type Stated = { label?: unknown; amount?: unknown; unit?: unknown; section?: unknown };

const isStatedList = (path: string, node: unknown[]) =>
	/(?:^|\.)statedAmounts$/.test(path) && node.every((v) => v && typeof v === 'object' && 'label' in v);

/** `label`, or `label#n` for the n-th item of a repeated label. */
const labelKeys = (items: readonly Stated[]) =>
	items.map((v, i) => {
		const n = items.slice(0, i).filter((w) => w.label === v.label).length;
		return n ? `${String(v.label)}#${n + 1}` : String(v.label);
	});

/**
 * Every numeric leaf of a YAML document by its field path; a statedAmounts item by its label key, or by the key
 * `keys` gives it (the entry's key of the item it was matched to).
 */
export function figureFields(
	node: unknown,
	path = '',
	out = new Map<string, number>(),
	keys?: ReadonlyMap<unknown, string>,
): Map<string, number> {
	if (typeof node === 'number') out.set(path, node);
	else if (Array.isArray(node)) {
		const named = isStatedList(path, node) ? labelKeys(node as Stated[]) : undefined;
		node.forEach((v, i) => figureFields(v, `${path}[${keys?.get(v) ?? named?.[i] ?? i}]`, out, keys));
	} else if (node && typeof node === 'object') {
		for (const [k, v] of Object.entries(node)) if (!NOT_FIGURES.has(k)) figureFields(v, path ? `${path}.${k}` : k, out, keys);
	}
	return out;
}

/** Where the draft's figures were printed, as the importer's sidecar (import-provenance.json) records them. */
export interface Provenance {
	/** Line of source.txt of each drafted figure, by its path in the draft (`statedAmounts[3].amount`). */
	lineOf: ReadonlyMap<string, number>;
	/** The number as printed ("713"), by the same path. */
	printed: ReadonlyMap<string, string>;
	/** The lines of source.txt. */
	lines: readonly string[];
	/** First and last line of each section of the 说明 (`overview` …), for items that name their section. */
	sections: ReadonlyMap<string, readonly [number, number]>;
}

/** The provenance of an import result's final-accounts.yaml or performance.yaml. */
export function provenanceOf(
	result: {
		placements: readonly { path: string; line: number; printed: string }[];
		performancePlacements: readonly { path: string; line: number; printed: string }[];
		sections: readonly { id: string; start: number; end: number }[];
		src: { lines: readonly string[]; lineOf: Uint32Array };
	},
	file: 'final-accounts.yaml' | 'performance.yaml',
): Provenance {
	const placements = file === 'final-accounts.yaml' ? result.placements : result.performancePlacements;
	return {
		lineOf: new Map(placements.map((p) => [p.path, p.line])),
		printed: new Map(placements.map((p) => [p.path, p.printed])),
		lines: result.src.lines,
		sections: new Map(result.sections.map((s) => [s.id, [result.src.lineOf[s.start]!, result.src.lineOf[s.end - 1]!] as const])),
	};
}

const squeeze = (line: string | undefined) => (line ?? '').replace(/\[bookmark:[^\]]*\]/g, '').replace(/[\s\u00a0\u3000\f]+/g, '');

/**
 * The lines of [from, to] that print an entry's item, once per occurrence: its `printedAs` ("713万余元"), or its
 * amount followed by its unit (万元 when none; "2000余件" with the qualifier between). A number may run onto the
 * next line; it is counted on the line it starts on.
 */
function occurrences(lines: readonly string[], from: number, to: number, item: Stated & { printedAs?: unknown }): number[] {
	const unit = String(item.unit ?? '万元');
	const out: number[] = [];
	for (let n = from; n <= to; n++) {
		const head = squeeze(lines[n - 1]);
		const text = head + squeeze(lines[n]);
		if (typeof item.printedAs === 'string') {
			const printed = squeeze(item.printedAs);
			for (let at = text.indexOf(printed); at >= 0 && at < head.length; at = text.indexOf(printed, at + 1)) out.push(n);
			continue;
		}
		for (const m of text.matchAll(/(?<![\d.])\d[\d,]*(?:\.\d+)?/g)) {
			if (m.index >= head.length || Number(m[0].replace(/,/g, '')) !== item.amount) continue;
			const after = text.slice(m.index + m[0].length).replace(/^余/, '');
			if (after.startsWith(unit) || (unit.startsWith('万') && after.startsWith(`万余${unit.slice(1)}`))) out.push(n);
		}
	}
	return out;
}

/** Matches statedAmounts items the labels leave apart by their printed occurrence (see the comment at the top). */
function matchByOccurrence(committed: unknown, draft: unknown, provenance: Provenance, path = '', keys = new Map<unknown, string>()) {
	if (Array.isArray(committed) && Array.isArray(draft)) {
		if (isStatedList(path, committed) && isStatedList(path, draft)) {
			const want = committed as (Stated & { printedAs?: unknown })[];
			const got = draft as Stated[];
			const wantKeys = labelKeys(want);
			const gotKeys = labelKeys(got);
			const free = got.map((_, i) => i).filter((i) => !wantKeys.includes(gotKeys[i]!));
			let after = -1;
			want.forEach((item, w) => {
				if (gotKeys.includes(wantKeys[w]!) || typeof item.amount !== 'number') return;
				const range = typeof item.section === 'string' ? provenance.sections.get(item.section) : [1, provenance.lines.length];
				const printed = range && occurrences(provenance.lines, range[0], range[1], item);
				if (printed?.length !== 1) return; // not printed there, or printed more than once: which one is the clerk's?
				const i = free.find((d) => {
					const mine = got[d]!;
					const at = provenance.lineOf.get(`${path}[${d}].amount`);
					return (
						d > after &&
						at === printed[0] &&
						mine.section === item.section &&
						mine.amount === item.amount &&
						(mine.unit ?? '万元') === (item.unit ?? '万元') &&
						(typeof item.printedAs !== 'string' || squeeze(item.printedAs).includes(provenance.printed.get(`${path}[${d}].amount`) ?? '\0'))
					);
				});
				if (i === undefined) return;
				keys.set(got[i], wantKeys[w]!);
				free.splice(free.indexOf(i), 1);
				after = i;
			});
		} else committed.forEach((v, i) => matchByOccurrence(v, draft[i], provenance, `${path}[${i}]`, keys));
	} else if (committed && typeof committed === 'object' && draft && typeof draft === 'object') {
		for (const [k, v] of Object.entries(committed))
			matchByOccurrence(v, (draft as Record<string, unknown>)[k], provenance, path ? `${path}.${k}` : k, keys);
	}
	return keys;
}

export interface Accuracy {
	/** Figures of the entry. */
	total: number;
	/** Of those, drafted with the same value in the same field. */
	same: number;
	/** Drafted in a field the entry has, with another value. */
	different: string[];
	/** The entry's fields the draft left empty. */
	missing: string[];
}

/** Compares a draft document with the committed one; with the draft's provenance, statedAmounts by occurrence too. */
export function accuracy(committed: unknown, draft: unknown, provenance?: Provenance): Accuracy {
	const want = figureFields(committed);
	const got = figureFields(draft, '', new Map(), provenance ? matchByOccurrence(committed, draft, provenance) : undefined);
	const out: Accuracy = { total: want.size, same: 0, different: [], missing: [] };
	for (const [path, value] of want) {
		if (got.get(path) === value) out.same += 1;
		else if (got.has(path)) out.different.push(`${path}: 条目 ${value}，草稿 ${got.get(path)}`);
		else out.missing.push(`${path} = ${value}`);
	}
	return out;
}

/** Percent with one decimal, for pinning. */
export const share = (a: Pick<Accuracy, 'same' | 'total'>) => (a.total ? Math.floor((1000 * a.same) / a.total) / 10 : 0);

/** How the typed tables of a draft compare with the entry's, cell by cell (table, side, row key, column). */
export interface CellAccuracy {
	/** The entry's printed numbers in its tables. */
	total: number;
	/** Of those, drafted with the same value in the same table, side, row and column. */
	same: number;
	/** Cells the draft fills with another value, or fills where the entry's cell is blank (~). */
	different: string[];
	/** The entry's numbers the draft does not hold (its row was not read). */
	missing: string[];
	/** The entry's blank cells the draft also leaves blank. */
	blankSame: number;
	/** Rows the draft has that the entry does not (table.side.key). */
	extraRows: string[];
}

type Rows = Record<string, unknown>;

/** Rows of each side of each table, keyed `table.side.rowKey`, values from the third cell on. */
function cellsOf(tables: unknown): Map<string, unknown[]> {
	const out = new Map<string, unknown[]>();
	for (const [id, table] of Object.entries((tables ?? {}) as Record<string, Rows>)) {
		for (const [side, rows] of Object.entries(table ?? {})) {
			if (side === 'notes' || !Array.isArray(rows)) continue;
			for (const row of rows as unknown[][]) out.set(`${id}.${side}.${String(row[0])}`, row.slice(2));
		}
	}
	return out;
}

/** Compares the `tables:` of a draft with the entry's, cell by cell. */
export function cellAccuracy(committedTables: unknown, draftTables: unknown): CellAccuracy {
	const want = cellsOf(committedTables);
	const got = cellsOf(draftTables);
	const out: CellAccuracy = {
		total: 0,
		same: 0,
		different: [],
		missing: [],
		blankSame: 0,
		extraRows: [...got.keys()].filter((k) => !want.has(k)),
	};
	for (const [row, cells] of want) {
		const mine = got.get(row);
		cells.forEach((value, c) => {
			const drafted = mine?.[c];
			if (typeof value === 'number') out.total += 1;
			if (typeof value === 'number' && drafted === value) out.same += 1;
			else if (value === null && mine && drafted === null) out.blankSame += 1;
			else if (mine && drafted !== undefined && drafted !== value) out.different.push(`${row}[${c}]: 条目 ${value}，草稿 ${drafted}`);
			else if (typeof value === 'number') out.missing.push(`${row}[${c}] = ${value}`);
		});
	}
	return out;
}

/** Rows both hold whose printed names differ (the entry's name null = the template's wording, not compared). */
export function namesDiffering(committedTables: unknown, draftTables: unknown): string[] {
	const names = (tables: unknown) => {
		const out = new Map<string, unknown>();
		for (const [id, table] of Object.entries((tables ?? {}) as Record<string, Rows>)) {
			for (const [side, rows] of Object.entries(table ?? {}))
				if (side !== 'notes' && Array.isArray(rows))
					for (const row of rows as unknown[][]) out.set(`${id}.${side}.${String(row[0])}`, row[1]);
		}
		return out;
	};
	const got = names(draftTables);
	return [...names(committedTables)]
		.filter(([row, name]) => name !== null && got.has(row) && got.get(row) !== name)
		.map(([row, name]) => `${row}: 条目“${name}”，草稿“${got.get(row)}”`);
}
