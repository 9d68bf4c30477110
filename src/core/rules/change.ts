/** Year over year: 变动额, 变动幅度 and the stated reasons must fit together and with this year's figure. */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Change } from '../schema/primitives.ts';
import { agreementPct, ratioPct, pctUnitsToNumber, toPct } from '../money.ts';
import { formatFen, formatPercent, formatPercentPoints } from '../format.ts';
import { wanFen, finding, type Finding, type Rule } from './types.ts';
import { THREE_PUBLIC_LABEL, THREE_PUBLIC_PARTS } from '../templates/three-public.ts';

/** Every printed change with the figure it applies to. */
export interface ChangeSite {
	path: string;
	anchor: string;
	label: string;
	current: number;
	change: Change;
	/** Itemised reasons recorded as data (机关运行经费 by 经济分类). */
	items?: readonly { name: string; change: Change }[];
}

export function changeSites(d: Disclosure): ChangeSite[] {
	const f = d.finalAccounts;
	if (!f) return [];
	const out: ChangeSite[] = [];
	const add = (
		path: string,
		anchor: string,
		label: string,
		current: number | undefined,
		change: Change | undefined,
		items?: ChangeSite['items'],
	) => {
		if (current !== undefined && change) out.push({ path, anchor, label, current, change, items });
	};
	add('finalAccounts.totals.change', 'totals', '收入、支出总计', f.totals?.income, f.totals?.change);
	add('finalAccounts.fiscalTotals.change', 'fiscalTotals', '财政拨款收入、支出总计', f.fiscalTotals?.income, f.fiscalTotals?.change);
	add('finalAccounts.generalBudget.change', 'generalBudget', '一般公共预算财政拨款支出', f.generalBudget?.amount, f.generalBudget?.change);
	add(
		'finalAccounts.governmentFund.change',
		'governmentFund',
		'政府性基金预算财政拨款支出',
		f.governmentFund?.amount,
		f.governmentFund?.change,
	);
	add('finalAccounts.stateCapital.change', 'stateCapital', '国有资本经营预算财政拨款支出', f.stateCapital?.amount, f.stateCapital?.change);
	const t = f.threePublic;
	add('finalAccounts.threePublic.change', 'threePublic', THREE_PUBLIC_LABEL, t?.total, t?.change);
	for (const { key: k, label } of THREE_PUBLIC_PARTS) {
		add(`finalAccounts.threePublic.${k}.change`, 'threePublic', label, t?.[k]?.amount, t?.[k]?.change);
	}
	const oc = f.otherMatters?.operatingCosts;
	add('finalAccounts.otherMatters.operatingCosts.change', 'otherMatters', '机关运行经费', oc?.amount, oc?.change, oc?.changeItems);
	return out;
}

const sign = (c: Change) => (c.direction === 'decrease' ? -1 : c.direction === 'increase' ? 1 : 0);

