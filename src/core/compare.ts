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
import { narrativeOrTable } from './templates/narrative-cells.ts';

/** What the page prints for a figure the unit did not publish. */
export const NOT_PUBLISHED = '未公开';

/** A metric's value: a number, a 等次, or undefined when not published. */
export type MetricValue = number | string | undefined;

/** One column of the comparison table. */
export interface Metric {
	/** ASCII camelCase key (CSV column id, open data). */
	key: string;
	/** Path segment of the pre-sorted page: `/compare/<year>/by-<slug>/`. */
	slug: string;
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
	value(d: Disclosure, findings?: Record<Severity, number>): MetricValue;
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

const GRADE_RANK: Record<string, number> = { 优: 4, 优秀: 4, 良: 3, 良好: 3, 中: 2, 合格: 2, 差: 1, 不合格: 1 };

/** The department-wide evaluation (部门整体自评), if the unit-year has one. */
const departmentEvaluation = (d: Disclosure): Evaluation | undefined => d.performance?.evaluations.find((e) => e.level === 'department');

/** An evaluation's total: as printed, else the sum of its printed item scores (computed.ts). */
function evaluationTotal(d: Disclosure, e: Evaluation | undefined): number | undefined {
	return e && computeFigures(d).performance?.[d.performance!.evaluations.indexOf(e)]?.total;
}

/** Mean total of the project evaluations (项目自评) that have one, to 0.01 分. */
export function projectScoreAverage(d: Disclosure): number | undefined {
	const totals = (d.performance?.evaluations ?? []).filter((e) => e.level === 'project').flatMap((e) => {
		const total = evaluationTotal(d, e);
		return total === undefined ? [] : [Math.round(total * 100)];
	});
	return totals.length ? Math.round(totals.reduce((a, b) => a + b, 0) / totals.length) / 100 : undefined;
}

/** Evaluations that call themselves 优 although at least one of their goals was not met. */
export function excellentButUnmet(d: Disclosure): number | undefined {
	if (!d.performance) return undefined;
	return d.performance.evaluations.filter((e) => GRADE_RANK[e.grade ?? ''] === 4 && countIndicators(e.indicators?.rows ?? []).unmet > 0).length;
}


/** 人员经费 and the 三公 total as printed in the 说明, else in the typed tables (several columns use them). */
const personnelOf = (d: Disclosure) => narrativeOrTable(d, 'basicExpenditure.personnel.amount', fa(d)?.basicExpenditure?.personnel.amount);
const threePublicOf = (d: Disclosure) => narrativeOrTable(d, 'threePublic.total', fa(d)?.threePublic?.total);

/** The columns in table order; amounts the 说明 does not print come from the entry's typed tables. */
export const METRICS: readonly Metric[] = [
	{ key: 'incomeTotal', slug: 'income-total', label: '收入总计', unit: '万元', group: '收支', kind: 'amount', chart: true, value: (d) => narrativeOrTable(d, 'totals.income', fa(d)?.totals?.income) },
	{ key: 'expenditureTotal', slug: 'expenditure-total', label: '支出总计', unit: '万元', group: '收支', kind: 'amount', value: (d) => narrativeOrTable(d, 'totals.expenditure', fa(d)?.totals?.expenditure) },
	{ key: 'fiscalIncome', slug: 'fiscal-income', label: '财政拨款收入总计', unit: '万元', group: '收支', kind: 'amount', value: (d) => narrativeOrTable(d, 'fiscalTotals.income', fa(d)?.fiscalTotals?.income) },
	{ key: 'basic', slug: 'basic', label: '基本支出', unit: '万元', group: '支出', kind: 'amount', value: (d) => narrativeOrTable(d, 'expenditure.basic.amount', fa(d)?.expenditure?.basic?.amount) },
	{ key: 'project', slug: 'project', label: '项目支出', unit: '万元', group: '支出', kind: 'amount', value: (d) => narrativeOrTable(d, 'expenditure.project.amount', fa(d)?.expenditure?.project?.amount) },
	{ key: 'personnel', slug: 'personnel', label: '人员经费', unit: '万元', group: '基本支出', kind: 'amount', value: (d) => personnelOf(d) },
	{ key: 'publicUse', slug: 'public-use', label: '公用经费', unit: '万元', group: '基本支出', kind: 'amount', value: (d) => narrativeOrTable(d, 'basicExpenditure.publicUse.amount', fa(d)?.basicExpenditure?.publicUse.amount) },
	{ key: 'threePublic', slug: 'three-public', label: '“三公”经费', unit: '万元', group: '“三公”经费', kind: 'amount', chart: true, value: (d) => threePublicOf(d) },
	{ key: 'outbound', slug: 'outbound', label: '因公出国（境）费', unit: '万元', group: '“三公”经费', kind: 'amount', value: (d) => narrativeOrTable(d, 'threePublic.outbound.amount', fa(d)?.threePublic?.outbound?.amount) },
	{ key: 'vehicles', slug: 'vehicles', label: '公务用车购置及运行维护费', unit: '万元', group: '“三公”经费', kind: 'amount', value: (d) => narrativeOrTable(d, 'threePublic.vehicles.amount', fa(d)?.threePublic?.vehicles?.amount) },
	{ key: 'reception', slug: 'reception', label: '公务接待费', unit: '万元', group: '“三公”经费', kind: 'amount', value: (d) => narrativeOrTable(d, 'threePublic.reception.amount', fa(d)?.threePublic?.reception?.amount) },
	{ key: 'operatingCosts', slug: 'operating-costs', label: '机关运行经费', unit: '万元', group: '其他', kind: 'amount', chart: true, value: (d) => fa(d)?.otherMatters?.operatingCosts?.amount },
	{ key: 'procurement', slug: 'procurement', label: '政府采购支出', unit: '万元', group: '其他', kind: 'amount', value: (d) => fa(d)?.otherMatters?.procurement?.total },
	{ key: 'staff', slug: 'staff', label: '实有在编人数', unit: '人', group: '人员', kind: 'count', value: staffOf },
	{ key: 'personnelPerStaff', slug: 'personnel-per-staff', label: '人均人员经费', unit: '万元/人', group: '人员', kind: 'amount', value: (d) => perStaff(personnelOf(d), staffOf(d)) },
	{ key: 'threePublicPerStaff', slug: 'three-public-per-staff', label: '人均“三公”经费', unit: '万元/人', group: '人员', kind: 'amount', value: (d) => perStaff(threePublicOf(d), staffOf(d)) },
	{ key: 'operatingCostsPerStaff', slug: 'operating-costs-per-staff', label: '人均机关运行经费', unit: '万元/人', group: '人员', kind: 'amount', value: (d) => perStaff(fa(d)?.otherMatters?.operatingCosts?.amount, staffOf(d)) },
	{ key: 'departmentScore', slug: 'department-score', label: '部门整体自评得分', unit: '分', group: '绩效自评', kind: 'score', chart: true, value: (d) => evaluationTotal(d, departmentEvaluation(d)) },
	{ key: 'departmentGrade', slug: 'department-grade', label: '部门整体自评等次', unit: '', group: '绩效自评', kind: 'grade', value: (d) => departmentEvaluation(d)?.grade },
	{ key: 'projectScoreAverage', slug: 'project-score-average', label: '项目自评平均得分', unit: '分', group: '绩效自评', kind: 'score', chart: true, value: projectScoreAverage },
	{ key: 'evaluations', slug: 'evaluations', label: '自评表（报告）数', unit: '项', group: '绩效自评', kind: 'count', value: (d) => d.performance?.evaluations.length },
	{ key: 'excellentButUnmet', slug: 'excellent-but-unmet', label: '自评为“优”但有指标未达标', unit: '项', group: '绩效自评', kind: 'count', value: excellentButUnmet },
	{ key: 'findingsCertain', slug: 'findings-certain', label: '确定', unit: '项', group: '数据核对发现', kind: 'count', value: (_, f) => f?.['确定'] },
	{ key: 'findingsSuspect', slug: 'findings-suspect', label: '疑似', unit: '项', group: '数据核对发现', kind: 'count', value: (_, f) => f?.['疑似'] },
	{ key: 'findingsHint', slug: 'findings-hint', label: '提示', unit: '项', group: '数据核对发现', kind: 'count', value: (_, f) => f?.['提示'] },
];

/** A column title that stands alone (CSV header, bar chart caption): group and label, with the unit. */
export function metricTitle(m: Metric): string {
	const name = m.group === '数据核对发现' ? `核对发现：${m.label}` : m.group === '“三公”经费' && m.key !== 'threePublic' ? `“三公”经费：${m.label}` : m.label;
	return m.unit ? `${name}（${m.unit}）` : name;
}

/** Looks a metric up by its URL slug. */
export const metricBySlug = (slug: string): Metric | undefined => METRICS.find((m) => m.slug === slug);

/** One unit in the comparison of a year. */
export interface CompareRow {
	unit: { id: string; name: string; region: string };
	year: number;
	/** Which documents the unit-year holds (部门决算, 绩效自评). */
	documents: ('部门决算' | '绩效自评')[];
	values: Record<string, MetricValue>;
}

const collator = new Intl.Collator('zh-CN');

/** Rows of one year, in the default order (region, then unit name). */
export function compareRows(units: readonly Unit[], disclosures: readonly Disclosure[], year: number, findingsOf: FindingsOf): CompareRow[] {
	const byId = new Map(units.map((u) => [u.id, u]));
	return disclosures
		.filter((d) => d.year === year && byId.has(d.unit))
		.map((d) => {
			const u = byId.get(d.unit)!;
			return {
				unit: { id: u.id, name: u.name, region: regionName(u.region) },
				year,
				documents: [...(d.finalAccounts ? (['部门决算'] as const) : []), ...(d.performance ? (['绩效自评'] as const) : [])],
				values: Object.fromEntries(METRICS.map((m) => [m.key, m.value(d, countBySeverity(findingsOf(d)))])),
			};
		})
		.sort(byDefaultOrder);
}

function byDefaultOrder(a: CompareRow, b: CompareRow): number {
	return collator.compare(a.unit.region, b.unit.region) || collator.compare(a.unit.name, b.unit.name);
}

export type SortDirection = 'descending' | 'ascending';

const rank = (v: MetricValue) => (typeof v === 'string' ? (GRADE_RANK[v] ?? 0) : v);

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
	value: number | undefined;
	ratio: number;
}

