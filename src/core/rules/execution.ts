/** 完成预算 % of the final accounts, 机关运行经费 against 公用经费, and evaluated projects against 项目支出. */
import type { Disclosure } from '../schema/disclosure.ts';
import { compareRate, pctUnitsToNumber, toPct } from '../money.ts';
import { formatFen, formatPercent, formatPercentPoints } from '../format.ts';
import { wanFen, finding, type Finding, type Rule } from './types.ts';
import { THREE_PUBLIC_LABEL, THREE_PUBLIC_PARTS } from '../templates/three-public.ts';
import { detailBudgets } from '../stated-amounts.ts';

interface CompletionSite {
	path: string;
	anchor: string;
	label: string;
	amount: number;
	budget?: number;
	completion?: number;
	remark?: string;
	/** 全年预算 printed beside a 年初预算 (上海 2024 五（三）), for a rate the text calls 完成年初预算. */
	fullBudget?: number;
}

function completionSites(d: Disclosure): CompletionSite[] {
	const f = d.finalAccounts;
	if (!f) return [];
	const out: CompletionSite[] = [];
	const detail = f.generalBudget?.detail;
	detail?.items.forEach((it, i) =>
		out.push({
			path: `finalAccounts.generalBudget.detail.items[${i}].completion`,
			anchor: 'generalBudget',
			label: `“${it.item}”`,
			amount: it.amount,
			budget: it.budget,
			completion: it.completion,
			remark: it.remark,
		}),
	);
	// 五（三）“年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 z%”: X is a stated amount of the section.
	const { initial, full } = detailBudgets(f.statedAmounts);
	if (detail && initial)
		out.push({
			path: 'finalAccounts.generalBudget.detail.completion',
			anchor: 'generalBudget',
			label: '一般公共预算财政拨款支出',
			amount: detail.total,
			budget: initial.amount,
			fullBudget: full?.amount,
			completion: detail.completion,
			remark: detail.remark,
		});
	const t = f.threePublic;
	if (t) {
		out.push({
			path: 'finalAccounts.threePublic.completion',
			anchor: 'threePublic',
			label: THREE_PUBLIC_LABEL,
			amount: t.total,
			budget: t.budget,
			completion: t.completion,
		});
		for (const { key: k, label } of THREE_PUBLIC_PARTS) {
			const p = t[k];
			if (p)
				out.push({
					path: `finalAccounts.threePublic.${k}.completion`,
					anchor: 'threePublic',
					label,
					amount: p.amount,
					budget: p.budget,
					completion: p.completion,
				});
		}
	}
	return out;
}

