/**
 * What the 绩效自评 page shows for one evaluation, computed once here: indicator rows grouped under their
 * 一级/二级 headings (row spans), every goal assessed, computed totals beside the printed ones, the 等次.
 */
import { computeFigures } from './computed.ts';
import { assessIndicator, countIndicators, type GoalRow, type IndicatorAssessment } from './indicators.ts';
import type { Finding } from './rules/index.ts';
import { printedTotal } from './rules/performance.ts';
import { pointsToNumber, sumPoints as sumHundredths } from './rules/points.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Evaluation } from './schema/performance.ts';
import { evaluationTextTables } from './sections/evaluation-tables.ts';
import type { TableModel } from './sections/model.ts';

/** A row with the row spans of its 一级 / 二级 cells; a span is set only on the first row of its run. */
export type Spanned<T> = T & { level1Span?: number; level2Span?: number; level1Weight?: number; level2Weight?: number };

interface Levelled {
	level1: string;
	level2?: string;
	level1Weight?: number;
	level2Weight?: number;
}

/** Groups consecutive rows sharing 一级 (and, inside, 二级) headings; a run's weight is the first one printed in it. */
export function spanLevels<T extends Levelled>(rows: readonly T[]): Spanned<T>[] {
	const out: Spanned<T>[] = rows.map((r) => ({ ...r }));
	for (let i = 0; i < out.length;) {
		let j = i;
		while (j < out.length && out[j].level1 === out[i].level1) j++;
		out[i].level1Span = j - i;
		out[i].level1Weight = rows.slice(i, j).find((r) => r.level1Weight !== undefined)?.level1Weight;
		for (let k = i; k < j;) {
			let m = k;
			while (m < j && (out[m].level2 ?? '') === (out[k].level2 ?? '')) m++;
			out[k].level2Span = m - k;
			out[k].level2Weight = rows.slice(k, m).find((r) => r.level2Weight !== undefined)?.level2Weight;
			for (let x = k + 1; x < m; x++) out[x].level2Weight = undefined;
			k = m;
		}
		for (let x = i + 1; x < j; x++) out[x].level1Weight = undefined;
		i = j;
	}
	return out;
}

/**
 * Rows grouped under their 一级 / 二级 headings, one group per 二级 run: on a phone the headings become a row
 * above their rows instead of two narrow columns, so the 三级 name and the scores keep the width.
 */
export interface RowGroup<T> {
	level1: string;
	level1Weight?: number;
	level2?: string;
	level2Weight?: number;
	rows: T[];
}

/** Groups spanned rows (see spanLevels) into their 二级 runs, each carrying its 一级 and the printed weights. */
export function groupLevels<T extends Spanned<Levelled>>(rows: readonly T[]): RowGroup<T>[] {
	const groups: RowGroup<T>[] = [];
	let level1Weight: number | undefined;
	for (const r of rows) {
		if (r.level1Span) level1Weight = r.level1Weight;
		if (r.level2Span || !groups.length) {
			groups.push({
				level1: r.level1,
				level1Weight: r.level1Span ? level1Weight : undefined,
				level2: r.level2,
				level2Weight: r.level2Weight,
				rows: [],
			});
		}
		groups.at(-1)!.rows.push(r);
	}
	return groups;
}

/** A goal's target as printed, sign and unit included: “≥ 9000 人”, “优良中差”. */
export function targetText(row: Pick<GoalRow, 'nature' | 'target' | 'unit'>): string {
	const sign = row.nature && row.nature !== '定性' && row.nature !== '未填' ? `${row.nature} ` : '';
	return `${sign}${row.target}${row.unit ? ` ${row.unit}` : ''}`;
}

/** Exact sum of printed scores, undefined when none is printed (the arithmetic is the audit's, rules/points.ts). */
export function sumPoints(values: readonly (number | undefined)[]): number | undefined {
	const present = values.filter((v): v is number => v !== undefined);
	return present.length ? pointsToNumber(sumHundredths(present)) : undefined;
}

type BudgetRow = NonNullable<Evaluation['budget']>['rows'][number];
/** Optional columns of a budget-execution table, shown only when some row prints them. */
export const BUDGET_COLUMNS = ['initial', 'adjusted', 'arrived', 'executed', 'rate', 'weight', 'score'] as const;
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];

export type AssessedGoal = Spanned<GoalRow> & { assessment: IndicatorAssessment };

/** Everything the page needs for one evaluation. */
export interface EvaluationView {
	evaluation: Evaluation;
	budgetRows: (BudgetRow & { computedRate?: number; rateFinding?: Finding })[];
	budgetColumns: BudgetColumn[];
	scoredRows: Spanned<NonNullable<Evaluation['scored']>['rows'][number]>[];
	scoredSum: { weight?: number; score?: number };
	goals: AssessedGoal[];
	goalSum: { weight?: number; score?: number };
	goalCounts: ReturnType<typeof countIndicators>;
	/** Total as printed, and as the site computes it from the rows. */
	total: { printed?: number; computed?: number };
	grade: { printed?: string; computed?: string };
	/** The typed figures of the report's text: 部门资金收支, 经费类别, 常年 / 一次性项目, 项目资金流向. */
	textTables: TableModel[];
	/** 数据核对 findings placed on this evaluation (anchor = its id) or about its printed figures (path). */
	findings: Finding[];
}

/** Builds the view of every evaluation of a unit-year, department first (as the templates print them). */
export function performanceView(d: Disclosure, findings: readonly Finding[]): EvaluationView[] {
	const computed = computeFigures(d).performance ?? [];
	return (d.performance?.evaluations ?? []).map((ev, i) => {
		const scored = ev.scored?.rows ?? [];
		const goalRows = ev.indicators?.rows ?? [];
		const budget = ev.budget?.rows ?? [];
		return {
			evaluation: ev,
			budgetRows: budget.map((r, k) => ({
				...r,
				computedRate: computed[i]?.executionRates[k]?.rate,
				rateFinding: findings.find((f) => f.path === `performance.evaluations[${i}].budget.rows[${k}].rate`),
			})),
			budgetColumns: BUDGET_COLUMNS.filter((c) => budget.some((r) => r[c] !== undefined)),
			scoredRows: spanLevels(scored),
			scoredSum: { weight: sumPoints(scored.map((r) => r.weight)), score: sumPoints(scored.map((r) => r.score)) },
			goals: spanLevels(goalRows).map((r) => ({ ...r, assessment: assessIndicator(r) })),
			goalSum: { weight: sumPoints(goalRows.map((r) => r.weight)), score: sumPoints(goalRows.map((r) => r.score)) },
			goalCounts: countIndicators(goalRows),
			total: { printed: printedTotal(ev), computed: computed[i]?.scoreSum },
			grade: { printed: ev.grade, computed: computed[i]?.grade },
			textTables: evaluationTextTables(ev),
			// Its own findings, plus cross-checks placed elsewhere (e.g. on 部门决算 totals) that quote its figures.
			findings: findings.filter((f) => f.anchor === ev.id || f.path.startsWith(`performance.evaluations[${i}].`)),
		};
	});
}
