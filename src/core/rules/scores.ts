/** Scores of the 绩效自评 beyond their sums: each score within its weight, weights of each level, total and wording. */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Evaluation } from '../schema/performance.ts';
import { formatNumber } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';
import { printedTotal } from './performance.ts';
import { gradeFor } from '../grades.ts';
import { pointsToNumber, showPoints, sumPoints, toPoints } from './points.ts';

const evaluations = (d: Disclosure): readonly Evaluation[] => d.performance?.evaluations ?? [];
const base = (i: number) => `performance.evaluations[${i}]`;
const pts = toPoints;
const show = showPoints;

export const scoreWeight: Rule = {
	id: 'score-weight',
	family: '评分',
	severity: '确定',
	title: '每项得分不超过其分值',
	explain: '打分表、指标表和预算执行行中，每一项的得分不能超过该项的分值（权重）。',
	why: '得分超过满分，说明得分或分值印错，总分也就不可信。',
	formula: '得分 ≤ 分值',
	check: (d) =>
		evaluations(d).flatMap((ev, i) => {
			const out: Finding[] = [];
			const rows: [string, string, { weight?: number; score?: number }][] = [
				...(ev.scored?.rows ?? []).map((r, j) => [`${base(i)}.scored.rows[${j}]`, r.level3, r] as [string, string, typeof r]),
				...(ev.indicators?.rows ?? []).map((r, j) => [`${base(i)}.indicators.rows[${j}]`, r.level3, r] as [string, string, typeof r]),
				...(ev.budget?.rows ?? []).map(
					(r, j) => [`${base(i)}.budget.rows[${j}]`, `预算执行（${r.label}）`, r] as [string, string, typeof r],
				),
			];
			for (const [path, label, r] of rows) {
				if (r.weight === undefined || r.score === undefined || pts(r.score) <= pts(r.weight)) continue;
				out.push(
					finding(
						scoreWeight,
						{ path: `${path}.score`, anchor: ev.id },
						`「${label}」得分 ${formatNumber(r.score)}，超过其分值 ${formatNumber(r.weight)}。`,
						{ expected: `≤ ${formatNumber(r.weight)}`, actual: formatNumber(r.score), difference: show(pts(r.score) - pts(r.weight)) },
					),
				);
			}
			return out;
		}),
};

