/**
 * A unit over the years it published: totals, 三公, 机关运行经费 and self-evaluation scores. Values are read
 * through the comparison metrics (compare.ts), so a trend and the comparison table can never disagree.
 */
import { METRICS, type Metric } from './compare.ts';
import type { Reading } from './comparable.ts';
import type { Disclosure } from './schema/disclosure.ts';

/** The metrics a unit page charts over time, in display order. */
export const TREND_KEYS = [
	'incomeTotal',
	'expenditureTotal',
	'threePublic',
	'operatingCosts',
	'departmentScore',
	'projectScoreAverage',
] as const;

/** One point of a series: a year's value and its bar length as a share of the series' largest value. */
export interface TrendPoint {
	year: number;
	value: number | undefined;
	ratio: number;
}

export interface TrendSeries {
	metric: Pick<Metric, 'key' | 'label' | 'unit'>;
	points: TrendPoint[];
	/** True when at least one year published this figure (the component skips empty series). */
	hasData: boolean;
}

export interface Trends {
	/** Years published, oldest first. */
	years: number[];
	series: TrendSeries[];
	/** 部门整体自评等次 by year (undefined: not published). */
	grades: { year: number; grade: string | undefined }[];
}

const metric = (key: string) => METRICS.find((m) => m.key === key)!;
// One unit over its own years: a figure left out of the comparison between units (comparable.ts) is still its own.
const num = (v: Reading) => (typeof v === 'number' ? v : typeof v === 'object' ? v.printed : undefined);

/** Trends of one unit from its unit-years (any order; other units' entries are ignored by the caller). */
export function unitTrends(disclosures: readonly Disclosure[]): Trends {
	const sorted = [...disclosures].sort((a, b) => a.year - b.year);
	const series = TREND_KEYS.map((key) => {
		const m = metric(key);
		const values = sorted.map((d) => num(m.value(d)));
		const max = Math.max(0, ...values.filter((v): v is number => v !== undefined));
		return {
			metric: { key: m.key, label: m.label, unit: m.unit },
			points: sorted.map((d, i) => ({ year: d.year, value: values[i], ratio: values[i] === undefined || max === 0 ? 0 : values[i] / max })),
			hasData: values.some((v) => v !== undefined),
		};
	});
	const grade = metric('departmentGrade');
	return {
		years: sorted.map((d) => d.year),
		series,
		grades: sorted.map((d) => ({ year: d.year, grade: grade.value(d) as string | undefined })),
	};
}
