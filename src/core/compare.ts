/**
 * `/compare/<year>/`: every unit of a year side by side. A figure a unit did not publish is `undefined`
 * (shown as “未公开”), never 0, so a missing 三公 line never ranks as the thriftiest. Pure: pages render rows.
 */
import { formatNumber, formatWan } from './format.ts';
import { computeFigures } from './computed.ts';
import { countIndicators } from './indicators.ts';
import { fenToWan, toFen } from './money.ts';
import { countBySeverity, type FindingsOf, type Severity } from './rules/index.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Evaluation } from './schema/performance.ts';
import type { Unit } from './schema/unit.ts';
import { regionName } from './site-index.ts';
import { GRADES, gradeOf, gradeRank } from './grades.ts';
import { THREE_PUBLIC_LABEL, THREE_PUBLIC_PARTS } from './templates/three-public.ts';
import { BASIC_LABELS, EXPENDITURE_LABELS } from './templates/labels.ts';
import {
	amountOf,
	comparableMean,
	comparableScore,
	derived,
	isNotCompared,
	totalOf,
	type NotCompared,
	type Reading,
} from './comparable.ts';

/** What the page prints for a figure the unit did not publish. */
export const NOT_PUBLISHED = '未公开';
/** What the CSV prints in the column of a figure printed but not like with like (the reason is in its last column). */
export const NOT_COMPARED = '不比较';

/** A metric's value: a number, a 等次, or undefined when not published. */
export type MetricValue = number | string | undefined;

export type { NotCompared } from './comparable.ts';

/** One column of the comparison table. */
export interface Metric {
	/** ASCII camelCase key (CSV column id, open data). */
	key: string;
	/** Column heading in Chinese. */
	label: string;
	/** Unit printed in the heading ('' for 等次). */
	unit: '万元' | '万元/人' | '人' | '分' | '项' | '';
	/** Heading group, for the two-row table header. */
	group: string;
	kind: 'amount' | 'count' | 'score' | 'grade';
	/** Drawn as a bar chart below the table. */
	chart?: boolean;
	/** The figure of one unit-year; `findings` (its audit findings by severity) only the finding columns read. */
	value(d: Disclosure, findings?: Record<Severity, number>): Reading;
}

const fa = (d: Disclosure) => d.finalAccounts;
/** 实有在编人数: the staffing figure per-staff metrics divide by; other headcounts are not mixed in. */
export const staffOf = (d: Disclosure): number | undefined => d.staffing.find((s) => s.onPayroll !== undefined)?.onPayroll;

/** amount ÷ staff in 万元 per person, rounded to 0.01 万元 through integer 分. */
export function perStaff(amount: number | undefined, staff: number | undefined): number | undefined {
	if (amount === undefined || !staff) return undefined;
	const perPerson = Math.round(toFen(amount).fen / staff / 10_000) * 10_000;
	return fenToWan(perPerson);
}

/** The department-wide evaluation (部门整体自评), if the unit-year has one. */
const departmentEvaluation = (d: Disclosure): Evaluation | undefined => d.performance?.evaluations.find((e) => e.level === 'department');

/** An evaluation's total: as printed, else the sum of its printed item scores (computed.ts). */
function evaluationTotal(d: Disclosure, e: Evaluation | undefined): number | undefined {
	return e && computeFigures(d).performance?.[d.performance!.evaluations.indexOf(e)]?.total;
}

/** The department-wide score, compared only when complete and out of 100 (comparable.ts). */
export const departmentScore = (d: Disclosure): Reading =>
	comparableScore(departmentEvaluation(d), evaluationTotal(d, departmentEvaluation(d)));

/** Mean total of the project evaluations (项目自评) that have one, to 0.01 分; not compared if any is partial. */
export function projectScoreAverage(d: Disclosure): Reading {
	const projects = (d.performance?.evaluations ?? []).filter((e) => e.level === 'project');
	return comparableMean(projects.map((e) => comparableScore(e, evaluationTotal(d, e))));
}