export const weightLevels: Rule = {
	id: 'weight-levels',
	family: '评分',
	severity: '确定',
	title: '一级、二级指标分值等于其下各项分值之和',
	explain:
		'打分表中一级指标的分值应等于其下三级指标分值之和，二级指标的分值也一样。同一个一级指标下两组二级指标同名时，读者分不清各考核什么（疑似）。',
	why: '上级分值与下级合计不符，满分就不是 100 分，得分的比例也随之失真。',
	formula: '一级指标分值 = Σ 其下三级指标分值；二级指标分值 = Σ 其下三级指标分值',
	check: (d) =>
		evaluations(d).flatMap((ev, i) => {
			const rows = ev.scored?.rows ?? [];
			const out: Finding[] = [];
			const norm = (s: string) => s.replace(/\s|[（(][^)）]*[)）]/g, '');
			const groups = new Map<string, Group>();
			rows.forEach((r, j) => {
				const g = groups.get(norm(r.level1)) ?? { sum: 0, first: j };
				g.weight ??= r.level1Weight;
				g.sum += pts(r.weight ?? 0);
				g.weighted ||= r.weight !== undefined;
				groups.set(norm(r.level1), g);
			});
			const list = [...groups];
			for (const [k, [name, g]] of list.entries()) {
				// A group without any row weight (扣分项) has nothing to add up.
				if (g.weight === undefined || !g.weighted || pts(g.weight) === g.sum) continue;
				const merged = mergedWith(list.slice(k + 1), pts(g.weight) - g.sum);
				if (merged.length) {
					// 004: “决策 40” printed across the rows of 决策 (21) and an unweighted 过程 (19): a merged cell.
					const parts = [`“${name}”${show(g.sum)}`, ...merged.map(([n, m]) => `“${n}”${show(m.sum)}`)];
					out.push(
						finding(
							weightLevels,
							{ path: `${base(i)}.scored.rows[${g.first}].level1Weight`, anchor: ev.id },
							`一级指标“${name}”分值印为 ${formatNumber(g.weight)}，其下各项分值合计 ${show(g.sum)}，相差 ${show(pts(g.weight) - g.sum)} 分；` +
								`下面没有印分值的${merged.map(([n]) => `“${n}”`).join('、')}合计正好是这 ${show(pts(g.weight) - g.sum)} 分，` +
								`${formatNumber(g.weight)} 应是跨行的合并单元格（${parts.join(' + ')}），分值本身未必有错。`,
							{ severity: '疑似', expected: show(g.sum), actual: formatNumber(g.weight), difference: show(pts(g.weight) - g.sum) },
						),
					);
					continue;
				}
				out.push(
					finding(
						weightLevels,
						{ path: `${base(i)}.scored.rows[${g.first}].level1Weight`, anchor: ev.id },
						`一级指标“${name}”分值印为 ${formatNumber(g.weight)}，其下各项分值合计 ${show(g.sum)}，相差 ${show(Math.abs(pts(g.weight) - g.sum))} 分。`,
						{ expected: show(g.sum), actual: formatNumber(g.weight), difference: show(pts(g.weight) - g.sum) },
					),
				);
			}
			// 二级指标: consecutive runs, since two different 二级 may share a name (004 prints 资金管理 twice).
			let run: { name: string; weight?: number; sum: number; first: number } | undefined;
			const close = () => {
				if (run?.weight !== undefined && pts(run.weight) !== run.sum) {
					out.push(
						finding(
							weightLevels,
							{ path: `${base(i)}.scored.rows[${run.first}].level2Weight`, anchor: ev.id },
							`二级指标“${run.name}”分值印为 ${formatNumber(run.weight)}，其下各项分值合计 ${show(run.sum)}。`,
							{ expected: show(run.sum), actual: formatNumber(run.weight), difference: show(pts(run.weight) - run.sum) },
						),
					);
				}
			};
			// A 二级 name that starts a second group under the same 一级 (004: 资金管理 6 twice under 过程): 疑似.
			const started = new Map<string, { first: number; weight?: number }>();
			rows.forEach((r, j) => {
				if (r.level2 && (r.level2Weight !== undefined || !run || norm(r.level2) !== run.name)) {
					close();
					run = { name: norm(r.level2), weight: r.level2Weight, sum: 0, first: j };
					const key = `${norm(r.level1)}/${run.name}`;
					const before = started.get(key);
					if (before)
						out.push(
							finding(
								weightLevels,
								{ path: `${base(i)}.scored.rows[${j}].level2`, anchor: ev.id },
								`二级指标“${r.level2}”在一级指标“${r.level1}”下印了两次（第 ${before.first + 1} 行${before.weight === undefined ? '' : ` ${formatNumber(before.weight)} 分`}、` +
									`第 ${j + 1} 行${r.level2Weight === undefined ? '' : ` ${formatNumber(r.level2Weight)} 分`}）：两组同名，分不清各自考核什么，可能有一组的名称印错了。`,
								{ severity: '疑似', expected: '各二级指标名称不同', actual: `“${r.level2}”两次` },
							),
						);
					else started.set(key, { first: j, weight: r.level2Weight });
				}
				if (run) run.sum += pts(r.weight ?? 0);
			});
			close();
			return out;
		}),
};

type Group = { weight?: number; sum: number; first: number; weighted?: boolean };

/** The groups right after a mismatched one, without a printed weight, whose items make up exactly `missing`. */
function mergedWith(next: readonly [string, Group][], missing: number): [string, Group][] {
	const run: [string, Group][] = [];
	let sum = 0;
	for (const entry of next) {
		if (entry[1].weight !== undefined || missing <= 0) break;
		run.push(entry);
		sum += entry[1].sum;
		if (sum === missing) return run;
	}
	return [];
}