export const completionRate: Rule = {
	id: 'completion-rate',
	family: '预算执行',
	severity: '确定',
	title: '完成预算比例等于决算数除以预算数',
	explain:
		'“完成预算 x%”按决算数 ÷ 预算数计算。印出预算数时直接核对；附注“决算数等于预算数”时应为 100%；决算数为零时完成率不可能为正，反之亦然。',
	why: '完成率是预算执行得好不好的直接证据；与决算数、预算数对不上，就无法据此判断。',
	formula: '完成预算% = 决算数 ÷ 预算数 × 100%',
	check: (d) =>
		completionSites(d).flatMap((s): Finding[] => {
			if (s.completion === undefined) return [];
			const place = { path: s.path, anchor: s.anchor };
			const amount = wanFen(s.amount);
			if (s.budget !== undefined && wanFen(s.budget).fen === 0 && s.completion > 0) {
				// 普陀区委社会工作部 2024: 年初预算 0, “完成年初预算的 95.89%” = 307.82 ÷ 全年预算 321.02.
				const rate = s.fullBudget ? compareRate(s.completion, amount, wanFen(s.fullBudget)) : undefined;
				const ofFull = rate && rate.verdict !== 'different';
				return [
					finding(
						completionRate,
						place,
						`${s.label}年初预算为 0，完成预算却印为 ${formatPercent(s.completion)}：对 0 的完成率无从计算` +
							(ofFull
								? `；${formatPercent(s.completion)} 是决算数 ${formatFen(amount.fen)} ÷ 全年预算 ${formatFen(wanFen(s.fullBudget!).fen)}，可能把全年预算说成了年初预算。`
								: '。'),
						{ severity: '疑似', expected: '无从计算', actual: formatPercent(s.completion) },
					),
				];
			}
			if (s.budget !== undefined) {
				const budget = wanFen(s.budget);
				const rate = compareRate(s.completion, amount, budget);
				if (!rate || rate.verdict === 'equal') return [];
				const { verdict, computed } = rate;
				const shown = formatPercent(pctUnitsToNumber(computed), 2);
				const gap = pctUnitsToNumber(toPct(s.completion).units - computed);
				return [
					finding(
						completionRate,
						place,
						`${s.label}完成预算印为 ${formatPercent(s.completion)}，按决算数 ${formatFen(amount.fen)} ÷ 预算数 ${formatFen(budget.fen)} 应为 ${shown}，` +
							`相差 ${formatPercentPoints(Math.abs(gap))} 个百分点。`,
						{
							severity: verdict === 'rounding' ? '提示' : '确定',
							expected: shown,
							actual: formatPercent(s.completion),
							difference: formatPercent(gap, 2),
						},
					),
				];
			}
			if (s.remark && /决算数?等于预算数?/.test(s.remark) && s.completion !== 100) {
				return [
					finding(completionRate, place, `${s.label}注明“决算数等于预算数”，完成预算却印为 ${formatPercent(s.completion)}，应为 100%。`, {
						expected: '100%',
						actual: formatPercent(s.completion),
					}),
				];
			}
			if (amount.fen > 0 && s.completion === 0) {
				return [finding(completionRate, place, `${s.label}决算数 ${formatFen(amount.fen)} 万元，完成预算却印为 0%。`, { actual: '0%' })];
			}
			if (amount.fen === 0 && s.completion > 0) {
				return [
					finding(completionRate, place, `${s.label}决算数为 0，完成预算却印为 ${formatPercent(s.completion)}。`, {
						expected: '0%',
						actual: formatPercent(s.completion),
					}),
				];
			}
			return [];
		}),
};

export const operatingCosts: Rule = {
	id: 'operating-costs',
	family: '基本支出',
	severity: '确定',
	title: '机关运行经费不超过公用经费',
	explain:
		'机关运行经费是一般公共预算财政拨款基本支出中的日常公用经费，不会多于公用经费。行政单位和参照公务员法管理的事业单位，两者通常相等；不等时值得核实。部门决算还包括其他事业单位时，它们的公用经费不算机关运行经费，不要求相等。',
	why: '机关运行经费是社会最关心的“行政成本”；它与公用经费对不上，意味着行政成本的口径或数额有误。',
	formula: '机关运行经费 ≤ 公用经费（决算只含行政、参公单位时：机关运行经费 = 公用经费）',
	check: (d, ctx) => {
		const f = d.finalAccounts;
		const oc = f?.otherMatters?.operatingCosts;
		const pu = f?.basicExpenditure?.publicUse;
		if (!oc || !pu) return [];
		const a = wanFen(oc.amount);
		const b = wanFen(pu.amount);
		const gap = a.fen - b.fen;
		if (gap === 0 || Math.abs(gap) <= a.slack + b.slack) return [];
		const place = { path: 'finalAccounts.otherMatters.operatingCosts.amount', anchor: 'otherMatters' };
		const values = { expected: formatFen(b.fen), actual: formatFen(a.fen), difference: formatFen(gap) };
		if (gap > 0)
			return [
				finding(
					operatingCosts,
					place,
					`机关运行经费 ${formatFen(a.fen)} 万元，多于基本支出中的公用经费 ${formatFen(b.fen)} 万元，相差 ${formatFen(gap)} 万元。`,
					values,
				),
			];
		const kind = ctx?.unit?.kind;
		if (kind !== '行政单位' && kind !== '参照公务员法管理的事业单位') return [];
		// A department's accounts that also cover 事业单位 outside the 参公 scope: their 公用经费 is not 机关运行经费.
		if (coversNonCivilServiceUnits(d)) return [];
		return [
			finding(
				operatingCosts,
				place,
				`本单位是${kind}，机关运行经费 ${formatFen(a.fen)} 万元，而公用经费为 ${formatFen(b.fen)} 万元，相差 ${formatFen(-gap)} 万元，口径可能不一致。`,
				{ ...values, severity: '疑似' },
			),
		];
	},
};

