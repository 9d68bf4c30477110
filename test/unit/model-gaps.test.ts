/**
 * Fields found missing by entering the Shanghai documents (issue 10, point 4), each with numbers from corpus/01
 * (上海市普陀区财政局 2024): a combined 收入支出总计 printed alone, the 预算绩效管理 figures, the SME procurement
 * figures, 政府性基金 detail and printed qualifiers.
 */
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/core/rules/index.ts';
import { formatSchemaError } from '../../src/core/schema/errors.ts';
import { sectionTables } from '../../src/core/sections/tables.ts';
import { deriveFigure } from '../../src/core/figures/index.ts';
import { parseDisclosure } from '../../src/core/validate.ts';

const INDEX = 'unit: putuo-finance\nyear: 2024\nsource:\n  title: 上海市普陀区财政局2024年度部门决算\n  issuer: 上海市普陀区财政局\n';
const parse = (yaml: string) =>
	parseDisclosure({
		dir: 'disclosures/putuo-finance/2024',
		index: { path: 'index.yaml', text: INDEX },
		finalAccounts: { path: 'final-accounts.yaml', text: `title: 测试\n${yaml}` },
	});
const entry = (yaml: string) => {
	const r = parse(yaml);
	if (!r.ok) throw new Error(r.errors.map(formatSchemaError).join('\n'));
	return r.data;
};
const cells = (d: ReturnType<typeof entry>, section: string, id: string) =>
	sectionTables(section, d)
		.find((t) => t.id === id)!
		.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)]);

describe('a combined 收入支出总计 printed alone', () => {
	// 01: “2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%”
	const combined =
		'totals:\n  statedCombined: 2995.39\n  currentIncome: 2946.25\n  carryoverStart: 49.14\n  change: { direction: decrease, amount: 56.95, percent: 1.87 }\n';

	test('is a valid totals block: income and expenditure stay empty, nothing inferred', () => {
		const d = entry(combined);
		expect(d.finalAccounts!.totals).toMatchObject({ statedCombined: 2995.39 });
		expect(d.finalAccounts!.totals!.income).toBeUndefined();
		expect(cells(d, 'totals', 'totals-table').map((r) => r[1])).toEqual(['—', '—', '2,995.39']);
	});

	test('the balance and change rules read it as the 总计 of both sides; 图1 shows one pair of bars', () => {
		const d = entry(combined);
		expect(audit(d).filter((f) => f.anchor === 'totals')).toEqual([]);
		const broken = entry(combined.replace('carryoverStart: 49.14', 'carryoverStart: 39.14'));
		expect(
			audit(broken)
				.filter((f) => f.anchor === 'totals')
				.map((f) => f.rule),
		).toEqual(['balance-closure']);
		const fig = deriveFigure(1, d)!;
		expect(fig.labels).toEqual(['收入支出总计']);
		// 2995.39 + 56.95: the 2023 total the stated decrease implies.
		expect(JSON.stringify(fig.series)).toContain('3052.34');
	});

	test('a totals block with no total at all is a data error', () => {
		const r = parse('totals:\n  currentIncome: 2946.25\n');
		expect(r.ok ? [] : r.errors.map(formatSchemaError)).toEqual([
			'final-accounts.yaml：totals.income — 收入总计、支出总计、“收、支总计”至少要填一个',
		]);
	});
});

test('预算绩效管理: stages with their budgets, average score, grades and issues (01 十)', () => {
	const d = entry(`otherMatters:
  performance:
    targetsSet: 4
    targetsSetAmount: 598.42
    monitored: 4
    monitoredAmount: 598.42
    selfEvaluated: 4
    selfEvaluatedAmount: 598.42
    averageScore: 99.43
    gradeCounts: [{ grade: 优, count: 4 }, { grade: 良, count: 0 }, { grade: 合格, count: 0 }, { grade: 不合格, count: 0 }]
    issuesFound: 0
    issuesRectified: 0
    issuesInProgress: 0
`);
	const t = sectionTables('otherMatters', d).find((x) => x.id === 'performance-management')!;
	expect(t.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])).toEqual([
		['编制绩效目标的项目', '4', '598.42'],
		['开展绩效监控（跟踪评价）的项目', '4', '598.42'],
		['开展绩效自评的项目', '4', '598.42'],
		['评级为“优”的项目', '4', '—'],
		['评级为“良”的项目', '0', '—'],
		['评级为“合格”的项目', '0', '—'],
		['评级为“不合格”的项目', '0', '—'],
		['绩效自评中发现的问题', '0', '—'],
		['已经完成整改的问题', '0', '—'],
		['正在整改的问题', '0', '—'],
	]);
	expect(t.notes).toEqual(['绩效自评平均得分 99.43 分。']);
});

test('政府采购: the reserved and awarded SME amounts (01 十一（二）)', () => {
	const d = entry(
		'otherMatters:\n  procurement: { total: 251.25, goods: 4.79, works: 0, services: 246.47, smeReserved: 246.47, smallMicroReserved: 0, smeAwardedReserved: 246.47, smallMicroAwardedReserved: 0, smeAwardedOther: 4.79 }\n',
	);
	expect(
		cells(d, 'otherMatters', 'procurement')
			.slice(4)
			.map((r) => [r[0], r[1]]),
	).toEqual([
		['面向中小企业预留项目预算金额', '246.47'],
		['面向小微企业预留项目预算金额', '0.00'],
		['预留项目中由中小企业中标或成交的金额', '246.47'],
		['预留项目中由小微企业中标或成交的金额', '0.00'],
		['其他项目中由中小企业中标或成交的金额', '4.79'],
	]);
});

test('政府性基金 with income, carry-overs and items; “无” kept as printed', () => {
	const d = entry(`governmentFund:
  amount: 0
  printedAs: 本年度无政府性基金预算财政拨款支出
stateCapital:
  amount: 12.5
  income: 12.5
  carryoverStart: 0
  carryoverEnd: 0
  items: [{ code: '2230105', name: 国有企业退休人员社会化管理补助支出, amount: 12.5, budget: 13 }]
`);
	expect(cells(d, 'governmentFund', 'government-fund-table')[0][0]).toBe(
		'政府性基金预算财政拨款支出（原文：本年度无政府性基金预算财政拨款支出）',
	);
	expect(cells(d, 'stateCapital', 'state-capital-table').map((r) => r[0])).toEqual([
		'年初结转和结余',
		'本年收入',
		'国有资本经营预算财政拨款支出',
		'2230105 国有企业退休人员社会化管理补助支出',
		'年末结转和结余',
	]);
});

test('a printed qualifier (余、逾、近、约) is kept with its number, anything else is refused', () => {
	const d = entry('statedAmounts:\n  - { label: 服务群众, amount: 1.2, unit: 万人次, qualifier: 余 }\n');
	expect(d.finalAccounts!.statedAmounts![0].qualifier).toBe('余');
	const r = parse('statedAmounts:\n  - { label: 服务群众, amount: 1.2, unit: 万人次, qualifier: 好几 }\n');
	expect(r.ok ? [] : r.errors.map(formatSchemaError)[0]).toContain('statedAmounts[0].qualifier — 应为以下之一：余、逾、近、约');
});
