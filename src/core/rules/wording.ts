/**
 * Comparison words against the numbers they describe: “决算数大于 / 小于 / 等于预算数”, written beside a 项 of the
 * 一般公共预算财政拨款支出 detail, must fit the two amounts printed on the same line (or its 完成预算 %).
 */
import { detailBudgets } from '../stated-amounts.ts';
import { toFen } from '../money.ts';
import { formatFen, formatNumber, formatPercent } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';

export type Claim = '大于' | '小于' | '等于';

/** Which budget: the corpus writes 预算数, 全年预算数 and 年初预算数 within one text. */
const BUDGET = '(?:全年|年初|调整后)?预算';
const MORE = new RegExp(`决算数?(?:大于|高于|超过|超出)${BUDGET}`);
const LESS = new RegExp(`决算数?(?:小于|低于|少于)${BUDGET}`);
// “基本持平” is deliberately not a claim of equality: it admits a gap the text does not size.
const EQUAL = new RegExp(`决算数?[和与同]?${BUDGET}数?(?:持平|相等|一致)|决算数?等于${BUDGET}`);

/** What a sentence says about 决算数 against 预算数, if it says anything. */
export function claimOf(text: string | undefined): Claim | undefined {
	if (!text) return undefined;
	return MORE.test(text) ? '大于' : LESS.test(text) ? '小于' : EQUAL.test(text) ? '等于' : undefined;
}

const SIGN: Record<Claim, number> = { 大于: 1, 小于: -1, 等于: 0 };

export const detailWording: Rule = {
	id: 'detail-wording',
	family: '预算执行',
	severity: '确定',
	title: '“决算数大于（小于、等于）预算数”与两个数一致',
	explain:
		'一般公共预算财政拨款支出的合计和各项常写“决算数小于预算数的主要原因是……”。这句话要与同一行印出的决算数和预算数（没有预算数时与完成预算 %）相符。' +
		'“基本持平”不作判断。两个数印得一样而说“大于”或“小于”时，差额可能在印出精度以下，记为疑似。',
	why: '说“节约”的其实超支了，或者反过来，读者读到的解释就是错的。',
	formula: '“大于” ⇔ 决算数 > 预算数（完成预算 > 100%）；“小于” ⇔ <；“等于 / 持平” ⇔ =',
	check: (d) => {
		const detail = d.finalAccounts?.generalBudget?.detail;
		if (!detail) return [];
		// The 合计's 预算数 on the items' basis: the stated 全年预算 where printed beside the 年初预算 (corpus 03: 0 and 321.02).
		const budgets = detailBudgets(d.finalAccounts?.statedAmounts);
		const totalBudget = (budgets.full ?? budgets.initial)?.amount;
		// The 合计 line first (“支出决算为 2940.05 万元，完成年初预算的 98.20%。决算数小于预算数的主要原因……”), then each 项.
		const lines = [
			{
				...detail,
				name: '一般公共预算财政拨款支出合计',
				path: 'finalAccounts.generalBudget.detail.remark',
				amount: detail.total,
				budget: totalBudget,
			},
			...detail.items.map((item, i) => ({
				...item,
				name: `${item.code ? `${item.code} ` : ''}${item.item}`,
				path: `finalAccounts.generalBudget.detail.items[${i}].remark`,
			})),
		];
		return lines.flatMap((item): Finding[] => {
			const claim = claimOf(item.remark);
			if (!claim) return [];
			const place = { path: item.path, anchor: 'generalBudget' };
			const name = item.name;
			if (item.budget !== undefined) {
				// Printed amounts that differ fix the direction (2.22 < 2.23 whatever the rounding); equal ones do not.
				const gap = toFen(item.amount).fen - toFen(item.budget).fen;
				const actual = Math.sign(gap);
				if (actual === SIGN[claim]) return [];
				const severity = gap === 0 ? '疑似' : '确定';
				return [
					finding(
						detailWording,
						place,
						`“${name}”决算数 ${formatNumber(item.amount)} 万元、预算数 ${formatNumber(item.budget)} 万元${gap ? `（相差 ${formatFen(Math.abs(gap))} 万元）` : ''}，说明却写“决算数${claim}预算数”。`,
						{
							severity,
							expected: actual > 0 ? '大于' : actual < 0 ? '小于' : '等于',
							actual: claim,
							...(gap ? { difference: `${formatFen(Math.abs(gap))} 万元` } : {}),
						},
					),
				];
			}
			if (item.completion === undefined) return [];
			const actual = Math.sign(item.completion - 100);
			if (actual === SIGN[claim]) return [];
			return [
				finding(
					detailWording,
					place,
					`“${name}”印“完成预算 ${formatPercent(item.completion)}”，说明却写“决算数${claim}预算数”：完成预算${claim === '大于' ? '应超过' : claim === '小于' ? '应低于' : '应为'} 100%。`,
					{
						expected: claim === '等于' ? '100%' : `${claim === '大于' ? '>' : '<'} 100%`,
						actual: formatPercent(item.completion),
					},
				),
			];
		});
	},
};

export const WORDING_RULES: readonly Rule[] = [detailWording];