/** Bars of one numeric metric, largest first, units that did not publish it last (ratio 0). */
export function bars(rows: readonly CompareRow[], key: string): Bar[] {
	const sorted = sortRows(rows, key, 'descending');
	const values = sorted.map((r) => r.values[key]).filter((v): v is number => typeof v === 'number');
	const max = values.length ? Math.max(...values) : 0;
	return sorted.map((r) => {
		const v = r.values[key];
		const value = typeof v === 'number' ? v : undefined;
		return { unitId: r.unit.id, name: r.unit.name, value, ratio: value === undefined || max === 0 ? 0 : value / max };
	});
}

/** Every year that has at least one unit-year, newest first. */
export function compareYears(disclosures: readonly Pick<Disclosure, 'year'>[]): number[] {
	return [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
}

/** A metric value as the table prints it: amounts in 万元 with two decimals, “未公开” when not published. */
export function formatMetric(m: Pick<Metric, 'kind'>, v: MetricValue): string {
	if (v === undefined) return NOT_PUBLISHED;
	if (typeof v === 'string') return v;
	return m.kind === 'amount' ? formatWan(v) : formatNumber(v);
}

/** One pre-sorted static version of the comparison page. */
export interface SortOrder {
	/** Path segment below `/compare/<year>/`: `by-three-public` (descending) or `by-three-public-asc`. */
	segment: string;
	metric: Metric;
	direction: SortDirection;
}

/** Every sorted version: each column in both directions. */
export const SORT_ORDERS: readonly SortOrder[] = METRICS.flatMap((metric) => [
	{ segment: `by-${metric.slug}`, metric, direction: 'descending' as const },
	{ segment: `by-${metric.slug}-asc`, metric, direction: 'ascending' as const },
]);

/** Site path (below the base) of the comparison of a year, optionally sorted. */
export function comparePath(year: number, order?: Pick<SortOrder, 'segment'>): string {
	return `compare/${year}/${order ? `${order.segment}/` : ''}`;
}

/** Where a column heading links: the descending version, or the ascending one when that column is already descending. */
export function headingTarget(metric: Metric, current: SortOrder | undefined): SortOrder {
	const direction: SortDirection = current?.metric.key === metric.key && current.direction === 'descending' ? 'ascending' : 'descending';
	return SORT_ORDERS.find((o) => o.metric.key === metric.key && o.direction === direction)!;
}
