/**
 * The hand verdicts on the eight published documents (docs/audit/verdicts.md, issue #12): every 确定 finding the
 * audit makes on them has a verdict written after reading the original, and none of those verdicts is “false”. The
 * findings judged false or arguable there are pinned here by the case that would have caught them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { audit, type Finding } from '../../src/core/rules/index.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { buildReport } from '../../src/core/report.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { load } from '../helpers/rule-fixtures.ts';

const report = buildReport(buildCatalogue(readContentFiles()));
const findings = report.entries.flatMap((e) => e.findings.map((f) => ({ entry: e.id, ...f })));
const byRule = (fs: readonly Finding[], rule: string) => fs.filter((f) => f.rule === rule);

/** The rows of verdicts.md: `| entry | severity | rule | path | what | verdict | reason |`. */
function verdictRows() {
	const text = readFileSync(join(import.meta.dirname, '../../docs/audit/verdicts.md'), 'utf8');
	return text
		.split('\n')
		.filter((l) => /^\| [a-z-]+\/\d{4} \| (确定|疑似) \|/.test(l))
		.map((l) => {
			const cells = l.split('|').map((c) => c.trim());
			return { entry: cells[1], severity: cells[2], rule: cells[3], path: cells[4].replace(/`/g, ''), verdict: cells[6] };
		});
}

describe('docs/audit/verdicts.md', () => {
	const rows = verdictRows();
	const key = (x: { entry: string; severity: string; rule: string; path: string }) => `${x.entry} ${x.severity} ${x.rule} ${x.path}`;

	test('every 确定 finding on the published documents has a hand verdict (a new one needs reading the original)', () => {
		const judged = new Set(rows.map(key));
		const missing = findings.filter((f) => f.severity === '确定').filter((f) => !judged.has(key(f)));
		expect(missing.map((f) => `${key(f)}: ${f.message}`)).toEqual([]);
	});

	test('no 确定 finding is judged false', () => {
		expect(rows.filter((r) => r.severity === '确定' && r.verdict.startsWith('false')).map(key)).toEqual([]);
	});

	test('every verdict is true, arguable or false', () => {
		expect(rows.length).toBeGreaterThan(100);
		expect(rows.filter((r) => !/^(true|arguable|false)\b/.test(r.verdict)).map(key)).toEqual([]);
	});
});

describe('operating-costs: a department whose accounts cover 事业单位 outside the 参公 scope', () => {
	const base = () => load('operating-costs');

	test('a 参公 unit alone: 机关运行经费 50.00 against 公用经费 54.09 stays 疑似', () => {
		const { disclosure, context } = base();
		expect(byRule(audit(disclosure, context), 'operating-costs').map((f) => f.severity)).toEqual(['疑似']);
		disclosure.organisation = [
			{
				divisionKinds: [],
				unitKinds: [],
				members: [{ name: '本级' }, { name: '财政所', note: '预算不单列，并入本级' }, { name: '执法大队', note: '下属参公事业单位' }],
			},
		];
		expect(byRule(audit(disclosure, context), 'operating-costs').map((f) => f.severity)).toEqual(['疑似']);
	});

	test('a 下属事业单位 among the members (普陀区规划资源局 2024): its 公用经费 is not 机关运行经费, no finding', () => {
		const { disclosure, context } = base();
		disclosure.organisation = [
			{ divisionKinds: [], unitKinds: [], members: [{ name: '本级' }, { name: '土地发展中心', note: '下属事业单位' }] },
		];
		expect(byRule(audit(disclosure, context), 'operating-costs')).toEqual([]);
		disclosure.organisation = [{ divisionKinds: [], unitKinds: [{ kind: '其他事业单位', count: 1 }], members: [] }];
		expect(byRule(audit(disclosure, context), 'operating-costs')).toEqual([]);
	});

	test('more 机关运行经费 than 公用经费 is still 确定 whatever the accounts cover', () => {
		const { disclosure, context } = base();
		disclosure.finalAccounts!.otherMatters!.operatingCosts!.amount = 60;
		disclosure.organisation = [
			{ divisionKinds: [], unitKinds: [], members: [{ name: '本级' }, { name: '土地发展中心', note: '下属事业单位' }] },
		];
		expect(byRule(audit(disclosure, context), 'operating-costs').map((f) => f.severity)).toEqual(['确定']);
	});

	test('on the content: 普陀区规划资源局 (3 下属事业单位) has none, 001 东区 (one 参公 unit) keeps its 疑似', () => {
		const oc = findings.filter((f) => f.rule === 'operating-costs');
		expect(oc.map((f) => [f.entry, f.severity])).toEqual([['panzhihua-dongqu-shebao/2023', '疑似']]);
	});
});

describe('cross-reference: a gap that is exactly one printed 项 is another basis, 疑似', () => {
	test('附件 收入总计 850.00 against 848.90 is 确定; with a 项 of 1.10 万元 in the detail it is 疑似 and named', () => {
		const { disclosure } = load('cross-reference');
		expect(byRule(audit(disclosure), 'cross-reference').map((f) => f.severity)).toEqual(['确定']);
		disclosure.finalAccounts!.generalBudget!.detail!.items[1].amount = 1.1;
		const [f] = byRule(audit(disclosure), 'cross-reference');
		expect([f.severity, f.difference]).toEqual(['疑似', '1.10']);
		expect(f.message).toContain('“其他人力资源和社会保障管理事务支出”的 1.10 万元');
	});

	test('002: 附件1 机关运行经费 19.25 = 17.11 + 一般行政管理事务 2.14', () => {
		const f = findings.find((x) => x.entry === 'yanbian-shebao/2021' && x.rule === 'cross-reference');
		expect(f).toMatchObject({ severity: '疑似', actual: '19.25', expected: '17.11' });
		expect(f!.message).toContain('一般行政管理事务');
	});
});

describe('stated-sum reaches 政府采购 (转录说明 of the three 普陀区 documents)', () => {
	const withProcurement = (p: Record<string, number>) => {
		const { disclosure } = load('base');
		disclosure.finalAccounts!.otherMatters!.procurement = { total: 21.07, quantities: [], ...p };
		return byRule(audit(disclosure), 'stated-sum');
	};

	test('货物 + 工程 + 服务 against the total: consistent says nothing, 0.01 is 提示, more is 确定', () => {
		expect(withProcurement({ goods: 21.07, works: 0, services: 0 })).toEqual([]);
		expect(withProcurement({ goods: 4.79, works: 0, services: 16.29 }).map((f) => [f.severity, f.difference])).toEqual([['提示', '-0.01']]);
		expect(withProcurement({ goods: 4.79, works: 0, services: 17.28 }).map((f) => [f.severity, f.difference])).toEqual([['确定', '-1.00']]);
		expect(withProcurement({ goods: 5 })).toEqual([]); // only one kind printed: nothing to add up
	});

	test('中小企业 won 21.07 in the reserved projects and 21.07 in the others, of 21.07 in all: 确定', () => {
		const [f] = withProcurement({ goods: 21.07, works: 0, services: 0, smeAwardedReserved: 21.07, smeAwardedOther: 21.07 });
		expect([f.severity, f.path, f.actual, f.expected, f.difference]).toEqual([
			'确定',
			'finalAccounts.otherMatters.procurement.smeAwardedOther',
			'42.14',
			'≤ 21.07',
			'21.07',
		]);
		expect(withProcurement({ goods: 21.07, works: 0, services: 0, smeAwardedReserved: 16.28, smeAwardedOther: 4.79 })).toEqual([]);
	});

	test('on the content: 财政局 251.26 / 251.25 and 规划资源局 2,319.22 / 2,319.21 are 提示; 社会工作部 is 确定', () => {
		const at = findings.filter((f) => f.rule === 'stated-sum' && f.path.includes('procurement'));
		expect(at.map((f) => [f.entry, f.severity, f.path.replace('finalAccounts.otherMatters.procurement.', '')])).toEqual([
			['putuo-finance/2024', '提示', 'total'],
			['putuo-finance/2024', '提示', 'smeAwardedOther'],
			['putuo-planning-resources/2024', '提示', 'total'],
			['putuo-social-work/2024', '确定', 'smeAwardedOther'],
		]);
	});
});

describe('五 of the 上海 template, read further (my reading of the three 普陀区 documents)', () => {
	test('share-printed reaches “一般公共预算财政拨款支出…占本年支出合计的 y%” (02: 99.86% for 99.87%)', () => {
		const { disclosure } = load('base');
		expect(byRule(audit(disclosure), 'share-printed')).toEqual([]);
		disclosure.finalAccounts!.generalBudget!.shareOfExpenditure = 99;
		const [f] = byRule(audit(disclosure), 'share-printed');
		expect([f.severity, f.path, f.expected]).toEqual(['确定', 'finalAccounts.generalBudget.shareOfExpenditure', '100.00%']);
		const planning = findings.find(
			(x) => x.entry === 'putuo-planning-resources/2024' && x.path === 'finalAccounts.generalBudget.shareOfExpenditure',
		);
		expect(planning).toMatchObject({ severity: '提示', actual: '99.86%', expected: '99.87%' });
	});

	const withBudgets = (initial: number, full?: number, completion = 100) => {
		const { disclosure } = load('base');
		const detail = disclosure.finalAccounts!.generalBudget!.detail!;
		detail.completion = completion;
		disclosure.finalAccounts!.statedAmounts = [
			{ label: '一般公共预算财政拨款支出年初预算', amount: initial, section: 'generalBudget' },
			...(full === undefined ? [] : [{ label: '一般公共预算财政拨款支出全年预算', amount: full, section: 'generalBudget' as const }]),
		];
		const fs = audit(disclosure);
		return {
			completion: byRule(fs, 'completion-rate').filter((f) => f.path === 'finalAccounts.generalBudget.detail.completion'),
			sum: byRule(fs, 'category-sum').filter((f) => f.path.startsWith('finalAccounts.statedAmounts')),
		};
	};

	test('完成年初预算 of 五（三） against its 年初预算 (02: 95.45% for 95.46%)', () => {
		expect(withBudgets(848.9).completion).toEqual([]);
		expect(withBudgets(900).completion.map((f) => [f.severity, f.expected])).toEqual([['确定', '94.32%']]);
		const planning = findings.find(
			(x) => x.entry === 'putuo-planning-resources/2024' && x.path === 'finalAccounts.generalBudget.detail.completion',
		);
		expect(planning).toMatchObject({ severity: '提示', actual: '95.45%', expected: '95.46%' });
	});

	test('年初预算 0 with 完成年初预算 95.89%: 疑似, and the rate is named when it is 决算 ÷ 全年预算 (03)', () => {
		const [f] = withBudgets(0, 885.25, 95.89).completion;
		expect([f.severity, f.actual]).toEqual(['疑似', '95.89%']);
		expect(f.message).toContain('全年预算 885.25');
		const social = findings.find((x) => x.entry === 'putuo-social-work/2024' && x.rule === 'completion-rate');
		expect(social).toMatchObject({ severity: '疑似', path: 'finalAccounts.generalBudget.detail.completion' });
		expect(social!.message).toContain('307.82 ÷ 全年预算 321.02');
	});

	test('the 年初预算 total against the items’ budgets, when every item prints one (01: 2,993.92 for 2,993.93)', () => {
		expect(withBudgets(848.9).sum).toEqual([]); // eight of the nine items print no budget: nothing to add up
		const { disclosure } = load('base');
		disclosure.finalAccounts!.generalBudget!.detail!.items.forEach((i) => (i.budget = i.amount));
		disclosure.finalAccounts!.statedAmounts = [{ label: '一般公共预算财政拨款支出年初预算', amount: 850, section: 'generalBudget' }];
		const [f] = byRule(audit(disclosure), 'category-sum');
		expect([f.severity, f.path, f.expected]).toEqual(['确定', 'finalAccounts.statedAmounts[0].amount', '848.90']);
		expect(
			findings
				.filter((x) => x.rule === 'category-sum' && x.path.startsWith('finalAccounts.statedAmounts'))
				.map((x) => [x.entry, x.severity, x.actual, x.expected]),
		).toEqual([
			['putuo-finance/2024', '提示', '2,993.92', '2,993.93'],
			['putuo-planning-resources/2024', '提示', '10,210.34', '10,210.33'],
		]);
	});
});

describe('weight-levels: a 二级 group printed twice under one 一级 (004 转录说明: 资金管理 6 twice under 过程)', () => {
	test('base: none; 绩效目标 renamed 项目立项 (a second group of that name under 决策): 疑似 on its first row', () => {
		const { disclosure } = load('base');
		const rows = () => disclosure.performance!.evaluations[1].scored!.rows;
		const twice = () => byRule(audit(disclosure), 'weight-levels').filter((f) => f.path.endsWith('.level2'));
		expect(twice()).toEqual([]);
		rows()[2].level2 = '项目立项';
		rows()[3].level2 = '项目立项';
		expect(twice().map((f) => [f.severity, f.path])).toEqual([['疑似', 'performance.evaluations[1].scored.rows[2].level2']]);
		rows()[4].level2 = '项目立项'; // the same name under another 一级 is no repetition
		expect(twice()).toHaveLength(1);
	});

	test('on the content: 004 only', () => {
		const twice = findings.filter((f) => f.rule === 'weight-levels' && f.path.endsWith('.level2'));
		expect(twice.map((f) => [f.entry, f.path])).toEqual([
			['kunming-wuhua-shebao/2024', 'performance.evaluations[0].scored.rows[8].level2'],
		]);
	});
});

describe('template-text: an alternative the template offers, left in (02 转录说明: “下降（增长）27.78%”)', () => {
	test('“下降（增长）” is template text; “下降 27.78%” and a 括注 that is not an alternative are not', () => {
		const { disclosure, context } = load('base');
		const said = (text: string) =>
			byRule(audit(disclosure, { ...context, narratives: { ...context.narratives, finalAccounts: text } }), 'template-text');
		expect(said('比上年减少 0.15 万元，下降 27.78%。')).toEqual([]);
		expect(said('比上年增长（含结转）5%。')).toEqual([]);
		expect(said('比上年减少 0.15 万元，下降（增长）27.78%。').map((f) => [f.severity, f.actual])).toEqual([['疑似', '1 处']]);
		expect(findings.filter((f) => f.rule === 'template-text' && f.entry === 'putuo-planning-resources/2024')).toHaveLength(1);
	});
});
