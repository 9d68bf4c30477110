/** Identities of the 部门决算 template: totals, balances, shares and sums that must hold between printed figures. */
import type { Disclosure } from '../schema/disclosure.ts';
import { expenditureKinds, incomeSources } from '../schema/final-accounts.ts';
import { toFen } from '../money.ts';
import { formatFen } from '../format.ts';
import { expectEqual, expectShare, expectSum, type Finding, type Rule } from './types.ts';
import { THREE_PUBLIC_LABEL, THREE_PUBLIC_PARTS } from '../templates/three-public.ts';
import { EXPENDITURE_LABELS, INCOME_LABELS } from '../templates/labels.ts';
import { detailBudgets } from '../stated-amounts.ts';

// The importer (import/final-accounts.ts) still reads the names from here.
export { EXPENDITURE_LABELS, INCOME_LABELS };

const fa = (d: Disclosure) => d.finalAccounts;

export const totalsBalance: Rule = {
	id: 'totals-balance',
	family: '总额与平衡',
	severity: '确定',
	title: '收入总计等于支出总计',
	explain: '部门决算的收入总计与支出总计是同一张平衡表的两端，必须相等。两者不等，说明至少一个总计印错。',
	formula: '收入总计 = 支出总计（总体情况与财政拨款总体情况各查一次）',
	check: (d) =>
		(['totals', 'fiscalTotals'] as const).flatMap((key) => {
			const t = fa(d)?.[key];
			if (t?.income === undefined || t.expenditure === undefined) return [];
			const label = key === 'totals' ? '收入总计' : '财政拨款收入总计';
			return expectEqual(totalsBalance, { path: `finalAccounts.${key}.income`, anchor: key, label }, t.income, t.expenditure, '支出总计');
		}),
};

export const combinedTotalDouble: Rule = {
	id: 'combined-total-double',
	family: '总额与平衡',
	severity: '确定',
	title: '收支总计只能算一次',
	explain:
		'“收、支总计”是收入总计（也等于支出总计）本身。若文中另印一个“收、支总计”并等于收入总计与支出总计之和，同一笔钱被算了两次，总额被放大一倍。',
	formula: '印出的“收、支总计” = 收入总计 = 支出总计（而不是两者之和）',
	check: (d) =>
		(['totals', 'fiscalTotals'] as const).flatMap((key): Finding[] => {
			const t = fa(d)?.[key];
			// Only a combined figure printed besides the two totals can double-count them.
			if (!t?.statedCombined || t.income === undefined || t.expenditure === undefined) return [];
			const combined = toFen(t.statedCombined).fen;
			const income = toFen(t.income).fen;
			if (combined === income) return [];
			const doubled = combined === income + toFen(t.expenditure).fen;
			return [
				{
					rule: combinedTotalDouble.id,
					severity: '确定',
					path: `finalAccounts.${key}.statedCombined`,
					anchor: key,
					message: doubled
						? `收、支总计印为 ${formatFen(combined)} 万元，这是收入总计 ${formatFen(income)} 与支出总计 ${formatFen(toFen(t.expenditure).fen)} 之和：` +
							`同一笔 ${formatFen(income)} 万元被算了两次，应为 ${formatFen(income)} 万元。`
						: `收、支总计印为 ${formatFen(combined)} 万元，与收入总计 ${formatFen(income)} 万元不符，相差 ${formatFen(Math.abs(combined - income))} 万元。`,
					expected: formatFen(income),
					actual: formatFen(combined),
					difference: formatFen(combined - income),
				},
			];
		}),
};

export const incomeSum: Rule = {
	id: 'income-sum',
	family: '总额与平衡',
	severity: '确定',
	title: '本年收入合计等于各项收入之和',
	explain: '本年收入合计应等于按来源列出的各项收入之和（财政拨款、上级补助、事业、经营、附属单位上缴、其他）。',
	formula: '本年收入合计 = Σ 各来源收入',
	check: (d) => {
		const inc = fa(d)?.income;
		if (!inc) return [];
		const parts = incomeSources.flatMap((k) => (inc[k] ? [inc[k].amount] : []));
		if (!parts.length) return [];
		return expectSum(
			incomeSum,
			{ path: 'finalAccounts.income.total', anchor: 'income', label: '本年收入合计' },
			inc.total,
			parts,
			'各项收入之和',
		);
	},
};