/** Evaluations that call themselves 优 although at least one of their goals was not met. */
export function excellentButUnmet(d: Disclosure): number | undefined {
	if (!d.performance) return undefined;
	return d.performance.evaluations.filter(
		(e) => gradeOf(e.grade ?? '') === GRADES[0].grade && countIndicators(e.indicators?.rows ?? []).unmet > 0,
	).length;
}

/** 人员经费 and the 三公 total as printed in the 说明, else in the typed tables (several columns use them). */
const personnelOf = (d: Disclosure) => amountOf(d, 'basicExpenditure.personnel.amount', fa(d)?.basicExpenditure?.personnel.amount);
const threePublicOf = (d: Disclosure) => amountOf(d, 'threePublic.total', fa(d)?.threePublic?.total);
const operatingCostsOf = (d: Disclosure) => fa(d)?.otherMatters?.operatingCosts?.amount;
const staffPer = (amount: Reading, d: Disclosure) => derived([amount, staffOf(d)], perStaff);

/** A column for each 三公 part, in printed order (the parts and their names: templates/three-public.ts). */
function threePublicPartMetrics(): Metric[] {
	return THREE_PUBLIC_PARTS.map(({ key, label }) => ({
		key,
		label,
		unit: '万元',
		group: THREE_PUBLIC_LABEL,
		kind: 'amount',
		value: (d: Disclosure) => amountOf(d, `threePublic.${key}.amount`, fa(d)?.threePublic?.[key]?.amount),
	}));
}

/** The columns in table order; amounts the 说明 does not print come from the entry's typed tables. */
export const METRICS: readonly Metric[] = [
	{ key: 'incomeTotal', label: '收入总计', unit: '万元', group: '收支', kind: 'amount', chart: true, value: (d) => totalOf(d, 'income') },
	{ key: 'expenditureTotal', label: '支出总计', unit: '万元', group: '收支', kind: 'amount', value: (d) => totalOf(d, 'expenditure') },
	{
		key: 'fiscalIncome',
		label: '财政拨款收入总计',
		unit: '万元',
		group: '收支',
		kind: 'amount',
		value: (d) => amountOf(d, 'fiscalTotals.income', fa(d)?.fiscalTotals?.income),
	},
	{
		key: 'basic',
		label: EXPENDITURE_LABELS.basic,
		unit: '万元',
		group: '支出',
		kind: 'amount',
		value: (d) => amountOf(d, 'expenditure.basic.amount', fa(d)?.expenditure?.basic?.amount),
	},
	{
		key: 'project',
		label: EXPENDITURE_LABELS.project,
		unit: '万元',
		group: '支出',
		kind: 'amount',
		value: (d) => amountOf(d, 'expenditure.project.amount', fa(d)?.expenditure?.project?.amount),
	},
	{
		key: 'personnel',
		label: BASIC_LABELS.personnel,
		unit: '万元',
		group: EXPENDITURE_LABELS.basic,
		kind: 'amount',
		value: (d) => personnelOf(d),
	},
	{
		key: 'publicUse',
		label: BASIC_LABELS.publicUse,
		unit: '万元',
		group: EXPENDITURE_LABELS.basic,
		kind: 'amount',
		value: (d) => amountOf(d, 'basicExpenditure.publicUse.amount', fa(d)?.basicExpenditure?.publicUse.amount),
	},
	{
		key: 'threePublic',
		label: THREE_PUBLIC_LABEL,
		unit: '万元',
		group: THREE_PUBLIC_LABEL,
		kind: 'amount',
		chart: true,
		value: (d) => threePublicOf(d),
	},
	...threePublicPartMetrics(),
	{ key: 'operatingCosts', label: '机关运行经费', unit: '万元', group: '其他', kind: 'amount', chart: true, value: operatingCostsOf },
	{
		key: 'procurement',
		label: '政府采购支出',
		unit: '万元',
		group: '其他',
		kind: 'amount',
		value: (d) => fa(d)?.otherMatters?.procurement?.total,
	},
	{ key: 'staff', label: '实有在编人数', unit: '人', group: '人员', kind: 'count', value: staffOf },
	{
		key: 'personnelPerStaff',
		label: '人均人员经费',
		unit: '万元/人',
		group: '人员',
		kind: 'amount',
		value: (d) => staffPer(personnelOf(d), d),
	},
	{
		key: 'threePublicPerStaff',
		label: `人均${THREE_PUBLIC_LABEL}`,
		unit: '万元/人',
		group: '人员',
		kind: 'amount',
		value: (d) => staffPer(threePublicOf(d), d),
	},
	{
		key: 'operatingCostsPerStaff',
		label: '人均机关运行经费',
		unit: '万元/人',
		group: '人员',
		kind: 'amount',
		value: (d) => staffPer(operatingCostsOf(d), d),
	},
	{ key: 'departmentScore', label: '部门整体自评得分', unit: '分', group: '绩效自评', kind: 'score', chart: true, value: departmentScore },
	{
		key: 'departmentGrade',
		label: '部门整体自评等次',
		unit: '',
		group: '绩效自评',
		kind: 'grade',
		value: (d) => departmentEvaluation(d)?.grade,
	},
	{
		key: 'projectScoreAverage',
		label: '项目自评平均得分',
		unit: '分',
		group: '绩效自评',
		kind: 'score',
		chart: true,
		value: projectScoreAverage,
	},
	{
		key: 'evaluations',
		label: '自评表（报告）数',
		unit: '项',
		group: '绩效自评',
		kind: 'count',
		value: (d) => d.performance?.evaluations.length,
	},
	{ key: 'excellentButUnmet', label: '自评为“优”但有指标未达标', unit: '项', group: '绩效自评', kind: 'count', value: excellentButUnmet },
	{ key: 'findingsCertain', label: '确定', unit: '项', group: '数据核对发现', kind: 'count', value: (_, f) => f?.['确定'] },
	{ key: 'findingsSuspect', label: '疑似', unit: '项', group: '数据核对发现', kind: 'count', value: (_, f) => f?.['疑似'] },
	{ key: 'findingsHint', label: '提示', unit: '项', group: '数据核对发现', kind: 'count', value: (_, f) => f?.['提示'] },
];

