/**
 * Money as integers. Disclosures print amounts in 万元 (sometimes 元) with 0–2 decimals; every sum and
 * comparison here runs on integer 分 (0.01 元), so floats never reach an equality test.
 * 1 万元 = 1,000,000 分; the largest amounts in a county budget (10⁵ 万元) stay far below 2⁵³.
 */

/** Currency unit of a printed amount. */
export type MoneyUnit = '万元' | '元';

/** An amount converted to integer 分, with the precision it was printed at. */
export interface Fen {
	readonly fen: number;
	/** Half a unit of the last printed digit, in 分: the rounding slack of this one printed figure. */
	readonly slack: number;
}

const FEN_PER: Record<MoneyUnit, number> = { 万元: 1_000_000, 元: 100 };

/** Digits after the decimal point of a number as written (848.9 → 1, 252 → 0). */
export function decimalsOf(value: number): number {
	const text = String(value);
	if (text.includes('e')) return 0;
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Converts a printed amount to integer 分. `printedDecimals` is the precision the source prints at when known
 * (a table prints every cell at its template's decimals, though YAML reads "6.20" as 6.2).
 */
export function toFen(value: number, unit: MoneyUnit = '万元', printedDecimals?: number): Fen {
	const per = FEN_PER[unit];
	const decimals = Math.min(Math.max(decimalsOf(value), printedDecimals ?? 0), 6);
	return { fen: Math.round(value * per), slack: Math.max(Math.round(per / 10 ** decimals / 2), 1) };
}

/**
 * THE tolerance helper for a printed amount: every rule reads printed figures through it, so the same gap gets
 * the same severity everywhere. 万元 amounts are read at two decimals even when one is printed or YAML dropped a
 * trailing zero (848.9 = 848.90, 5.30 → 5.3): the template prints two. Integers keep their own slack ("增加 2 万元"
 * is a rounded statement). 元 amounts keep the precision they were printed at.
 */
export function printedAmount(value: number, unit: MoneyUnit = '万元'): Fen {
	const f = toFen(value, unit);
	return unit === '万元' && decimalsOf(value) === 1 ? { fen: f.fen, slack: Math.min(f.slack, 5_000) } : f;
}

/** Sum of amounts in 分; the slack of a sum is the sum of the parts' slack. */
export function sumFen(parts: readonly Fen[]): Fen {
	return parts.reduce((a, b) => ({ fen: a.fen + b.fen, slack: a.slack + b.slack }), { fen: 0, slack: 0 });
}

/** Converts integer 分 back to 万元 (for display and open data only, never for comparison). */
export function fenToWan(fen: number): number {
	return fen / FEN_PER['万元'];
}

/**
 * How printed and computed figures compare: equal, within rounding (a gap no larger than the printed
 * precision allows), or different.
 */
export type Agreement = 'equal' | 'rounding' | 'different';

/** Compares a printed figure with a computed one, given the rounding slack both together allow. */
export function agreement(printed: number, computed: number, slack: number): Agreement {
	const gap = Math.abs(printed - computed);
	if (gap === 0) return 'equal';
	return gap <= slack ? 'rounding' : 'different';
}

/** A percentage as printed, in integer hundred-thousandths of a percent (52.83 → 5_283_000). */
export interface Pct {
	readonly units: number;
	readonly slack: number;
}

const PCT_UNITS = 100_000;

/** Converts a printed percentage to integer units with its printing slack. */
export function toPct(value: number): Pct {
	const decimals = Math.min(decimalsOf(value), 5);
	return { units: Math.round(value * PCT_UNITS), slack: Math.round(PCT_UNITS / 10 ** decimals / 2) };
}

/** part / whole as a percentage in the same integer units (exact up to 10⁻⁵ %). */
export function ratioPct(part: number, whole: number): number {
	if (whole === 0) return 0;
	return Math.round((part * 100 * PCT_UNITS) / whole);
}

/**
 * Compares a printed percentage with a computed one (in integer units). Equal when the computed value,
 * rounded to the printed decimals, is what was printed; rounding-level when it was truncated there instead,
 * or when the gap is within the inputs' slack.
 */
export function agreementPct(printed: number, computed: number, inputSlack: number): Agreement {
	const p = toPct(printed);
	const step = p.slack * 2;
	if (Math.round(computed / step) * step === p.units) return 'equal';
	// Cut off instead of rounded (52.8378% printed as 52.83%): a slip of the last digit, not a contradiction.
	if (Math.trunc(computed / step) * step === p.units) return 'rounding';
	return Math.abs(p.units - computed) <= p.slack + inputSlack ? 'rounding' : 'different';
}

/**
 * A printed rate or share (%) against part ÷ whole, both printed amounts: the one rate comparison of every rule
 * (shares, 完成预算, 执行率). The printed rate may have been computed from unrounded amounts, so the gap allowed
 * widens by the amounts' own slack. `computed` is in Pct units.
 */
export function compareRate(printedRate: number, part: Fen, whole: Fen): { verdict: Agreement; computed: number } | undefined {
	if (whole.fen === 0) return undefined;
	const computed = ratioPct(part.fen, whole.fen);
	const inputSlack = Math.ceil((part.slack / Math.max(part.fen, 1) + whole.slack / whole.fen) * Math.max(computed, 1));
	return { verdict: agreementPct(printedRate, computed, inputSlack), computed };
}

/** Integer percentage units back to a number of percent (display only). */
export function pctUnitsToNumber(units: number): number {
	return units / PCT_UNITS;
}
