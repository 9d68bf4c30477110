/**
 * The three Shanghai 普陀区 2024 部门决算 of /work/shared/corpus (01 财政局, 02 规划和自然资源局, 03 区委社会工作部),
 * entered as content: each validates, keeps its own slips as printed, and the audit (with the narrative) reports
 * exactly the slips a careful reader finds. Every number below is printed in the corpus text.
 */
import { describe, expect, test } from 'vitest';
import { auditContextOf } from '../../src/core/catalogue.ts';
import { sumFen, toFen } from '../../src/core/money.ts';
import { audit } from '../../src/core/rules/index.ts';
import { claimOf } from '../../src/core/rules/wording.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

function entry(unit: string) {
	const c = catalogueOfUnit(unit);
	const d = c.disclosures.find((x) => x.year === 2024);
	if (!d?.finalAccounts) throw new Error(`${unit}/2024 缺少 final-accounts.yaml`);
	const findings = audit(d, auditContextOf(c, d));
	return { c, d, fa: d.finalAccounts, found: findings.map((f) => `${f.rule} ${f.severity} ${f.path}`), findings };
}
const fen = (xs: readonly number[]) => sumFen(xs.map((x) => toFen(x))).fen;

describe('corpus 01 上海市普陀区财政局 2024', () => {
	const { c, d, fa, found, findings } = entry('putuo-finance');

	test('validates; 12 职责; Shanghai region without a city; narrative present', () => {
		expect(c.errors).toEqual([]);
		expect(c.units.map((u) => [u.name, u.region.province, u.region.county, u.kind, u.functions.length])).toEqual([
			['上海市普陀区财政局', '上海市', '普陀区', '行政单位', 12],
		]);
		expect(
			c.narratives?.['putuo-finance/2024']?.finalAccounts?.paragraphs.some((p) => p.text.includes('财政拨款收入支出总计0.3万元')),
		).toBe(true);
		expect(d.notes.length).toBeGreaterThan(5);
	});

	test('收入支出决算总表 balance: 2,946.25 + 49.14 = 2,995.39 = 2,940.05 + 55.34', () => {
		const t = fa.totals!;
		// The text prints only the combined 收入支出总计: the two sides stay empty (the 总表 holds them).
		expect([t.income, t.expenditure, t.statedCombined]).toEqual([undefined, undefined, 2995.39]);
		expect([t.currentIncome, t.carryoverStart, t.currentExpenditure, t.carryoverEnd]).toEqual([2946.25, 49.14, 2940.05, 55.34]);
		expect(fen([t.currentIncome!, t.carryoverStart!])).toBe(toFen(t.statedCombined!).fen);
		expect(fen([t.currentExpenditure!, t.carryoverEnd!])).toBe(toFen(t.statedCombined!).fen);
		expect(found.filter((f) => /finalAccounts\.(totals|income|expenditure)\b/.test(f))).toEqual([]);
	});

	test('四: the text’s 0.3 万元 against 本年 2,940.05 + 结转 21.63, and not read as the unit’s own total', () => {
		expect([fa.fiscalTotals?.income, fa.fiscalTotals?.statedCombined, fa.fiscalTotals?.change?.direction]).toEqual([
			undefined,
			0.3,
			'flat',
		]);
		const closure = findings.filter((f) => f.rule === 'balance-closure');
		expect(closure.map((f) => [f.path, f.expected])).toEqual([
			['finalAccounts.fiscalTotals.income', '2,961.68'],
			['finalAccounts.fiscalTotals.expenditure', '2,961.68'],
		]);
		expect(findings.filter((f) => f.rule === 'narrative-figure')).toEqual([]);
	});

	test('五: 11 项 with 年初预算, 71.73% misprinted and the shares adding to 100.07%', () => {
		const items = fa.generalBudget!.detail!.items;
		expect(items.map((i) => [i.code, i.budget, i.amount])).toEqual([
			['2010601', 1560.05, 1511.89],
			['2010602', 10, 10],
			['2010607', 135.9, 135.25],
			['2010608', 450.52, 449.52],
			['2080501', 85.55, 84.65],
			['2080505', 161.62, 160.75],
			['2080506', 80.81, 80.38],
			['2080599', 0.94, 0.94],
			['2101101', 62.29, 60.99],
			['2210201', 187.75, 187.19],
			['2210203', 258.5, 258.5],
		]);
		expect(fen(items.map((i) => i.amount))).toBe(toFen(2940.06).fen);
		// The 11 年初预算 add to 2,993.93 against a printed total of 2,993.92 (no field holds that total yet).
		expect(fen(items.map((i) => i.budget!))).toBe(toFen(2993.93).fen);
		expect(fa.statedAmounts?.find((s) => s.label === '一般公共预算财政拨款支出年初预算')?.amount).toBe(2993.92);
		expect(found).toContain('share-printed 确定 finalAccounts.generalBudget.byCategory[0].share');
		expect(findings.find((f) => f.rule === 'share-sum')).toMatchObject({ severity: '确定', actual: '100.07%' });
	});

	test('六、七、十、十一 as printed', () => {
		expect([fa.basicExpenditure?.total, fa.basicExpenditure?.personnel.amount, fa.basicExpenditure?.publicUse.amount]).toEqual([
			2336.91, 2152.26, 184.65,
		]);
		expect([fa.threePublic?.budget, fa.threePublic?.total, fa.threePublic?.reception?.budget]).toEqual([0.95, 0, 0.95]);
		expect([
			fa.otherMatters?.operatingCosts?.amount,
			fa.otherMatters?.procurement?.total,
			fa.otherMatters?.assets?.equipmentOver100,
		]).toEqual([184.65, 251.25, 2]);
		expect(fa.otherMatters?.performance).toMatchObject({ targetsSet: 4, monitored: 4, selfEvaluated: 4 });
		expect(fa.otherMatters?.performance).toMatchObject({
			targetsSetAmount: 598.42,
			selfEvaluatedAmount: 598.42,
			averageScore: 99.43,
			issuesFound: 0,
		});
		expect(fa.otherMatters?.performance?.gradeCounts.map((g) => [g.grade, g.count])).toEqual([
			['优', 4],
			['良', 0],
			['合格', 0],
			['不合格', 0],
		]);
		expect(fa.otherMatters?.procurement).toMatchObject({ smeReserved: 246.47, smallMicroReserved: 0, smeAwardedOther: 4.79 });
		expect(fa.glossary.map((g) => g.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	});
});

describe('corpus 02 上海市普陀区规划和自然资源局 2024', () => {
	const { c, fa, found, findings } = entry('putuo-planning-resources');

	test('validates; 14 职责', () => {
		expect(c.errors).toEqual([]);
		expect(c.units[0]?.functions.length).toBe(14);
	});

	test('totals: 9,746.50 + 112.88 = 9,859.38 = 9,759.38 + 100.00; changes hold', () => {
		const t = fa.totals!;
		expect(fen([t.currentIncome!, t.carryoverStart!])).toBe(toFen(9859.38).fen);
		expect(fen([t.currentExpenditure!, t.carryoverEnd!])).toBe(toFen(9859.38).fen);
		expect(found.filter((f) => f.startsWith('change-rate') || f.startsWith('narrative-figure'))).toEqual([]);
	});

	test('五: 236.63 printed for 卫生健康 while its two 项 add to 236.64; four items named unlike the table carry no code', () => {
		expect(fa.generalBudget?.byCategory.map((x) => x.amount)).toEqual([754.75, 236.63, 3832.36, 4461.67, 461.08]);
		expect(found).toContain('category-sum 提示 finalAccounts.generalBudget.byCategory[1].amount');
		const items = fa.generalBudget!.detail!.items;
		expect(items.length).toBe(13);
		expect(items.filter((i) => !i.code).map((i) => i.item)).toEqual([
			'机关事业单位退休人员活动费支出',
			'其他国土资源事务支出',
			'住房公积金',
			'购房补贴',
		]);
		// The 13 年初预算 add to 10,210.33 against a printed total of 10,210.34 (no field holds that total yet).
		expect(fen(items.map((i) => i.budget!))).toBe(toFen(10210.33).fen);
		expect(fa.statedAmounts?.find((s) => s.label === '一般公共预算财政拨款支出年初预算')?.amount).toBe(10210.34);
	});

	test('七: 0.39 of 2.85 (13.68%), down 0.15 (27.78%), 2 批次 26 人次', () => {
		const t = fa.threePublic!;
		expect([t.total, t.budget, t.completion, t.change?.direction, t.change?.amount, t.change?.percent]).toEqual([
			0.39,
			2.85,
			13.68,
			'decrease',
			0.15,
			27.78,
		]);
		expect([t.reception?.domestic?.batches, t.reception?.domestic?.persons]).toEqual([2, 26]);
		expect(found.filter((f) => f.includes('threePublic'))).toEqual([]);
	});

	test('六 as the text prints it (5,377.64 = 4,896.98 + 480.66), against the tables’ 5,364.75 and 4,884.09; 十 39 projects', () => {
		expect([fa.basicExpenditure?.total, fa.basicExpenditure?.personnel.amount, fa.basicExpenditure?.publicUse.amount]).toEqual([
			5377.64, 4896.98, 480.66,
		]);
		expect(found.filter((f) => f.startsWith('basic-split'))).toEqual([]);
		const vsTables = findings.filter((f) => f.rule === 'table-narrative' && f.path.startsWith('finalAccounts.basicExpenditure'));
		expect(vsTables.map((f) => [f.path, f.actual, f.expected])).toEqual([
			['finalAccounts.basicExpenditure.total', '5,377.64', '5,364.75'],
			['finalAccounts.basicExpenditure.personnel.amount', '4,896.98', '4,884.09'],
		]);
		expect(fa.otherMatters?.performance?.selfEvaluated).toBe(39);
	});
});

describe('corpus 03 中共上海市普陀区委社会工作部 2024', () => {
	const { c, fa, found, findings } = entry('putuo-social-work');

	test('validates; founded in 2024', () => {
		expect(c.errors).toEqual([]);
		expect(fa.totals?.change).toMatchObject({ direction: 'increase', amount: 307.82, percent: 100 });
	});

	test('founded in 2024: a change from a prior year of 0 (增长 100.00% by convention) is not a contradiction', () => {
		expect(fa.generalBudget?.change).toMatchObject({ direction: 'increase', amount: 307.82, percent: 100 });
		expect(findings.filter((f) => f.rule === 'change-rate')).toEqual([]);
	});

	test('五: 全年预算 of the nine 项 add to 321.02; 95.89% is 307.82 ÷ 321.02', () => {
		const items = fa.generalBudget!.detail!.items;
		expect(fen(items.map((i) => i.budget!))).toBe(toFen(321.02).fen);
		expect(fa.generalBudget?.detail?.completion).toBe(95.89);
		expect(items.filter((i) => i.completion !== undefined).map((i) => i.completion)).toEqual([98.69, 99.55, 97.68]);
	});

	test('六: 95.36 + 10.23 is 105.59 against a printed 105.58; 住房保障 9.55% (9.56)', () => {
		expect(found).toContain('basic-split 提示 finalAccounts.basicExpenditure.total');
		expect(found).toContain('share-printed 提示 finalAccounts.generalBudget.byCategory[3].share');
	});
});

describe('the corpus words “决算数大于 / 小于 / 同…持平预算数” against each 项', () => {
	test('every such sentence is read, and each fits the two amounts printed on its line', () => {
		const claims = ['putuo-finance', 'putuo-planning-resources', 'putuo-social-work'].map((u) => {
			const { fa, findings } = entry(u);
			const items = (fa.generalBudget?.detail?.items ?? []).filter((i) => claimOf(i.remark));
			return [u, items.length, findings.filter((f) => f.rule === 'detail-wording').length];
		});
		// 01: 8 项 say 小于 (its 3 “基本持平” make no claim); 02: 13 (6 say 决算数同预算数持平); 03: 9 (决算数小于全年
		// 预算数, 与全年预算数持平). The other such sentences of the texts are in the 三公 paragraphs. All fit.
		expect(claims).toEqual([
			['putuo-finance', 8, 0],
			['putuo-planning-resources', 13, 0],
			['putuo-social-work', 9, 0],
		]);
	});
});
