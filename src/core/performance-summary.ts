/**
 * “At a glance” for a 绩效自评 page (issue #14 point 1): per evaluation the score on its scale, the 等次, how
 * many goals were met / not met / not measurable, and budget execution — all from printed values.
 */
import { computeFigures } from './computed.ts';
import { countIndicators, type IndicatorStatus } from './indicators.ts';
import { gradeFor } from './grades.ts';
import { scoreOnScale, type ScoreOnScale } from './score-scale.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Evaluation } from './schema/performance.ts';

export interface ExecutionSummary {
	/** The budget line it is read from (总额 / 合计 …). */
	label: string;
	executed?: number;
	/** 调整后预算数, else 实际到位数, else 年初预算数 (the denominator of the printed rate). */
	budget?: number;
	/** The rate as printed, else computed from the two amounts. */
	rate?: number;
	rateComputed: boolean;
}

export interface EvaluationSummary {
	id: string;
	name: string;
	level: Evaluation['level'];
	score?: ScoreOnScale;
	/** 等次 as printed, and what the score gives (only for a complete score out of 100). */
	grade: { printed?: string; expected?: string };
	goals: Record<IndicatorStatus, number> & { total: number };
	execution?: ExecutionSummary;
}

export interface PerformanceSummary {
	/** The evaluation a reader looks at first: 部门整体, or the only one. */
	headline?: EvaluationSummary;
	/** Every evaluation, in printed order (the headline included). */
	evaluations: EvaluationSummary[];
	/** Why the scores are not compared, when it is the same for every evaluation (said once, not seven times). */
	sharedWhy?: string;
}

const TOTAL_LINE = /总额|合计|总计/;

function execution(ev: Evaluation, computedRates: readonly { rate?: number }[]): ExecutionSummary | undefined {
	const rows = ev.budget?.rows ?? [];
	const i = Math.max(
		0,
		rows.findIndex((r) => TOTAL_LINE.test(r.label)),
	);
	const row = rows[i];
	if (!row || (row.executed === undefined && row.rate === undefined)) return undefined;
	const budget = row.adjusted ?? row.arrived ?? row.initial;
	const computed = computedRates[i]?.rate;
	return {
		label: row.label,
		executed: row.executed,
		budget,
		rate: row.rate ?? computed,
		rateComputed: row.rate === undefined && computed !== undefined,
	};
}

/** The summary of every evaluation of a unit-year. */
export function performanceSummary(d: Disclosure): PerformanceSummary {
	const computed = computeFigures(d).performance ?? [];
	const evaluations = (d.performance?.evaluations ?? []).map((ev, i): EvaluationSummary => {
		const score = scoreOnScale(ev);
		const counts = countIndicators(ev.indicators?.rows ?? []);
		return {
			id: ev.id,
			name: ev.project?.name ?? ev.title,
			level: ev.level,
			score,
			grade: { printed: ev.grade, expected: score?.comparable ? gradeFor(score.score) : undefined },
			goals: { ...counts, total: ev.indicators?.rows.length ?? 0 },
			execution: execution(ev, computed[i]?.executionRates ?? []),
		};
	});
	const headline = evaluations.find((e) => e.level === 'department') ?? (evaluations.length === 1 ? evaluations[0] : undefined);
	const whys = new Set(evaluations.map((e) => (e.score?.comparable === false ? e.score.why : undefined)));
	const sharedWhy = evaluations.length > 1 && whys.size === 1 ? [...whys][0] : undefined;
	return { headline, evaluations, sharedWhy };
}