export const expenditureSum: Rule = {
	id: 'expenditure-sum',
	family: '总额与平衡',
	severity: '确定',
	title: '本年支出合计等于各类支出之和',
	explain: `本年支出合计应等于${expenditureKinds.map((k) => EXPENDITURE_LABELS[k]).join('、')}之和。`,
	formula: `本年支出合计 = ${expenditureKinds.map((k) => EXPENDITURE_LABELS[k]).join(' + ')}`,
	check: (d) => {
		const exp = fa(d)?.expenditure;
		if (!exp) return [];
		const parts = expenditureKinds.flatMap((k) => (exp[k] ? [exp[k].amount] : []));
		if (!parts.length) return [];
		return expectSum(
			expenditureSum,
			{ path: 'finalAccounts.expenditure.total', anchor: 'expenditure', label: '本年支出合计' },
			exp.total,
			parts,
			'各类支出之和',
		);
	},
};

export const basicSplit: Rule = {
	id: 'basic-split',
	family: '基本支出',
	severity: '确定',
	title: '基本支出等于人员经费加公用经费',
	explain: '一般公共预算财政拨款基本支出只由人员经费和公用经费两部分组成。',
	formula: '基本支出 = 人员经费 + 公用经费',
	check: (d) => {
		const b = fa(d)?.basicExpenditure;
		if (!b) return [];
		return expectSum(
			basicSplit,
			{ path: 'finalAccounts.basicExpenditure.total', anchor: 'basicExpenditure', label: '基本支出' },
			b.total,
			[b.personnel.amount, b.publicUse.amount],
			'人员经费 + 公用经费',
		);
	},
};

export const threePublicSum: Rule = {
	id: 'three-public-sum',
	family: '三公经费',
	severity: '确定',
	title: '“三公”经费等于三项之和',
	explain: `${THREE_PUBLIC_LABEL}是${THREE_PUBLIC_PARTS.map((p) => p.label).join('、')}三项之和。`,
	formula: `${THREE_PUBLIC_LABEL} = ${THREE_PUBLIC_PARTS.map((p) => p.label).join(' + ')}`,
	check: (d) => {
		const t = fa(d)?.threePublic;
		if (!t) return [];
		const parts = THREE_PUBLIC_PARTS.flatMap(({ key }) => (t[key] ? [t[key].amount] : []));
		if (!parts.length) return [];
		return expectSum(
			threePublicSum,
			{ path: 'finalAccounts.threePublic.total', anchor: 'threePublic', label: THREE_PUBLIC_LABEL },
			t.total,
			parts,
			'三项之和',
		);
	},
};

export const categorySum: Rule = {
	id: 'category-sum',
	family: '功能分类',
	severity: '确定',
	title: '一般公共预算财政拨款支出等于各“类”之和，“类”等于其下各“项”之和',
	explain: '按功能分类，支出总额应等于各类之和；每一类的金额应等于该类下各项明细之和。',
	formula: '支出 = Σ 类；类 = Σ 该类的项',
	check: (d) => {
		const g = fa(d)?.generalBudget;
		if (!g) return [];
		const out: Finding[] = [];
		if (g.byCategory.length) {
			out.push(
				...expectSum(
					categorySum,
					{ path: 'finalAccounts.generalBudget.amount', anchor: 'generalBudget', label: '一般公共预算财政拨款支出' },
					g.amount,
					g.byCategory.map((c) => c.amount),
					'各类之和',
				),
			);
		}
		const items = g.detail?.items ?? [];
		g.byCategory.forEach((c, i) => {
			const mine = items.filter((it) => sameCategory(it.category, c.name));
			if (!mine.length) return;
			out.push(
				...expectSum(
					categorySum,
					{ path: `finalAccounts.generalBudget.byCategory[${i}].amount`, anchor: 'generalBudget', label: `${c.name}（类）` },
					c.amount,
					mine.map((m) => m.amount),
					'该类各项之和',
				),
			);
		});
		if (g.detail && items.length) {
			out.push(
				...expectSum(
					categorySum,
					{ path: 'finalAccounts.generalBudget.detail.total', anchor: 'generalBudget', label: '支出决算具体情况的合计' },
					g.detail.total,
					items.map((m) => m.amount),
					'各项之和',
				),
			);
			// 五（三）'s 年初预算 total against the items' budgets (全年预算 where the items print that instead).
			const budgets = items.map((m) => m.budget);
			const { initial, full } = detailBudgets(d.finalAccounts?.statedAmounts);
			if (initial && budgets.every((b) => b !== undefined)) {
				const path = `finalAccounts.statedAmounts[${initial.index}].amount`;
				const place = { path, anchor: 'generalBudget', label: '一般公共预算财政拨款支出年初预算' };
				const vsInitial = expectSum(categorySum, place, initial.amount, budgets as number[], '各项年初预算之和');
				const vsFull = full ? expectSum(categorySum, place, full.amount, budgets as number[], '各项预算之和') : vsInitial;
				if (vsInitial.length && vsFull.length) out.push(...vsInitial);
			}
		}
		return out;
	},
};

