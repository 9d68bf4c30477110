/** The balance of 收入支出决算总表: 总计 = 本年 + 结转结余, on both sides, for the unit and for 财政拨款. */
import type { Disclosure } from '../schema/disclosure.ts';
import { formatFen } from '../format.ts';
import { textFigures } from '../performance-text.ts';
import { expectSum, finding, wanFen, type Finding, type Rule } from './types.ts';

type TotalsKey = 'totals' | 'fiscalTotals';

/** 本年收入 / 本年支出 behind a 总计: printed in the totals, else the 本年 sections (unit) or the fiscal parts. */
function currentSides(d: Disclosure, key: TotalsKey): { income?: number; expenditure?: number } {
	const fa = d.finalAccounts!;
	const t = fa[key]!;
	if (key === 'totals') return { income: t.currentIncome ?? fa.income?.total, expenditure: t.currentExpenditure ?? fa.expenditure?.total };
	const inc = fa.income;
	const fiscalIncome =
		inc && [inc.generalBudget, inc.governmentFund, inc.stateCapital].some(Boolean)
			? [inc.generalBudget, inc.governmentFund, inc.stateCapital].reduce((s, p) => s + (p?.amount ?? 0), 0)
			: undefined;
	const fiscalSpent = fa.generalBudget
		? fa.generalBudget.amount + (fa.governmentFund?.amount ?? 0) + (fa.stateCapital?.amount ?? 0)
		: undefined;
	return { income: t.currentIncome ?? fiscalIncome, expenditure: t.currentExpenditure ?? fiscalSpent };
}

/** The report that states a 年初结转和结余 equal to the gap, if one does (001 prints it only in 附件1). */
function statedCarryover(d: Disclosure, gap: number): string | undefined {
	for (const [i, ev] of (d.performance?.evaluations ?? []).entries()) {
		const printed = [...(ev.statedAmounts ?? []), ...textFigures(ev, `performance.evaluations[${i}]`)];
		if (printed.some((s) => /年初结转和结余/.test(s.label) && (s.unit ?? '万元') === '万元' && wanFen(s.amount).fen === gap))
			return ev.title;
	}
	return undefined;
}

export const balanceClosure: Rule = {
	id: 'balance-closure',
	family: '总额与平衡',
	severity: '确定',
	title: '总计由本年数和结转结余构成',
	explain:
		'收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出 + 结余分配 + 年末结转和结余。' +
		'印出了结转结余时逐项核对；没有印出而本年数与总计不同时，差额就是未说明的结转结余。',
	why: '总计与本年数之差是上年留下或留给下年的钱。差额没有交代，读者无法知道这笔钱从哪里来、到哪里去。',
	formula: '收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出 + 结余分配 + 年末结转和结余',
	check: (d) =>
		(['totals', 'fiscalTotals'] as const).flatMap((key): Finding[] => {
			const t = d.finalAccounts?.[key];
			if (!t) return [];
			const who = key === 'totals' ? '' : '财政拨款';
			const cur = currentSides(d, key);
			const out: Finding[] = [];
			const sides = [
				// A text printing only the combined 收入支出总计 gives it for both sides (it is each side's 总计).
				{
					side: 'income',
					label: `${who}收入总计`,
					total: t.income ?? t.statedCombined,
					current: cur.income,
					currentLabel: `${who}本年收入`,
					extras: [t.nonFiscalBalanceUsed, t.carryoverStart],
					extrasLabel: '年初结转和结余',
				},
				{
					side: 'expenditure',
					label: `${who}支出总计`,
					total: t.expenditure ?? t.statedCombined,
					current: cur.expenditure,
					currentLabel: `${who}本年支出`,
					extras: [t.balanceDistribution, t.carryoverEnd],
					extrasLabel: '年末结转和结余',
				},
			] as const;
			for (const s of sides) {
				if (s.current === undefined || s.total === undefined) continue;
				const place = { path: `finalAccounts.${key}.${s.side}`, anchor: key, label: s.label };
				const extras = s.extras.filter((x): x is number => x !== undefined);
				if (extras.length) {
					out.push(...expectSum(balanceClosure, place, s.total, [s.current, ...extras], `${s.currentLabel} + 结转结余`));
					continue;
				}
				const gap = wanFen(s.total).fen - wanFen(s.current).fen;
				if (gap === 0) continue;
				const slack = wanFen(s.total).slack + wanFen(s.current).slack;
				// 本年数 above its 总计 is impossible; below it, the gap is a balance the text never names.
				const elsewhere = gap > 0 && s.side === 'income' ? statedCarryover(d, gap) : undefined;
				const severity = Math.abs(gap) <= slack || elsewhere ? '提示' : gap < 0 ? '确定' : '疑似';
				out.push(
					finding(
						balanceClosure,
						place,
						gap < 0
							? `${s.currentLabel} ${formatFen(wanFen(s.current).fen)} 万元大于${s.label} ${formatFen(wanFen(s.total).fen)} 万元，相差 ${formatFen(-gap)} 万元：总计不可能小于本年数。`
							: `${s.label} ${formatFen(wanFen(s.total).fen)} 万元，${s.currentLabel}只有 ${formatFen(wanFen(s.current).fen)} 万元，` +
									`相差 ${formatFen(gap)} 万元；本节没有说明这笔${s.extrasLabel}${elsewhere ? `，只在「${elsewhere}」中印出年初结转和结余 ${formatFen(gap)} 万元` : ''}。`,
						// No "expected" here: what the 总计 should be depends on a balance the text never gives.
						{ severity, actual: formatFen(wanFen(s.total).fen), difference: formatFen(gap) },
					),
				);
			}
			return out;
		}),
};

export const detailTotal: Rule = {
	id: 'detail-total',
	family: '总额与平衡',
	severity: '确定',
	title: '同一支出在总体、结构和明细中数额一致',
	explain: '一般公共预算财政拨款支出在“总体情况”“结构情况”“具体情况”三段中各印一次，三处应是同一个数。',
	why: '同一笔支出印成两个数，至少有一处是错的，读者不知道该信哪一个。',
	formula: '总体情况的支出 = 具体情况的决算数合计',
	check: (d) => {
		const g = d.finalAccounts?.generalBudget;
		if (!g?.detail) return [];
		const f = expectSum(
			detailTotal,
			{ path: 'finalAccounts.generalBudget.detail.total', anchor: 'generalBudget', label: '支出决算具体情况的决算数合计' },
			g.detail.total,
			[g.amount],
			'总体情况所印的一般公共预算财政拨款支出',
		);
		return f;
	},
};

export const BALANCE_RULES: readonly Rule[] = [balanceClosure, detailTotal];
