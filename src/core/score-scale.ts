/**
 * On what scale an evaluation's score stands: out of how many points, and whether every weighted part was
 * scored. Only complete scores out of 100 are compared between units (issue #14 point 5); 五通桥 prints its
 * 90 indicator points but not the 10 budget-execution points, so its "90" is 90 of 90, not 90 of 100.
 */
import type { Evaluation } from './schema/performance.ts';
import { printedTotal } from './rules/performance.ts';
import { pointsToNumber, sumPoints } from './rules/points.ts';

/** The score a page and the comparison may show, with its scale. */
export interface ScoreOnScale {
	/** The total: as printed, else the sum of the printed item scores. */
	score: number;
	/** Full marks of the parts that were scored. */
	scoredOutOf?: number;
	/** Full marks of the whole evaluation (all weighted parts), when the weights are printed. */
	outOf: number;
	/** True when no weight is printed and the template's 100-point scale is assumed. */
	assumedScale: boolean;
	/** True when every weighted part carries a printed score. */
	complete: boolean;
	/** Comparable with other units: complete and out of 100. */
	comparable: boolean;
	/** Plain Chinese, when the score is not comparable: which part is missing. */
	why?: string;
}

const TEMPLATE_SCALE = 100;
/** Σ of printed scores or weights, exact (in hundredths of a point: rules/points.ts). */
const sum = (xs: readonly number[]) => pointsToNumber(sumPoints(xs));

/** Weighted parts of an evaluation: rows of its scored table (or goals table) and the budget-execution line. */
function parts(ev: Evaluation): { label: string; weight?: number; score?: number }[] {
	const rows = ev.scored?.rows ?? ev.indicators?.rows ?? [];
	const out = rows.map((r) => ({ label: r.level3, weight: r.weight, score: r.score }));
	// A goals-table template scores budget execution on the 总额 line, outside the table (五通桥: 10 分).
	const budget = ev.scored ? undefined : ev.budget?.rows[0];
	if (budget?.weight !== undefined) out.push({ label: '预算执行', weight: budget.weight, score: budget.score });
	return out;
}

/** The score of one evaluation on its scale; undefined when neither a total nor any item score is printed. */
export function scoreOnScale(ev: Evaluation): ScoreOnScale | undefined {
	const all = parts(ev);
	const weighted = all.filter((p) => p.weight !== undefined);
	const scored = weighted.filter((p) => p.score !== undefined);
	const printed = printedTotal(ev);
	const itemScores = all.flatMap((p) => (p.score === undefined ? [] : [p.score]));
	const score = printed ?? (itemScores.length ? sum(itemScores) : undefined);
	if (score === undefined) return undefined;
	const assumedScale = weighted.length === 0;
	const outOf = assumedScale ? TEMPLATE_SCALE : sum(weighted.map((p) => p.weight!));
	const missing = weighted.filter((p) => p.score === undefined);
	// A printed total covers the whole evaluation even where single items were left blank.
	const complete = printed !== undefined || missing.length === 0;
	const scoredOutOf = complete ? outOf : sum(scored.map((p) => p.weight!));
	const comparable = complete && outOf === TEMPLATE_SCALE;
	const why = !complete
		? `只印出 ${scoredOutOf} 分部分的得分，${missing.map((p) => `${p.label}（${p.weight} 分）`).join('、')}未印出得分，满分 ${outOf} 分的总分不详`
		: outOf !== TEMPLATE_SCALE
			? `各项分值合计 ${outOf} 分，不是百分制`
			: undefined;
	return { score, scoredOutOf, outOf, assumedScale, complete, comparable, why };
}
