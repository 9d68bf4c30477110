/**
 * 项目资金申报及使用情况 (fundingFlow) against itself: 批复 + 追加 = 追加后批复, the printed 到位率 and 执行率 against
 * the printed amounts, and the 资金分配 against the money approved. And the 常年 / 一次性项目 statistics of the
 * department report against the project reports attached to it (projectStats).
 */
import type { Disclosure } from '../schema/disclosure.ts';
import type { FundingFlow } from '../schema/performance-funds.ts';
import { compareRate, pctUnitsToNumber, sumFen, toFen, toPct, type Fen } from '../money.ts';
import { formatFen, formatPercent, formatPercentPoints } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';
import { projectSpending } from '../project-spending.ts';

export const fundingFlowRule: Rule = {
	id: 'funding-flow',
	family: '预算执行',
	severity: '确定',
	title: '项目资金的批复、追加、到位和分配前后一致',
	explain:
		'项目评价报告写明申报、批复、追加、到位和支付的金额，常常还写出到位率、执行率的算式。批复数加追加数应等于追加后的批复数；' +
		'到位率应等于到位数 ÷ 批复数（有追加时为追加后的批复数）；执行率应等于支出数 ÷ 到位数（未印到位数时 ÷ 批复数）；' +
		'列出的资金分配之和应等于批复的资金。',
	why: '到位率、执行率是评价项目资金的第一个数；它与同一段里的金额对不上，评价的结论也就失去了依据。',
	formula: '批复 + 追加 = 追加后批复；到位率 = 到位数 ÷ 批复数；执行率 = 支出数 ÷ 到位数；Σ 资金分配 = 批复数',
	check: (d: Disclosure) =>
		(d.performance?.evaluations ?? []).flatMap((ev, i) =>
			ev.fundingFlow ? flowFindings(ev.fundingFlow, `performance.evaluations[${i}].fundingFlow`, ev.id) : [],
		),
};

function flowFindings(f: FundingFlow, base: string, anchor: string): Finding[] {
	const fen = (v: number | undefined): Fen | undefined => (v === undefined ? undefined : toFen(v, f.unit));
	const out: Finding[] = [];
	const approved = fen(f.approved);
	const added = fen(f.added);
	const adjusted = fen(f.adjusted);
	const budget = adjusted ?? approved;
	const budgetName = adjusted ? '追加后批复数' : '批复数';
	const amountGap = (field: string, printed: Fen, computed: Fen, formula: string) => {
		const gap = printed.fen - computed.fen;
		if (Math.abs(gap) <= printed.slack + computed.slack) return;
		out.push(
			finding(
				fundingFlowRule,
				{ path: `${base}.${field}`, anchor },
				`${formula}：印为 ${formatFen(printed.fen)} 万元，按其余印出的数应为 ${formatFen(computed.fen)} 万元，相差 ${formatFen(Math.abs(gap))} 万元。`,
				{ expected: formatFen(computed.fen), actual: formatFen(printed.fen), difference: formatFen(gap) },
			),
		);
	};
	if (approved && added && adjusted) amountGap('adjusted', adjusted, sumFen([approved, added]), '追加后批复数 = 批复数 + 追加数');
	if (budget && f.allocation.length >= 2) {
		amountGap('allocation', sumFen(f.allocation.map((x) => toFen(x.amount, f.unit))), budget, `资金分配之和 = ${budgetName}`);
	}
	const rateGap = (field: string, printed: number | undefined, part: Fen | undefined, whole: Fen | undefined, formula: string) => {
		if (printed === undefined || !part || !whole) return;
		const r = compareRate(printed, part, whole);
		if (!r || r.verdict === 'equal') return;
		const shown = formatPercent(pctUnitsToNumber(r.computed), 2);
		const gap = pctUnitsToNumber(toPct(printed).units - r.computed);
		out.push(
			finding(
				fundingFlowRule,
				{ path: `${base}.${field}`, anchor },
				`${formula}：印为 ${formatPercent(printed)}，按 ${formatFen(part.fen)} ÷ ${formatFen(whole.fen)} 应为 ${shown}，` +
					`相差 ${formatPercentPoints(Math.abs(gap))} 个百分点。`,
				{
					severity: r.verdict === 'rounding' ? '提示' : undefined,
					expected: shown,
					actual: formatPercent(printed),
					difference: formatPercent(gap, 2),
				},
			),
		);
	};
	const arrived = fen(f.arrived);
	rateGap('arrivalRate', f.arrivalRate, arrived, budget, `资金到位率 = 到位数 ÷ ${budgetName}`);
	rateGap('executionRate', f.executionRate, fen(f.spent), arrived ?? budget, `预算执行率 = 支出数 ÷ ${arrived ? '到位数' : budgetName}`);
	return out;
}

export const projectStatsAmount: Rule = {
	id: 'project-stats-amount',
	family: '预算执行',
	severity: '疑似',
	title: '常年、一次性项目的预算总金额与所附项目自评相符',
	explain:
		'部门整体自评写明常年项目、一次性项目各几个、涉及预算总金额多少。所附的项目自评正好是这几个项目时，它们的预算数（全年预算数，未印时为年初预算数）' +
		'之和应等于所写的预算总金额。口径可能不同（如只算财政资金），所以记为疑似。',
	why: '项目的钱在部门报告和项目报告里各说一遍；两处对不上，读者不知道哪一个是项目真正的预算。',
	formula: 'Σ 常年 / 一次性项目的预算总金额 = Σ 所附项目自评的预算数（项目数相同时）',
	check: (d: Disclosure) =>
		(d.performance?.evaluations ?? []).flatMap((ev, i): Finding[] => {
			const stats = ev.projectStats ?? [];
			const projects = projectSpending(d)?.lines ?? [];
			const listed = stats.reduce((n, s) => n + (s.count ?? 0), 0);
			const amounts = stats.flatMap((s) => (s.amount === undefined ? [] : [toFen(s.amount)]));
			if (!listed || listed !== projects.length || amounts.length !== stats.length) return [];
			const budgets = projects.flatMap((p) => (p.budget === undefined ? [] : [toFen(p.budget)]));
			if (budgets.length !== projects.length) return [];
			const stated = sumFen(amounts);
			const attached = sumFen(budgets);
			const gap = stated.fen - attached.fen;
			if (Math.abs(gap) <= stated.slack + attached.slack) return [];
			return [
				finding(
					projectStatsAmount,
					{ path: `performance.evaluations[${i}].projectStats[0].amount`, anchor: ev.id },
					`「${ev.title}」写 ${listed} 个项目涉及预算总金额 ${formatFen(stated.fen)} 万元，所附 ${projects.length} 份项目自评的预算数之和是 ` +
						`${formatFen(attached.fen)} 万元（${projects.map((p) => `${p.name} ${formatFen(toFen(p.budget!).fen)}`).join('、')}），相差 ${formatFen(Math.abs(gap))} 万元。`,
					{ expected: formatFen(attached.fen), actual: formatFen(stated.fen), difference: formatFen(gap) },
				),
			];
		}),
};

export const FUNDING_FLOW_RULES: readonly Rule[] = [fundingFlowRule, projectStatsAmount];