export const changeRate: Rule = {
	id: 'change-rate',
	family: '同比变动',
	severity: '确定',
	title: '变动幅度等于变动额除以上年数',
	explain:
		'“与上年相比增加（减少）x 万元，增长（下降）y%”中，上年数 = 本年数 ∓ 变动额，变动幅度 = 变动额 ÷ 上年数。写“持平”却印出变动额，或变动额为零却写增减，也在此列。' +
		'上年数为 0（本年新设的单位、新增的项目）时幅度无从计算，原文按惯例印 100% 不算矛盾。',
	why: '变动幅度是读者判断“花多了还是花少了”的依据；幅度算错，或用本年数作分母，会夸大或缩小变化。',
	formula: '上年数 = 本年数 − 增加额（或 + 减少额）；变动幅度 = 变动额 ÷ 上年数 × 100%',
	check: (d) =>
		changeSites(d).flatMap((site): Finding[] => {
			const c = site.change;
			const place = { path: site.path, anchor: site.anchor };
			const amount = c.amount === undefined ? undefined : wanFen(c.amount);
			if (c.direction === 'flat') {
				if ((amount && amount.fen > 0) || (c.percent ?? 0) > 0) {
					return [
						finding(
							changeRate,
							place,
							`${site.label}写“与上年持平”，却印出变动 ${amount ? `${formatFen(amount.fen)} 万元` : formatPercent(c.percent!)}。`,
							{ expected: '0', actual: amount ? formatFen(amount.fen) : formatPercent(c.percent!) },
						),
					];
				}
				return [];
			}
			if (c.direction === 'unstated') {
				// The template's "增加/减少" left in: with 0 it should read 持平; with an amount the direction is unknown.
				const zero = !amount || amount.fen === 0;
				return [
					finding(
						changeRate,
						place,
						zero
							? `${site.label}的变动照搬了模板用语“增加/减少 0 万元”，应写“与上年持平”。`
							: `${site.label}变动 ${formatFen(amount.fen)} 万元，原文保留了模板用语“增加/减少”，没有写明是增是减。`,
						{ severity: zero ? '提示' : '疑似' },
					),
				];
			}
			// “增加 0 万元，增长 0%”: a word of change over a change the document prints as nothing. Below 0.005 万元 a
			// real change prints as 0.00, so this is rounding-level (提示), as the template's “增加/减少 0” above.
			if (amount?.fen === 0 && !c.percent) {
				const word = c.direction === 'increase' ? '增加' : '减少';
				return [
					finding(changeRate, place, `${site.label}写“${word} 0 万元”：印出的变动额为 0，应写“与上年持平”。`, {
						severity: '提示',
						expected: '持平',
						actual: `${word} 0 万元`,
					}),
				];
			}
			if (!amount || c.percent === undefined) return [];
			const cur = wanFen(site.current);
			const prev = cur.fen - sign(c) * amount.fen;
			// 上年数 0: a unit founded this year (corpus 03 “单位于 2024 年成立”) or a new item. A rate from zero has no
			// value; documents print 100% by convention, which is not a contradiction.
			if (Math.abs(prev) <= cur.slack + amount.slack) return [];
			if (prev < 0) {
				return [
					finding(
						changeRate,
						place,
						`${site.label}本年 ${formatFen(cur.fen)} 万元、增加 ${formatFen(amount.fen)} 万元，推出的上年数为负，变动额大于本年数。`,
					),
				];
			}
			const computed = ratioPct(amount.fen, prev);
			const inputSlack = Math.ceil((amount.slack / Math.max(amount.fen, 1) + (cur.slack + amount.slack) / prev) * computed);
			const verdict = agreementPct(c.percent, computed, inputSlack);
			if (verdict === 'equal') return [];
			const shown = formatPercent(pctUnitsToNumber(computed), 2);
			const onCurrent = agreementPct(c.percent, ratioPct(amount.fen, cur.fen), inputSlack) === 'equal';
			return [
				finding(
					changeRate,
					place,
					`${site.label}变动幅度印为 ${formatPercent(c.percent)}；上年数应为 ${formatFen(prev)} 万元（本年 ${formatFen(cur.fen)} ${sign(c) > 0 ? '−' : '+'} ${formatFen(amount.fen)}）` +
						`，幅度应为 ${shown}，相差 ${formatPercentPoints(Math.abs(pctUnitsToNumber(toPct(c.percent).units - computed)))} 个百分点${onCurrent ? '。印出的幅度是用本年数作分母算的' : ''}。`,
					{
						severity: verdict === 'rounding' ? '提示' : changeRate.severity,
						expected: shown,
						actual: formatPercent(c.percent),
						difference: formatPercent(pctUnitsToNumber(toPct(c.percent).units - computed), 2),
					},
				),
			];
		}),
};

const VERB = /(减少|下降|降低|节约|节省|少支出|增加|新增|增长|上升|多支出)([^\d，。；、]{0,12}?)(\d+(?:\.\d+)?)\s*万元/g;
const DOWN = new Set(['减少', '下降', '降低', '节约', '节省', '少支出']);

/** Signed amounts ("减少0.92万元" → −0.92) the reason text states, in printed order. */
export function reasonParts(reason: string): number[] {
	return [...reason.matchAll(VERB)].map((m) => (DOWN.has(m[1]) ? -1 : 1) * Number(m[3]));
}

export const changeReason: Rule = {
	id: 'change-reason',
	family: '同比变动',
	severity: '疑似',
	title: '变动原因中的分项金额与变动额相符',
	explain: '变动原因逐项写出“某项减少 a 万元、某项增加 b 万元”时，各项增减相抵后应等于总的变动额。只在原因中能读出两项以上金额时核对。',
	why: '原因里的分项凑不出总变动，说明原因没讲全，或者某个数字写错了。',
	formula: '变动额（增加为正、减少为负） = Σ 原因中各项的增减',
	check: (d) =>
		changeSites(d).flatMap((site): Finding[] => {
			const c = site.change;
			if (c.amount === undefined || c.direction === 'unstated') return [];
			const items = site.items?.length
				? site.items.flatMap((i) => (i.change.amount === undefined ? [] : [sign(i.change) * i.change.amount]))
				: reasonParts(c.reason ?? '');
			if (items.length < 2) return [];
			const positive = items.map(Math.abs);
			const signed = sign(c) * wanFen(c.amount).fen;
			const parts = items.reduce((s, x) => s + wanFen(Math.abs(x)).fen * Math.sign(x), 0);
			const gap = signed - parts;
			const slack = positive.reduce((s, x) => s + wanFen(x).slack, wanFen(c.amount).slack);
			if (gap === 0) return [];
			return [
				finding(
					changeReason,
					{ path: site.path, anchor: site.anchor },
					`${site.label}${sign(c) > 0 ? '增加' : '减少'} ${formatFen(Math.abs(signed))} 万元，` +
						`原因中各项增减相抵为 ${parts < 0 ? '减少' : '增加'} ${formatFen(Math.abs(parts))} 万元，相差 ${formatFen(Math.abs(gap))} 万元。`,
					{
						severity: Math.abs(gap) <= slack ? '提示' : changeReason.severity,
						expected: formatFen(parts),
						actual: formatFen(signed),
						difference: formatFen(gap),
					},
				),
			];
		}),
};

export const CHANGE_RULES: readonly Rule[] = [changeRate, changeReason];
