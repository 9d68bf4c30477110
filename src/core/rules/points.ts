/**
 * The one score arithmetic of the audit, the pages and the computed figures: scores and weights (分) are compared in integer hundredths of a point,
 * so 2.99 + 99.97 never meets a float, and every rule allows the same slack for a score printed with more than
 * two decimals (each such score may be off by one hundredth once rounded).
 */
import { decimalsOf } from '../money.ts';
import { formatNumber } from '../format.ts';

/** A printed score or weight in hundredths of a point. */
export const toPoints = (x: number): number => Math.round(x * 100);

/** Hundredths of a point back to a number of points. */
export const pointsToNumber = (p: number): number => p / 100;

/** Hundredths of a point back to text, as a reader writes a score (93.1, 0.03). */
export const showPoints = (p: number): string => formatNumber(pointsToNumber(p));

/** Σ of printed scores in hundredths. */
export const sumPoints = (xs: readonly number[]): number => xs.reduce((s, x) => s + toPoints(x), 0);

/** Rounding slack of a sum of printed scores: one hundredth per score printed with more than two decimals. */
export const pointsSlack = (xs: readonly number[]): number => xs.reduce((s, x) => s + (decimalsOf(x) > 2 ? 1 : 0), 0);
