/** Small constructors that keep the template files readable: a column, a side, a code-keyed side. */
import type { CodeRows, ColumnKind, ColumnSpec, ColumnSum, LineSpec, LineSum, SideSpec } from './types.ts';

/** An amount column (the most common kind). */
export const amount = (key: string, name: string, group?: readonly string[]): ColumnSpec => ({
	key,
	name,
	kind: 'amount',
	...(group ? { group } : {}),
});

/** A column of another kind. */
export const column = (key: string, name: string, kind: ColumnKind, group?: readonly string[]): ColumnSpec => ({
	key,
	name,
	kind,
	...(group ? { group } : {}),
});

/** Fixed lines from `[key, name]` pairs. */
export const lines = (...pairs: (readonly [string, string])[]): LineSpec[] => pairs.map(([key, name]) => ({ key, name }));

interface SideInput {
	key?: string;
	name?: string;
	columns: readonly ColumnSpec[];
	codes?: CodeRows;
	lines?: readonly LineSpec[];
	lineSums?: readonly LineSum[];
	columnSums?: readonly ColumnSum[];
}

/** A side with defaults: key `rows`, no name, no lines, no sums. */
export function side(input: SideInput): SideSpec {
	return {
		key: input.key ?? 'rows',
		name: input.name ?? '',
		columns: input.columns,
		...(input.codes ? { codes: input.codes } : {}),
		lines: input.lines ?? [],
		lineSums: input.lineSums ?? [],
		columnSums: input.columnSums ?? [],
	};
}

/** `total` = Σ parts (column keys), as a column identity. */
export const columnTotal = (total: string, parts: readonly string[]): ColumnSum => ({ left: [total], right: parts });

/**
 * The common shape of the 功能分类 tables (收入决算表, 支出决算表, 一般公共预算…): 类/款/项 rows plus a 合计 line
 * that is the sum of the 类 rows, and column identities inside every row.
 */
export function functionSide(columns: readonly ColumnSpec[], columnSums: readonly ColumnSum[]): SideSpec {
	return side({
		columns,
		codes: { scheme: 'function', maxLevel: 3 },
		lines: lines(['total', '合计']),
		lineSums: [{ total: 'total', parts: 'classes' }],
		columnSums,
	});
}
