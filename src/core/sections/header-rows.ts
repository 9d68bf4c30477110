/**
 * The header rows of a table whose columns are grouped (本年支出 › 基本支出, 财政拨款“三公”经费 › 公务接待费 › 决算数):
 * one `<tr>` per level, a group spanning its columns, every leaf on the bottom row. Top-level groups are column
 * groups (`<colgroup>` + `scope="colgroup"`); deeper cells use `scope="col"`, which covers the columns they span.
 */

export interface HeaderCell {
	text: string;
	colspan: number;
	rowspan: number;
	scope: 'col' | 'colgroup';
	/** The first data column the cell covers (0 = first after the row-header column; -1 = the row-header column). */
	start: number;
	/** A leaf names one column; a group names several levels of them. */
	leaf: boolean;
}

export interface HeaderGrid {
	rows: HeaderCell[][];
	/** Widths of the column groups after the row-header column: one per top-level header cell. */
	colgroups: number[];
}

interface Placed {
	text: string;
	id: string;
	top: number;
	bottom: number;
	leaf: boolean;
}

/** Where each header of a column path sits: groups on their own level, the last group reaching down to the leaf row. */
function place(path: readonly string[], depth: number): Placed[] {
	return path.map((text, k) => {
		const leaf = k === path.length - 1;
		const top = leaf ? (path.length === 1 ? 0 : depth - 1) : k;
		const bottom = leaf ? depth - 1 : k === path.length - 2 ? depth - 2 : k;
		return { text, id: JSON.stringify(path.slice(0, k + 1)), top, bottom, leaf };
	});
}

/** The header grid of a row-header column and data columns given by their header paths (outermost first). */
export function headerGrid(rowHeader: string, columnPaths: readonly (readonly string[])[]): HeaderGrid {
	const depth = Math.max(1, ...columnPaths.map((p) => p.length));
	const placed = columnPaths.map((p) => place(p, depth));
	const rows: HeaderCell[][] = [];
	for (let level = 0; level < depth; level += 1) {
		const row: (HeaderCell & { id: string })[] = [];
		placed.forEach((cells, j) => {
			const c = cells.find((x) => x.top === level);
			if (!c) return;
			const prev = row.at(-1);
			if (prev && !c.leaf && prev.id === c.id && prev.rowspan === c.bottom - c.top + 1 && prev.start + prev.colspan === j)
				prev.colspan += 1;
			else row.push({ text: c.text, id: c.id, colspan: 1, rowspan: c.bottom - c.top + 1, scope: 'col', start: j, leaf: c.leaf });
		});
		rows.push(row.map(({ id: _id, ...cell }) => ({ ...cell, scope: level === 0 && !cell.leaf && cell.colspan > 1 ? 'colgroup' : 'col' })));
	}
	rows[0]!.unshift({ text: rowHeader, colspan: 1, rowspan: depth, scope: 'col', start: -1, leaf: true });
	return { rows, colgroups: rows[0]!.slice(1).map((c) => c.colspan) };
}