/** 类 names are printed with and without the trailing "支出" ("社会保障和就业" / "社会保障和就业支出"). */
export function sameCategory(a: string, b: string): boolean {
	const norm = (s: string) =>
		s
			.replace(/[（(]\d*类?[)）]/g, '')
			.replace(/支出$/, '')
			.trim();
	return norm(a) === norm(b);
}

export const sharePrinted: Rule = {
	id: 'share-printed',
	family: '占比',
	severity: '确定',
	title: '印出的占比与金额相符',
	explain: '文中写“占 xx%”的地方，按印出的金额与合计重新计算，在印出的小数位精度内应一致。',
	formula: '占比 = 该项金额 ÷ 合计 × 100%（容差：印出精度的半个单位，加上金额本身的舍入）',
	check: (d) => {
		const f = fa(d);
		if (!f) return [];
		const out: Finding[] = [];
		const inc = f.income;
		if (inc)
			for (const k of incomeSources) {
				const p = inc[k];
				if (p?.share !== undefined)
					out.push(
						...expectShare(
							sharePrinted,
							{ path: `finalAccounts.income.${k}.share`, anchor: 'income', label: INCOME_LABELS[k] },
							p.share,
							p.amount,
							inc.total,
							'本年收入合计',
						),
					);
			}
		const exp = f.expenditure;
		if (exp)
			for (const k of expenditureKinds) {
				const p = exp[k];
				if (p?.share !== undefined)
					out.push(
						...expectShare(
							sharePrinted,
							{ path: `finalAccounts.expenditure.${k}.share`, anchor: 'expenditure', label: EXPENDITURE_LABELS[k] },
							p.share,
							p.amount,
							exp.total,
							'本年支出合计',
						),
					);
			}
		const g = f.generalBudget;
		// “一般公共预算财政拨款支出 X 万元，占本年支出合计的 y%”.
		if (g?.shareOfExpenditure !== undefined && exp?.total !== undefined)
			out.push(
				...expectShare(
					sharePrinted,
					{ path: 'finalAccounts.generalBudget.shareOfExpenditure', anchor: 'generalBudget', label: '一般公共预算财政拨款支出' },
					g.shareOfExpenditure,
					g.amount,
					exp.total,
					'本年支出合计',
				),
			);
		g?.byCategory.forEach((c, i) => {
			if (c.share !== undefined)
				out.push(
					...expectShare(
						sharePrinted,
						{ path: `finalAccounts.generalBudget.byCategory[${i}].share`, anchor: 'generalBudget', label: c.name },
						c.share,
						c.amount,
						g.amount,
						'一般公共预算财政拨款支出',
					),
				);
		});
		const t = f.threePublic;
		if (t)
			for (const { key: k, label } of THREE_PUBLIC_PARTS) {
				const p = t[k];
				if (p?.share !== undefined)
					out.push(
						...expectShare(
							sharePrinted,
							{ path: `finalAccounts.threePublic.${k}.share`, anchor: 'threePublic', label },
							p.share,
							p.amount,
							t.total,
							THREE_PUBLIC_LABEL,
						),
					);
			}
		return out;
	},
};

export const FINAL_ACCOUNTS_RULES: readonly Rule[] = [
	totalsBalance,
	combinedTotalDouble,
	incomeSum,
	expenditureSum,
	basicSplit,
	threePublicSum,
	categorySum,
	sharePrinted,
];
