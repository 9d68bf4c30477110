/**
 * How close a draft is to the hand-checked entry: the share of the entry's structured figures that the draft
 * holds with the same value in the same field. Lists are compared by index, except statedAmounts (the 说明's and,
 * since issue 11's second performance pass, every evaluation's in performance.yaml), whose items are named by
 * their label, the n-th item of a repeated label as `label#n` (a clerk lists them in an order of his own; before,
 * a nested list was compared by index, so a drafted figure counted whatever its label). A drafted item with
 * the entry's label and another value is a difference.
 */

/** Keys whose numbers order or date things rather than print figures (as in src/core/source-figures.ts). */
const NOT_FIGURES = new Set(['year', 'no']);

/** Every numeric leaf of a YAML document by its field path. */
export function figureFields(node: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
	if (typeof node === 'number') out.set(path, node);
	else if (Array.isArray(node)) {
		node.forEach((v, i) => {
			const stated = /(?:^|\.)statedAmounts$/.test(path) && v && typeof v === 'object' && 'label' in v;
			let key: string | number = i;
			if (stated) {
				const label = String(v.label);
				const n = (node as unknown[]).slice(0, i).filter((w) => (w as { label?: unknown } | null)?.label === v.label).length;
				key = n ? `${label}#${n + 1}` : label;
			}
			figureFields(v, `${path}[${key}]`, out);
		});
	} else if (node && typeof node === 'object') {
		for (const [k, v] of Object.entries(node)) if (!NOT_FIGURES.has(k)) figureFields(v, path ? `${path}.${k}` : k, out);
	}
	return out;
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

/** Compares a draft document with the committed one. */
export function accuracy(committed: unknown, draft: unknown): Accuracy {
	const want = figureFields(committed);
	const got = figureFields(draft);
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