/**
 * Whether the accounts cover units whose 公用经费 lies outside 机关运行经费 (行政单位 and 参公 only): a 其他事业单位
 * counted in 单位构成, or a listed member after the first (本级) that is neither 参公 nor merged into 本级 — its nature
 * unprinted counts as outside, since nothing then says the two should be equal (普陀区规划资源局 2024: 3 下属事业单位).
 */
export function coversNonCivilServiceUnits(d: Disclosure): boolean {
	return (d.organisation ?? []).some(
		(o) =>
			o.unitKinds.some((k) => /事业单位/.test(k.kind) && !/参照|参公/.test(k.kind) && k.count > 0) ||
			o.members.slice(1).some((m) => !/参照|参公|并入本级/.test(m.note ?? '')),
	);
}

export const projectSum: Rule = {
	id: 'project-sum',
	family: '预算执行',
	severity: '确定',
	title: '评价的项目支出不超过项目支出总额',
	explain:
		'附件中逐个评价的项目，其执行数之和不可能超过部门决算中的项目支出（一般只评价部分项目，所以小于是正常的）；说明十列出的项目全部附有自评时，两者应相等。',
	why: '项目执行数加起来超过全年项目支出，说明项目的执行数或决算的项目支出有一处不实。',
	formula: 'Σ 项目执行数 ≤ 项目支出（全部项目都有自评时 =）',
	check: (d) => {
		const total = d.finalAccounts?.expenditure?.project?.amount;
		const evs = (d.performance?.evaluations ?? []).filter((e) => e.level === 'project');
		if (total === undefined || !evs.length) return [];
		const executed = evs.flatMap((e) => (e.budget?.rows[0]?.executed === undefined ? [] : [e.budget.rows[0].executed]));
		if (!executed.length) return [];
		const sum = executed.reduce((s, x) => s + wanFen(x).fen, 0);
		const slack = executed.reduce((s, x) => s + wanFen(x).slack, wanFen(total).slack);
		const gap = sum - wanFen(total).fen;
		// When every project the 说明十 lists is evaluated, the executions must add up to 项目支出, not just stay below.
		const listed = d.finalAccounts?.otherMatters?.performance?.projects?.length ?? 0;
		if (gap <= slack && listed === evs.length && executed.length === evs.length && gap !== 0) {
			const all = Math.abs(gap) <= slack;
			return [
				finding(
					projectSum,
					{ path: 'finalAccounts.expenditure.project.amount', anchor: 'expenditure' },
					`说明十列出的 ${listed} 个项目都附有自评，执行数合计 ${formatFen(sum)} 万元，决算的项目支出为 ${formatFen(wanFen(total).fen)} 万元，` +
						`相差 ${formatFen(Math.abs(gap))} 万元${all ? '（在各数的舍入范围内）' : ''}。`,
					{ severity: all ? '提示' : '疑似', expected: formatFen(wanFen(total).fen), actual: formatFen(sum), difference: formatFen(gap) },
				),
			];
		}
		if (gap <= slack) return [];
		return [
			finding(
				projectSum,
				{ path: 'finalAccounts.expenditure.project.amount', anchor: 'expenditure' },
				`附件评价的 ${executed.length} 个项目执行数合计 ${formatFen(sum)} 万元，超过决算的项目支出 ${formatFen(wanFen(total).fen)} 万元 ${formatFen(gap)} 万元。`,
				{ expected: `≤ ${formatFen(wanFen(total).fen)}`, actual: formatFen(sum), difference: formatFen(gap) },
			),
		];
	},
};

export const EXECUTION_RULES: readonly Rule[] = [completionRate, operatingCosts, projectSum];