/** Σ of the row scores the template adds up to its total, when every row has one. */
export function computedTotal(ev: Evaluation): number | undefined {
	const all = (rows: readonly { score?: number }[]) =>
		rows.length && rows.every((r) => r.score !== undefined) ? sumPoints(rows.map((r) => r.score!)) : undefined;
	if (ev.scored) return all(ev.scored.rows);
	if (!ev.indicators) return undefined;
	const ind = all(ev.indicators.rows);
	const budget = ev.budget?.rows[0]?.score;
	return ind === undefined ? undefined : ind + (budget === undefined ? 0 : pts(budget));
}

export const totalScore: Rule = {
	id: 'total-score',
	family: '评分',
	severity: '确定',
	title: '自评总分等于各项得分之和',
	explain:
		'报告或评价表印出的自评总分，应等于打分表各项得分之和（指标表的得分加上预算执行得分）。打分表或计分的指标表没有印出总分和等次时，也是疑似：给出按各项计算的总分和等次。',
	why: '总分决定等次；总分与各项得分对不上，等次也就没有依据。',
	formula: '自评总分 = Σ 各项得分（+ 预算执行得分）',
	check: (d) =>
		evaluations(d).flatMap((ev, i): Finding[] => {
			const sum = computedTotal(ev);
			if (sum === undefined) return [];
			const printed = printedTotal(ev);
			const place = { path: `${base(i)}.totalScore`, anchor: ev.id };
			if (printed === undefined) {
				if (ev.grade) return [];
				// A goals table scores only its 绩效指标 (“合计 90 90”); the 预算执行 points complete the total.
				const budget = ev.budget?.rows[0];
				const budgetMissing = !ev.scored && budget?.weight !== undefined && budget.score === undefined;
				return [
					finding(
						totalScore,
						place,
						budgetMissing
							? `「${ev.project?.name ?? ev.title}」只印出绩效指标合计 ${show(sum)} 分，预算执行（权重 ${formatNumber(budget!.weight!)} 分）没有印得分，也没有印出总分和等次。`
							: `「${ev.title}」没有印出总分和等次；按各项得分合计为 ${show(sum)} 分，对应等次“${gradeFor(pointsToNumber(sum))}”。`,
						{ severity: '疑似', expected: budgetMissing ? `${show(sum)} + 预算执行得分` : show(sum), actual: '未印' },
					),
				];
			}
			if (pts(printed) === sum) return [];
			return [
				finding(
					totalScore,
					place,
					`「${ev.title}」自评总分印为 ${formatNumber(printed)} 分，各项得分合计 ${show(sum)} 分，相差 ${show(Math.abs(pts(printed) - sum))} 分。`,
					{ expected: show(sum), actual: formatNumber(printed), difference: show(pts(printed) - sum) },
				),
			];
		}),
};

const NONE = /^[\s：:]*(无|暂无|没有|无问题|不存在问题)[。.]?\s*$/;

export const problemsNone: Rule = {
	id: 'problems-none',
	family: '评分',
	severity: '疑似',
	title: '扣了分却说“存在问题：无”',
	explain: '有指标没有得满分，说明评价时发现了不足；此时“存在问题”一栏写“无”，与扣分相矛盾。',
	why: '扣分的原因正是读者最想知道的；写“无”等于隐去了问题。',
	formula: 'Σ（分值 − 得分）> 0 ⇒ 存在问题 ≠ “无”',
	check: (d) =>
		evaluations(d).flatMap((ev, i): Finding[] => {
			if (!ev.problems || !NONE.test(ev.problems)) return [];
			const rows = [...(ev.scored?.rows ?? []), ...(ev.indicators?.rows ?? []), ...(ev.budget?.rows.slice(0, 1) ?? [])];
			const lost = rows.reduce(
				(s, r) => s + (r.weight !== undefined && r.score !== undefined ? Math.max(pts(r.weight) - pts(r.score), 0) : 0),
				0,
			);
			if (lost <= 0) return [];
			return [
				finding(
					problemsNone,
					{ path: `${base(i)}.problems`, anchor: ev.id },
					`「${ev.title}」各项共扣 ${show(lost)} 分，“存在问题”却写“${ev.problems.trim()}”。`,
					{ actual: ev.problems.trim(), difference: show(lost) },
				),
			];
		}),
};

export const SCORE_RULES: readonly Rule[] = [scoreWeight, weightLevels, totalScore, problemsNone];
