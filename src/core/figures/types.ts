/** The seven standard figures of the 部门决算 template (DESIGN §1), as plain data: no DOM, no Chart.js. */
import type { FinalAccountsSection } from '../mdx-safety.ts';

/** 图1–图7. */
export type FigureNo = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const FIGURE_NUMBERS: readonly FigureNo[] = [1, 2, 3, 4, 5, 6, 7];

/** One series of values in 万元; `null` where the value is unknown (a previous year nobody printed). */
export interface FigureSeries {
	name: string;
	values: readonly (number | null)[];
	/** Set when the values are derived, not printed: how they were derived, in Chinese. */
	derived?: string;
}

export interface FigureSpec {
	no: FigureNo;
	/** Template title, e.g. “支出决算结构”. */
	title: string;
	/** `bar`: 上年 vs 本年 (labels are the quantities, one series per year); `pie`: parts of a whole. */
	kind: 'bar' | 'pie';
	unit: '万元';
	/** The section of the template where the figure belongs. */
	section: FinalAccountsSection;
	labels: readonly string[];
	series: readonly FigureSeries[];
	/** Pie only: each label's share of the sum of the parts, in %, two decimals. */
	shares?: readonly number[];
	/** One sentence saying what the figure shows, for every reader (screen readers included). */
	summary: string;
	/** Honesty notes: which values are derived and how, where parts and printed total disagree. */
	notes: readonly string[];
	/** Why the figure cannot be drawn (all zero, no data); absent when it can be drawn. */
	empty?: string;
	/**
	 * Why a sentence stands in for the chart though it could be drawn: a pie of one slice, or the same numbers as
	 * an earlier figure (issue #14 point 8). The summary and the data table remain.
	 */
	instead?: string;
}

/** True when the figure has something worth drawing. */
export const isDrawable = (spec: FigureSpec): boolean => spec.empty === undefined && spec.instead === undefined;