/** A column title that stands alone (CSV header, bar chart caption): group and label, with the unit. */
export function metricTitle(m: Metric): string {
	const name =
		m.group === '数据核对发现'
			? `核对发现：${m.label}`
			: m.group === THREE_PUBLIC_LABEL && m.key !== 'threePublic'
				? `${THREE_PUBLIC_LABEL}：${m.label}`
				: m.label;
	return m.unit ? `${name}（${m.unit}）` : name;
}

/** One unit in the comparison of a year. */
export interface CompareRow {
	unit: { id: string; name: string; region: string; supervisor: string };
	year: number;
	/** Which documents the unit-year holds (部门决算, 绩效自评). */
	documents: ('部门决算' | '绩效自评')[];
	/** Comparable figures by metric key; a figure not compared is `undefined` here and listed in `notCompared`. */
	values: Record<string, MetricValue>;
	/** Figures printed but not like with like, by metric key: shown with the reason, left out of sorting and bars. */
	notCompared: Record<string, NotCompared>;
}

const collator = new Intl.Collator('zh-CN');

/** Rows of one year, in the default order (region, then unit name). */
export function compareRows(
	units: readonly Unit[],
	disclosures: readonly Disclosure[],
	year: number,
	findingsOf: FindingsOf,
): CompareRow[] {
	const byId = new Map(units.map((u) => [u.id, u]));
	return disclosures
		.filter((d) => d.year === year && byId.has(d.unit))
		.map((d) => {
			const u = byId.get(d.unit)!;
			return {
				unit: { id: u.id, name: u.name, region: regionName(u.region), supervisor: u.supervisor },
				year,
				documents: [...(d.finalAccounts ? (['部门决算'] as const) : []), ...(d.performance ? (['绩效自评'] as const) : [])],
				...readings(d, countBySeverity(findingsOf(d))),
			};
		})
		.sort(byDefaultOrder);
}

