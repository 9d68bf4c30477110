/**
 * Like with like (issue #14 point 5): a per-unit figure goes into rankings, sorting and bars only when it
 * means the same thing for every unit. A score must be complete and out of 100 (score-scale.ts); an amount
 * must be in 万元 and be the figure the column names. Anything else is shown as printed, with the reason.
 */
import type { Disclosure } from './schema/disclosure.ts';
import type { Evaluation } from './schema/performance.ts';
import { pointsToNumber, sumPoints } from './rules/points.ts';
import { scoreOnScale } from './score-scale.ts';
import { templateFor } from './templates/index.ts';
import { NARRATIVE_CELLS, tableValue } from './templates/narrative-cells.ts';

/** A figure that was printed but is not compared: shown with `why`, never ranked, sorted among the others or drawn. */
export interface NotCompared {
	printed: number;
	/** Plain Chinese: why it is not compared. */
	why: string;
}

/** What a metric reads for one unit-year: a comparable number or 等次, a figure not compared, or nothing printed. */
export type Reading = number | string | NotCompared | undefined;

export const isNotCompared = (v: Reading): v is NotCompared => typeof v === 'object';

/**
 * An amount as the 说明 prints it, else as the typed table does. The 说明's figures are in 万元 by the schema;
 * a table the template prints in 元 holds another unit (stored as printed, DESIGN §1), so it is not compared.
 */
export function amountOf(d: Disclosure, path: keyof typeof NARRATIVE_CELLS & string, narrative: number | undefined): Reading {
	if (narrative !== undefined) return narrative;
	const cell = NARRATIVE_CELLS[path];
	const value = tableValue(d, cell);
	if (value === undefined) return undefined;
	const unit = templateFor(d.finalAccounts?.template)?.tables.find((t) => t.id === cell.table)?.unit;
	return unit === '元' ? { printed: value, why: '原表金额单位为元，其他单位为万元，不比较' } : value;
}

/**
 * 收入总计 (or 支出总计). A text that prints only the combined “收、支总计” (Shanghai) gives one figure for both
 * sides: shown, but not ranked against units that print the two sides.
 */
export function totalOf(d: Disclosure, side: 'income' | 'expenditure'): Reading {
	const totals = d.finalAccounts?.totals;
	const read = amountOf(d, `totals.${side}`, totals?.[side]);
	if (read !== undefined || totals?.statedCombined === undefined) return read;
	return { printed: totals.statedCombined, why: '原文只印出合并的“收、支总计”，未分别印出收入总计和支出总计，不比较' };
}

/** An evaluation's score when it is comparable; its printed score with the reason when it is not. */
export function comparableScore(ev: Evaluation | undefined, total: number | undefined): Reading {
	if (!ev || total === undefined) return undefined;
	const scale = scoreOnScale(ev);
	if (!scale || scale.comparable) return total;
	return { printed: total, why: `${scale.why}，不与百分制的完整得分比较` };
}

/**
 * The mean of several scores: comparable only when each is. One partial score makes the mean partial too
 * (a 90-of-90 averaged with a 95-of-100 is neither), so the reason of the first such score is given.
 */
export function comparableMean(scores: readonly Reading[]): Reading {
	const present = scores.filter((s) => s !== undefined);
	if (!present.length) return undefined;
	const values = present.map((s) => (isNotCompared(s) ? s.printed : Number(s)));
	const mean = pointsToNumber(Math.round(sumPoints(values) / values.length));
	const partial = present.find(isNotCompared);
	return partial ? { printed: mean, why: partial.why } : mean;
}

/** A figure derived from others (per staff): not compared when any input is not. */
export function derived(inputs: readonly Reading[], compute: (...xs: number[]) => number | undefined): Reading {
	if (inputs.some((x) => x === undefined || typeof x === 'string')) return undefined;
	const numbers = inputs.map((x) => (isNotCompared(x) ? x.printed : (x as number)));
	const value = compute(...numbers);
	if (value === undefined) return undefined;
	const partial = inputs.find(isNotCompared);
	return partial ? { printed: value, why: partial.why } : value;
}
