/**
 * What the printed figures imply: sums of parts, previous-year totals derived from stated changes,
 * execution rates, score sums and the 等次 of each score. Computed in integer 分, reported in 万元.
 */
import type { Change } from './schema/primitives.ts';
import type { Disclosure } from './schema/disclosure.ts';
import { expenditureKinds, incomeSources, totalOf } from './schema/final-accounts.ts';
import { fenToWan, ratioPct, pctUnitsToNumber, sumFen, toFen } from './money.ts';
import { printedTotal } from './rules/performance.ts';
import { gradeFor } from './grades.ts';
import { pointsToNumber, sumPoints } from './rules/points.ts';
import { THREE_PUBLIC_PARTS } from './templates/three-public.ts';

/** A previous-year figure, read or derived. `derived`: computed from this year's figure and the stated change. */
export interface PreviousYear {
	value: number;
	derived: true;
	/** How it was derived, in Chinese, for the figure caption. */
	how: string;
}

/** Previous-year amount implied by a current amount and a stated change ("减少 951.66 万元"). */
export function previousFromChange(current: number | undefined, change: Change | undefined): PreviousYear | undefined {
	if (current === undefined || !change || change.amount === undefined) return undefined;
	const now = toFen(current).fen;
	const delta = toFen(change.amount).fen;
	if (change.direction === 'flat') return { value: current, derived: true, how: '原文称与上年持平' };
	if (change.direction === 'unstated') return undefined;
	const prev = change.direction === 'increase' ? now - delta : now + delta;
	if (prev < 0) return undefined;
	const verb = change.direction === 'increase' ? '增加' : '减少';
	return { value: fenToWan(prev), derived: true, how: `由本年数与原文“${verb} ${change.amount} 万元”推算` };
}

const sumWan = (xs: readonly number[]) => fenToWan(sumFen(xs.map((x) => toFen(x))).fen);
const rate = (part: number, whole: number) => Math.round(pctUnitsToNumber(ratioPct(toFen(part).fen, toFen(whole).fen)) * 100) / 100;

/** Every computed figure of one unit-year, as plain JSON-ready data. */
export function computeFigures(d: Disclosure) {
	const fa = d.finalAccounts;
	const income = fa?.income;
	const exp = fa?.expenditure;
	const g = fa?.generalBudget;
	const t = fa?.threePublic;
	return {
		finalAccounts: fa && {
			incomeSumOfParts: income ? sumWan(incomeSources.flatMap((k) => (income[k] ? [income[k].amount] : []))) : undefined,
			expenditureSumOfParts: exp ? sumWan(expenditureKinds.flatMap((k) => (exp[k] ? [exp[k].amount] : []))) : undefined,
			previousYear: {
				totals: fa.totals && previousFromChange(totalOf(fa.totals), fa.totals.change),
				fiscalTotals: fa.fiscalTotals && previousFromChange(totalOf(fa.fiscalTotals), fa.fiscalTotals.change),
				generalBudget: g && previousFromChange(g.amount, g.change),
				threePublic: t && previousFromChange(t.total, t.change),
				operatingCosts:
					fa.otherMatters?.operatingCosts &&
					previousFromChange(fa.otherMatters.operatingCosts.amount, fa.otherMatters.operatingCosts.change),
			},
			generalBudgetSumOfCategories: g?.byCategory.length ? sumWan(g.byCategory.map((c) => c.amount)) : undefined,
			generalBudgetSumOfItems: g?.detail?.items.length ? sumWan(g.detail.items.map((i) => i.amount)) : undefined,
			basicSumOfParts: fa.basicExpenditure
				? sumWan([fa.basicExpenditure.personnel.amount, fa.basicExpenditure.publicUse.amount])
				: undefined,
			threePublicSumOfParts: t ? sumWan(THREE_PUBLIC_PARTS.flatMap(({ key }) => (t[key] ? [t[key].amount] : []))) : undefined,
		},
		performance: d.performance?.evaluations.map((ev) => {
			const scores = (ev.scored?.rows ?? ev.indicators?.rows ?? []).flatMap((r) => (r.score === undefined ? [] : [r.score]));
			const budgetScore = ev.scored ? 0 : (ev.budget?.rows[0]?.score ?? 0);
			const scoreSum = scores.length ? pointsToNumber(sumPoints([...scores, budgetScore])) : undefined;
			const total = printedTotal(ev) ?? scoreSum;
			return {
				id: ev.id,
				executionRates: (ev.budget?.rows ?? []).map((r) => {
					const den = r.adjusted ?? r.arrived ?? r.initial;
					return { label: r.label, rate: r.executed !== undefined && den ? rate(r.executed, den) : undefined };
				}),
				scoreSum,
				/** The total the 等次 is judged on: as printed, else the sum of the printed item scores. */
				total,
				grade: total === undefined ? undefined : gradeFor(total),
			};
		}),
	};
}

export type ComputedFigures = ReturnType<typeof computeFigures>;