function readings(d: Disclosure, findings: Record<Severity, number>): Pick<CompareRow, 'values' | 'notCompared'> {
	const values: Record<string, MetricValue> = {};
	const notCompared: Record<string, NotCompared> = {};
	for (const m of METRICS) {
		const v = m.value(d, findings);
		values[m.key] = isNotCompared(v) ? undefined : v;
		if (isNotCompared(v)) notCompared[m.key] = v;
	}
	return { values, notCompared };
}

function byDefaultOrder(a: CompareRow, b: CompareRow): number {
	return collator.compare(a.unit.region, b.unit.region) || collator.compare(a.unit.name, b.unit.name);
}

export type SortDirection = 'descending' | 'ascending';

const rank = (v: MetricValue) => (typeof v === 'string' ? gradeRank(v) : v);

/** Rows sorted by one metric; units that did not publish it always come last, whatever the direction. */
export function sortRows(rows: readonly CompareRow[], key: string, direction: SortDirection = 'descending'): CompareRow[] {
	const sign = direction === 'descending' ? -1 : 1;
	return [...rows].sort((a, b) => {
		const x = rank(a.values[key]);
		const y = rank(b.values[key]);
		if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byDefaultOrder(a, b);
		return sign * (x - y) || byDefaultOrder(a, b);
	});
}

/** One bar: the value and its length as a share of the largest value (0–1). */
export interface Bar {
	unitId: string;
	name: string;
	value: number;
	ratio: number;
}

/** How many bars a chart draws: the largest; a long list of bars reads on no phone (the table has them all). */
export const BAR_LIMIT = 20;

/** Bars of one numeric metric: the `limit` largest comparable values, largest first (unpublished and not compared are left out). */
export function bars(rows: readonly CompareRow[], key: string, limit = BAR_LIMIT): Bar[] {
	const sorted = sortRows(rows, key, 'descending')
		.filter((r) => typeof r.values[key] === 'number')
		.slice(0, limit);
	const max = sorted.length ? (sorted[0].values[key] as number) : 0;
	return sorted.map((r) => {
		const value = r.values[key] as number;
		return { unitId: r.unit.id, name: r.unit.name, value, ratio: max <= 0 ? 0 : Math.max(0, value / max) };
	});
}

/** Every year that has at least one unit-year, newest first. */
export function compareYears(disclosures: readonly Pick<Disclosure, 'year'>[]): number[] {
	return [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
}

/** A metric value as the table prints it: amounts in 万元 with two decimals, “未公开” when not published (a figure not compared: format its `printed`). */
export function formatMetric(m: Pick<Metric, 'kind'>, v: MetricValue): string {
	if (v === undefined) return NOT_PUBLISHED;
	if (typeof v === 'string') return v;
	return m.kind === 'amount' ? formatWan(v) : formatNumber(v);
}

/** One sentence per figure of a row that is not compared: `项目自评平均得分 90 分：<why>`. */
export function notComparedNotes(r: CompareRow): string[] {
	return METRICS.flatMap((m) => {
		const nc = r.notCompared[m.key];
		return nc ? [`${m.label} ${formatMetric(m, nc.printed)}${m.unit ? ` ${m.unit}` : ''}：${nc.why}`] : [];
	});
}

/** The choices of the page's filters: every 地区 and 主管部门 of the rows, in Chinese order. */
export function filterChoices(rows: readonly CompareRow[]): { regions: string[]; supervisors: string[] } {
	const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort(collator.compare);
	return { regions: sorted(rows.map((r) => r.unit.region)), supervisors: sorted(rows.map((r) => r.unit.supervisor)) };
}
