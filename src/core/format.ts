/** The one place numbers become text: amounts in 万元, percentages, scores. Uses Intl, zh-CN. */
import { decimalsOf, fenToWan } from './money.ts';

const wanFormatters = new Map<number, Intl.NumberFormat>();

function wanFormat(decimals: number): Intl.NumberFormat {
	let f = wanFormatters.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		wanFormatters.set(decimals, f);
	}
	return f;
}

/** A printed 万元 amount for tables: two decimals (the template's precision), or more if printed with more. */
export function formatWan(value: number): string {
	return wanFormat(Math.max(2, decimalsOf(value))).format(value);
}

/** A table cell at the table's printed precision (or more digits, if more were printed). */
export function formatAtPrecision(value: number, decimals: number): string {
	return wanFormat(Math.max(decimals, decimalsOf(value))).format(value);
}

/** An amount held in integer 分, shown in 万元 with two decimals (four where 元 precision matters). */
export function formatFen(fen: number): string {
	const wan = fenToWan(fen);
	return wanFormat(Number.isInteger(fen / 10_000) ? 2 : 4).format(wan);
}

/** A percentage: as printed when `decimals` is omitted. */
export function formatPercent(value: number, decimals?: number): string {
	const d = decimals ?? decimalsOf(value);
	return `${wanFormat(d).format(value)}%`;
}

/** A gap between two percentages, in 百分点, to two decimals (never more digits than a reader can use). */
export function formatPercentPoints(value: number): string {
	return wanFormat(2).format(value);
}

const asPrinted = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** A count or score as printed (no grouping for scores like 99.97). */
export function formatNumber(value: number): string {
	return asPrinted.format(value);
}

/** An ISO date as 2024年10月24日. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/** A download's size as a reader weighs it on a phone: 245 KB, 3.5 MB (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
