/** Rules of the 绩效自评: execution rates, score sums and the 等次 band. */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Evaluation } from '../schema/performance.ts';
import { compareRate, printedAmount, toPct, pctUnitsToNumber } from '../money.ts';
import { formatNumber, formatPercent, formatPercentPoints } from '../format.ts';
import type { Finding, Rule } from './types.ts';
import { pointsSlack, showPoints, sumPoints, toPoints } from './points.ts';
import { gradeAliasesText, gradeBandsText, gradeFor, gradeOf } from '../grades.ts';

const evaluations = (d: Disclosure): readonly Evaluation[] => d.performance?.evaluations ?? [];
const base = (i: number) => `performance.evaluations[${i}]`;

export const executionRate: Rule = {
	id: 'execution-rate',
	family: '预算执行',
	severity: '确定',
	title: '执行率等于执行数除以调整后预算',
	explain: '预算执行率按“执行数 ÷ 调整后预算数（全年预算数）”计算；没有调整后预算时按年初预算或实际到位数。印出的执行率应与之相符。',
	formula: '执行率 = 执行数 ÷ 调整后预算数 × 100%',
	check: (d) =>
		evaluations(d).flatMap((ev, i) =>
			(ev.budget?.rows ?? []).flatMap((row, r): Finding[] => {
				const denominator = row.adjusted ?? row.arrived ?? row.initial;
				if (row.rate === undefined || row.executed === undefined || denominator === undefined) return [];
				const exec = printedAmount(row.executed);
				const rate = compareRate(row.rate, exec, printedAmount(denominator));
				if (!rate || rate.verdict === 'equal') return [];
				const { verdict, computed } = rate;
				const printed = toPct(row.rate);
				const shown = formatPercent(pctUnitsToNumber(computed), 2);
				return [
					{
						rule: executionRate.id,
						severity: verdict === 'rounding' ? '提示' : executionRate.severity,
						path: `${base(i)}.budget.rows[${r}].rate`,
						anchor: ev.id,
						message:
							`「${row.label}」执行率印为 ${formatPercent(row.rate)}，按执行数 ${formatNumber(row.executed)} ÷ 预算数 ${formatNumber(denominator)} 应为 ${shown}，` +
							`相差 ${formatPercentPoints(Math.abs(pctUnitsToNumber(printed.units - computed)))} 个百分点。`,
						expected: shown,
						actual: formatPercent(row.rate),
						difference: formatPercent(pctUnitsToNumber(printed.units - computed), 2),
					},
				];
			}),
		),
};

export const scoreSum: Rule = {
	id: 'score-sum',
	family: '评分',
	severity: '确定',
	title: '各项得分之和等于总分',
	explain: '打分表或指标表中各三级指标得分之和应等于印出的合计 / 总分；分值之和应等于满分。',
	formula: '合计得分 = Σ 各项得分；合计分值 = Σ 各项分值',
	check: (d) =>
		evaluations(d).flatMap((ev, i) => {
			const out: Finding[] = [];
			const tables = [['scored', ev.scored] as const, ['indicators', ev.indicators] as const];
			for (const [key, table] of tables) {
				if (!table?.total) continue;
				for (const field of ['score', 'weight'] as const) {
					const printed = table.total[field];
					const values = table.rows.flatMap((r) => (r[field] === undefined ? [] : [r[field]]));
					if (printed === undefined || !values.length) continue;
					const sum = sumPoints(values);
					if (Math.abs(toPoints(printed) - sum) <= pointsSlack(values)) continue;
					const what = field === 'score' ? '得分' : '分值';
					out.push({
						rule: scoreSum.id,
						severity: scoreSum.severity,
						path: `${base(i)}.${key}.total.${field}`,
						anchor: ev.id,
						message: `「${ev.title}」合计${what}印为 ${formatNumber(printed)}，各项${what}之和为 ${showPoints(sum)}，相差 ${showPoints(Math.abs(toPoints(printed) - sum))} 分。`,
						expected: showPoints(sum),
						actual: formatNumber(printed),
						difference: showPoints(toPoints(printed) - sum),
					});
				}
			}
			return out;
		}),
};

/** The total score an evaluation prints: 自评总分, else the 合计 row of its scored table. */
export function printedTotal(ev: Evaluation): number | undefined {
	return ev.totalScore ?? ev.scored?.total?.score;
}

export const gradeBand: Rule = {
	id: 'grade-band',
	family: '评分',
	severity: '确定',
	title: '等次与总分相符',
	explain: `绩效自评等次按总分（百分制）划定：${gradeBandsText()}（${gradeAliasesText()}）。`,
	formula: gradeBandsText(),
	check: (d) =>
		evaluations(d).flatMap((ev, i): Finding[] => {
			const total = printedTotal(ev);
			if (total === undefined || !ev.grade) return [];
			const expected = gradeFor(total);
			const printed = gradeOf(ev.grade);
			if (printed === expected) return [];
			return [
				{
					rule: gradeBand.id,
					severity: gradeBand.severity,
					path: `${base(i)}.grade`,
					anchor: ev.id,
					message: `「${ev.title}」总分 ${formatNumber(total)} 分，等次应为“${expected}”，原文为“${ev.grade}”。`,
					expected,
					actual: ev.grade,
				},
			];
		}),
};

export const PERFORMANCE_RULES: readonly Rule[] = [executionRate, scoreSum, gradeBand];
