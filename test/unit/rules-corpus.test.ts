/**
 * The rules on another template: Shanghai 普陀区财政局 2024 (/work/shared/corpus/01-…), which prints the
 * 收入支出决算总表 in full. Its balance closes with 年初结转和结余 and 年末结转和结余, its shares and changes hold,
 * and it contains three slips a careful reader finds: 一般公共服务支出 2106.66 printed as 71.73% (71.65%), the
 * category shares adding to 100.07%, and 财政拨款收入支出总计 printed as 0.3 万元.
 */
import { describe, expect, test } from 'vitest';
import { disclosureSchema, type DisclosureInput } from '../../src/core/schema/index.ts';
import { audit } from '../../src/core/rules/index.ts';

const putuo: DisclosureInput = {
	unit: 'putuo-finance',
	year: 2024,
	source: { title: '上海市普陀区财政局2024年度部门决算', issuer: '上海市普陀区财政局' },
	finalAccounts: {
		title: '上海市普陀区财政局2024年度部门决算',
		// 收入支出决算总表: 本年收入合计 2,946.25 + 年初结转和结余 49.14 = 总计 2,995.39 = 2,940.05 + 55.34.
		totals: {
			income: 2995.39,
			expenditure: 2995.39,
			carryoverStart: 49.14,
			carryoverEnd: 55.34,
			change: { direction: 'decrease', amount: 56.95, percent: 1.87 },
		},
		income: { total: 2946.25, generalBudget: { amount: 2940.05, share: 99.79 }, other: { amount: 6.2, share: 0.21 } },
		expenditure: { total: 2940.05, basic: { amount: 2336.91, share: 79.49 }, project: { amount: 603.14, share: 20.51 } },
		// 四、“财政拨款收入支出总计0.3万元……持平”, as printed.
		fiscalTotals: { income: 0.3, expenditure: 0.3, change: { direction: 'flat' } },
		generalBudget: {
			amount: 2940.05,
			shareOfExpenditure: 100,
			change: { direction: 'decrease', amount: 63.14, percent: 2.1 },
			byCategory: [
				{ code: '201', name: '一般公共服务支出', amount: 2106.66, share: 71.73 },
				{ code: '208', name: '社会保障和就业支出', amount: 326.72, share: 11.11 },
				{ code: '210', name: '卫生健康支出', amount: 60.99, share: 2.07 },
				{ code: '221', name: '住房保障支出', amount: 445.69, share: 15.16 },
			],
		},
	},
};

describe('Shanghai 普陀区财政局 2024 (corpus, another template)', () => {
	const d = disclosureSchema.parse(putuo);
	const findings = audit(d);
	const found = findings.map((f) => `${f.rule} ${f.severity} ${f.path}`);

	test('the balance with 结转结余, the income and expenditure shares and the changes raise nothing', () => {
		expect(found.filter((f) => / finalAccounts\.(totals|income|expenditure)\b/.test(f))).toEqual([]);
		expect(found.filter((f) => f.startsWith('change-rate'))).toEqual([]);
	});

	test('finds the misprinted share of 一般公共服务支出 and the shares adding to 100.07%', () => {
		expect(found).toContain('share-printed 确定 finalAccounts.generalBudget.byCategory[0].share');
		expect(findings.find((f) => f.rule === 'share-sum')).toMatchObject({ severity: '确定', actual: '100.07%' });
		expect(found.filter((f) => f.startsWith('share-printed')).length).toBe(1);
	});

	test('finds 财政拨款收入支出总计 0.3 万元 below its own 本年 2,940.05', () => {
		expect(found).toContain('balance-closure 确定 finalAccounts.fiscalTotals.income');
	});

	test('the categories adding to 2,940.06 for 2,940.05 is only a rounding hint', () => {
		expect(found).toContain('category-sum 提示 finalAccounts.generalBudget.amount');
	});

	test('if the 总表 misprinted 年末结转和结余 (55.43 for 55.34), the balance rule would say so', () => {
		const broken = disclosureSchema.parse({
			...putuo,
			finalAccounts: { ...putuo.finalAccounts, totals: { ...putuo.finalAccounts!.totals!, carryoverEnd: 55.43 } },
		});
		expect(
			audit(broken)
				.filter((f) => f.rule === 'balance-closure' && f.anchor === 'totals')
				.map((f) => [f.severity, f.path, f.difference]),
		).toEqual([['确定', 'finalAccounts.totals.expenditure', '-0.09']]);
	});
});
