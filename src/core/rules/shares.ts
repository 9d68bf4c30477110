/** Printed shares of one whole must add up to 100 % (at the printed precision). */
import type { Disclosure } from '../schema/disclosure.ts';
import { expenditureKinds, incomeSources } from '../schema/final-accounts.ts';
import { toPct, pctUnitsToNumber } from '../money.ts';
import { formatNumber } from '../format.ts';
import { wanFen, finding, type Finding, type Rule } from './types.ts';

interface ShareSet {
	path: string;
	anchor: string;
	label: string;
	whole: number;
	parts: readonly { amount: number; share?: number }[];
}

function shareSets(d: Disclosure): ShareSet[] {
	const f = d.finalAccounts;
	if (!f) return [];
	const sets: ShareSet[] = [];
	const pick = <T extends { amount: number; share?: number }>(xs: readonly (T | undefined)[]) => xs.filter((x): x is T => x !== undefined);
	if (f.income)
		sets.push({
			path: 'finalAccounts.income',
			anchor: 'income',
			label: '本年收入各来源',
			whole: f.income.total,
			parts: pick(incomeSources.map((k) => f.income![k])),
		});
	if (f.expenditure)
		sets.push({
			path: 'finalAccounts.expenditure',
			anchor: 'expenditure',
			label: '本年支出各类',
			whole: f.expenditure.total,
			parts: pick(expenditureKinds.map((k) => f.expenditure![k])),
		});
	if (f.generalBudget)
		sets.push({
			path: 'finalAccounts.generalBudget.byCategory',
			anchor: 'generalBudget',
			label: '一般公共预算财政拨款支出各类',
			whole: f.generalBudget.amount,
			parts: f.generalBudget.byCategory,
		});
	const t = f.threePublic;
	if (t)
		sets.push({
			path: 'finalAccounts.threePublic',
			anchor: 'threePublic',
			label: '“三公”经费三项',
			whole: t.total,
			parts: pick([t.outbound, t.vehicles, t.reception]),
		});
	return sets;
}

export const shareSum: Rule = {
	id: 'share-sum',
	family: '占比',
	severity: '确定',
	title: '同一合计的各项占比相加为 100%',
	explain:
		'按来源列出的收入、按类型列出的支出、按“类”列出的支出和“三公”三项，各自的占比合起来应是 100%。只在各项金额合起来就是合计、且每个非零项都印了占比时核对。',
	why: '占比加起来不是 100%，说明有一项被截断而不是四舍五入，或者有一项漏印、印错。',
	formula: 'Σ 印出的占比 = 100%（容差：每个占比半个末位单位）',
	check: (d) =>
		shareSets(d).flatMap((set): Finding[] => {
			const nonZero = set.parts.filter((p) => wanFen(p.amount).fen > 0);
			if (nonZero.length < 2 || nonZero.some((p) => p.share === undefined)) return [];
			const whole = wanFen(set.whole);
			const covered = set.parts.reduce((s, p) => s + wanFen(p.amount).fen, 0);
			const amountSlack = set.parts.reduce((s, p) => s + wanFen(p.amount).slack, whole.slack);
			if (Math.abs(covered - whole.fen) > amountSlack) return [];
			const shares = set.parts.filter((p) => p.share !== undefined).map((p) => toPct(p.share!));
			const sum = shares.reduce((s, p) => s + p.units, 0);
			const hundred = toPct(100).units;
			const gap = sum - hundred;
			if (gap === 0) return [];
			const slack = shares.reduce((s, p) => s + p.slack, 0);
			const shown = formatNumber(pctUnitsToNumber(sum));
			return [
				finding(
					shareSum,
					{ path: set.path, anchor: set.anchor },
					`${set.label}的占比合计为 ${shown}%，应为 100%，相差 ${formatNumber(Math.abs(pctUnitsToNumber(gap)))} 个百分点${Math.abs(gap) <= slack ? '（在各占比的舍入范围内，可能有一项是截断而非四舍五入）' : ''}。`,
					{
						severity: Math.abs(gap) <= slack ? '提示' : '确定',
						expected: '100%',
						actual: `${shown}%`,
						difference: formatNumber(pctUnitsToNumber(gap)),
					},
				),
			];
		}),
};

export const SHARE_RULES: readonly Rule[] = [shareSum];
