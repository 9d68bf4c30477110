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
import { performanceView } from '../../src/core/performance-view.ts';
import { unitYearTables } from '../../src/core/csv-tables.ts';

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

/*
 * The rest of point 4, with the seeds' own numbers: 部门资金收支情况 (000, 001 附件1, 002 附件1), 经费类别的预算与决算
 * (001 附件1 三（一）2), 常年 / 一次性项目 (001 附件1 三（二）), 项目资金流向 (001 附件2, 004 附件2) and the 机构设置 of
 * the year (001 第一部分 二).
 */
const DONGQU_INDEX = 'unit: panzhihua-dongqu-shebao\nyear: 2023\nsource:\n  title: 东区社保中心2023年部门决算\n  issuer: 东区社保中心\n';
const perf = (yaml: string) =>
	parseDisclosure({
		dir: 'disclosures/panzhihua-dongqu-shebao/2023',
		index: { path: 'index.yaml', text: DONGQU_INDEX },
		performance: { path: 'performance.yaml', text: `evaluations:\n  - id: department\n    title: 部门预算绩效评价报告\n${yaml}` },
	});
const perfEntry = (yaml: string) => {
	const r = perf(yaml);
	if (!r.ok) throw new Error(r.errors.map(formatSchemaError).join('\n'));
	return r.data;
};
const rowsOf = (t: { rows: readonly { header: string; cells: readonly { text: string }[] }[] }) =>
	t.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)]);
const findingsOf = (d: ReturnType<typeof perfEntry>, rule: string) =>
	audit(d)
		.filter((f) => f.rule === rule)
		.map((f) => `${f.severity} ${f.path}`);

// 001 附件1 二、部门资金收支情况 and 三（一）2.预算管理, as entered in content/.
const DEPARTMENT = `    level: department
    funds:
      income:
        initial: 409.81
        initialItems: [{ label: 一般公共预算拨款收入, amount: 409.81 }]
        final: 518.77
        finalLabel: 决算报表总收入
        finalItems: [{ label: 一般公共预算拨款收入, amount: 442.77 }, { label: 年初结转和结余, amount: 75.8 }]
      expenditure:
        initial: 409.81
        initialItems:
          - { label: 社会保障和就业支出, amount: 239.74 }
          - { label: 卫生健康支出, amount: 19.13 }
          - { label: 住房保障支出, amount: 16.03 }
          - { label: 其他支出, amount: 134.91 }
        final: 518.57
        finalItems:
          - { label: 社会保障和就业支出, amount: 483.16 }
          - { label: 卫生健康支出, amount: 18.95 }
          - { label: 住房保障支出, amount: 16.46 }
      carryover: { amount: 0, printedAs: 本部门 2023 年决算报表无结转结余 }
    spendingKinds:
      - budgetLabel: 全年预算收入
        budgetTotal: 409.81
        actualLabel: 全年决算支出
        actualTotal: 518.77
        rows:
          - { kind: 人员经费, label: 人员经费支出, budget: 211.15, actual: 209.55 }
          - { kind: 公用经费, label: 日常公用经费支出, budget: 18.75, actual: 10.9 }
          - { kind: 特定目标类, label: 特定目标类支出, budget: 179.91, actual: 298.32 }
    projectStats:
      - { kind: 常年, label: 常年项目, count: 7, amount: 272.3, progress: 100, overBalance: 0 }
      - { kind: 一次性, label: 阶段（一次性）项目, count: 1, amount: 21.5, progress: 100, overBalance: 0 }
`;

describe('部门资金收支情况 and the 经费类别 of a department self-evaluation', () => {
	test('年初预算 against 决算 on each side, items side by side by name, 结转结余 as printed', () => {
		const d = perfEntry(DEPARTMENT);
		const [funds] = performanceView(d, []).flatMap((v) => v.textTables.filter((t) => t.id === 'department-funds'));
		expect(rowsOf(funds)).toEqual([
			['收入', '409.81', '518.77'],
			['一般公共预算拨款收入', '409.81', '442.77'],
			['年初结转和结余', '—', '75.80'],
			['支出', '409.81', '518.57'],
			['社会保障和就业支出', '239.74', '483.16'],
			['卫生健康支出', '19.13', '18.95'],
			['住房保障支出', '16.03', '16.46'],
			['其他支出', '134.91', '—'],
			['结转结余', '—', '0.00'],
		]);
		expect(funds.columns).toEqual(['项目', '年初预算数', '决算数']);
		expect(funds.notes).toContain('结转结余原文：“本部门 2023 年决算报表无结转结余”。');
		// 决算报表总收入 518.77 over its items 442.77 + 75.80 = 518.57: printed as it is, the audit says so.
		expect(findingsOf(d, 'stated-sum')).toEqual(['疑似 performance.evaluations[0].funds.income.final']);
	});

	test('人员经费 / 公用经费 / 特定目标类: budget against actual, and their printed totals are audited', () => {
		const d = perfEntry(DEPARTMENT);
		const kinds = performanceView(d, [])[0].textTables.find((t) => t.id === 'department-kinds-1')!;
		expect(kinds.caption).toBe('人员经费、公用经费、特定目标类的预算与决算');
		expect(kinds.columns).toEqual(['项目', '类别', '预算数（原文：全年预算收入）', '决算数（原文：全年决算支出）']);
		expect(rowsOf(kinds).at(-1)).toEqual(['合计', '—', '409.81', '518.77']);
		// 211.15 + 18.75 + 179.91 = 409.81 and 209.55 + 10.90 + 298.32 = 518.77: nothing to say.
		expect(findingsOf(d, 'stated-sum')).not.toContain('疑似 performance.evaluations[0].spendingKinds[0].budgetTotal');
		const broken = perfEntry(DEPARTMENT.replace('budget: 211.15', 'budget: 201.15'));
		expect(findingsOf(broken, 'stated-sum')).toContain('疑似 performance.evaluations[0].spendingKinds[0].budgetTotal');
	});

	test('常年 and 一次性 projects: counts, budgets, progress; their sum is the project count the audit uses', () => {
		const d = perfEntry(DEPARTMENT);
		const stats = performanceView(d, [])[0].textTables.find((t) => t.id === 'department-project-stats')!;
		expect(rowsOf(stats)).toEqual([
			['常年项目', '7', '272.30', '100%', '0'],
			['阶段（一次性）项目', '1', '21.50', '100%', '0'],
		]);
		const withCounts = parseDisclosure({
			dir: 'disclosures/panzhihua-dongqu-shebao/2023',
			index: { path: 'index.yaml', text: DONGQU_INDEX },
			finalAccounts: { path: 'final-accounts.yaml', text: 'title: 测试\notherMatters:\n  performance: { targetsSet: 1 }\n' },
			performance: { path: 'performance.yaml', text: `evaluations:\n  - id: department\n    title: 部门预算绩效评价报告\n${DEPARTMENT}` },
		});
		if (!withCounts.ok) throw new Error(withCounts.errors.map(formatSchemaError).join('\n'));
		const counts = audit(withCounts.data).find((f) => f.rule === 'performance-counts')!;
		expect(counts.message).toContain('列出项目 8 个（常年项目 7 个、阶段（一次性）项目 1 个）');
	});

	test('002 prints its 财政拨款 figures in 元: the unit is kept, and they land in the CSV as printed', () => {
		const d = perfEntry(`    level: department
    funds:
      scope: 财政拨款
      unit: 元
      income: { final: 2902158.24, finalLabel: 当年财政拨款总收入 }
      expenditure: { final: 2902158.24, finalLabel: 当年财政拨款总支出 }
    spendingKinds:
      - unit: 元
        budgetLabel: 收入数
        actualLabel: 支出数
        rows:
          - { kind: 基本支出, label: 当年财政拨款基本支出, budget: 2650568.24, actual: 2650568.24 }
          - { kind: 项目支出, label: 当年财政拨款项目支出, budget: 238590.00, actual: 238590.00 }
`);
		const [funds, kinds] = performanceView(d, [])[0].textTables;
		expect([funds.unit, funds.caption, kinds.unit]).toEqual(['元', '部门资金收支情况（财政拨款）', '元']);
		const csv = unitYearTables(d).find((t) => t.id === 'evaluation-department-kinds-1')!;
		expect(csv.rows).toEqual([
			['项目（金额单位：元）', '类别', '预算数（原文：收入数）', '决算数（原文：支出数）'],
			['当年财政拨款基本支出', '基本支出', 2650568.24, 2650568.24],
			['当年财政拨款项目支出', '项目支出', 238590, 238590],
		]);
	});

	test('a wrong type is a data error naming the file and the field', () => {
		const r = perf(DEPARTMENT.replace('initial: 409.81\n        initialItems', "initial: '409.81万元'\n        initialItems"));
		expect(r.ok ? [] : r.errors.map(formatSchemaError)).toEqual([
			expect.stringMatching(/^performance\.yaml：evaluations\[0\]\.funds\.income\.initial — /),
		]);
		const kind = perf(DEPARTMENT.replace('kind: 人员经费', 'kind: 工资'));
		expect(kind.ok ? [] : kind.errors.map(formatSchemaError)[0]).toMatch(
			/^performance\.yaml：evaluations\[0\]\.spendingKinds\[0\]\.rows\[0\]\.kind — 应为以下之一：人员经费、公用经费/,
		);
	});
});

// 001 附件2 一（一）and 一（三）: 申报 134.91, 批复 134.91, 追加 75.8, 实际批复支出 210.71, split over three projects.
const FLOW = `    level: project
    project: { name: 被征地农民社会保险安置资金 }
    fundingFlow:
      requested: 134.91
      approved: 134.91
      added: 75.8
      adjusted: 210.71
      allocation: [{ label: 杰迪项目, amount: 126.4 }, { label: 华南大桥项目, amount: 8.51 }, { label: 东北帮项目, amount: 75.8 }]
`;
// 004 附件2 二（二）: 资金到位率 = 17.32/17.32 = 100%, 预算执行率 = 17.29/17.32 = 99.83%.
const RATES = `    level: project
    project: { name: 社会保险保障运行专项经费 }
    fundingFlow: { approved: 17.32, arrived: 17.32, arrivalRate: 100, spent: 17.29, executionRate: 99.83 }
`;

describe('项目资金流向: 申报, 批复, 追加, 到位, 支付', () => {
	test('each printed step is a row with its rate; the allocation is listed under it', () => {
		const flow = performanceView(perfEntry(FLOW), [])[0].textTables[0];
		expect(rowsOf(flow)).toEqual([
			['申报数', '134.91'],
			['批复数（预算资金）', '134.91'],
			['追加数', '75.80'],
			['追加后批复数', '210.71'],
			['资金分配：杰迪项目', '126.40'],
			['资金分配：华南大桥项目', '8.51'],
			['资金分配：东北帮项目', '75.80'],
		]);
		const rates = performanceView(perfEntry(RATES), [])[0].textTables[0];
		expect(rowsOf(rates)).toEqual([
			['批复数（预算资金）', '17.32', '—'],
			['到位数（到位率）', '17.32', '100%'],
			['实际支出数（预算执行率）', '17.29', '99.83%'],
		]);
	});

	test('the seeds agree with themselves; a broken 追加, 分配 or 到位率 is a funding-flow finding', () => {
		expect(findingsOf(perfEntry(FLOW), 'funding-flow')).toEqual([]);
		expect(findingsOf(perfEntry(RATES), 'funding-flow')).toEqual([]);
		expect(findingsOf(perfEntry(FLOW.replace('adjusted: 210.71', 'adjusted: 200.71')), 'funding-flow')).toEqual([
			'确定 performance.evaluations[0].fundingFlow.adjusted',
			'确定 performance.evaluations[0].fundingFlow.allocation',
		]);
		expect(findingsOf(perfEntry(RATES.replace('arrivalRate: 100', 'arrivalRate: 90')), 'funding-flow')).toEqual([
			'确定 performance.evaluations[0].fundingFlow.arrivalRate',
		]);
		// 17.29 / 17.32 = 99.827%: printed 99.82 (cut off, not rounded) is a slip of the last digit.
		expect(findingsOf(perfEntry(RATES.replace('executionRate: 99.83', 'executionRate: 99.82')), 'funding-flow')).toEqual([
			'提示 performance.evaluations[0].fundingFlow.executionRate',
		]);
	});
});

test('机构设置 of the year (001 第一部分 二): kinds and counts as printed, in index.yaml, on the 部门概况', () => {
	const withOrganisation = (yaml: string) =>
		parseDisclosure({
			dir: 'disclosures/panzhihua-dongqu-shebao/2023',
			index: { path: 'index.yaml', text: `${DONGQU_INDEX}organisation:\n${yaml}` },
			finalAccounts: { path: 'final-accounts.yaml', text: 'title: 测试\n' },
		});
	const r = withOrganisation(`  - where: 第一部分 二、机构设置
    divisionKinds: [{ kind: 组, count: 5 }]
    unitKinds: [{ kind: 行政单位, count: 0 }, { kind: 参照公务员管理的事业单位, count: 1 }, { kind: 其他事业单位, count: 0 }]
    members: [{ name: 东区社会保险事务中心 }]
`);
	if (!r.ok) throw new Error(r.errors.map(formatSchemaError).join('\n'));
	expect(cells(r.data, 'overview', 'organisation-1')).toEqual([
		['内设机构：组', '5'],
		['行政单位', '0'],
		['参照公务员管理的事业单位', '1'],
		['其他事业单位', '0'],
		['纳入决算编制范围的单位 1：东区社会保险事务中心', '—'],
	]);
	const bad = withOrganisation('  - divisionKinds: [{ kind: 科, count: 10.5 }]\n');
	expect(bad.ok ? [] : bad.errors.map(formatSchemaError)[0]).toMatch(/^index\.yaml：organisation\[0\]\.divisionKinds\[0\]\.count — /);
});

test('000: 常年项目 2 个、88.1 万元 agrees with its two project reports (7.69 + 80.41); a wrong total is said', () => {
	const projects = `    level: department
    projectStats: [{ kind: 常年, label: 常年项目, count: 2, amount: 88.1, progress: 100, overBalance: 0 }]
  - id: forestry
    title: 省管森工社会化管理工作经费
    level: project
    project: { name: 省管森工社会化管理工作经费 }
    budget: { rows: [{ label: 项目资金, adjusted: 7.69, arrived: 7.69, rate: 100 }] }
  - id: rent
    title: 入驻政务中心单位租金、物业费及水电费
    level: project
    project: { name: 入驻政务中心单位租金、物业费及水电费 }
    budget: { rows: [{ label: 项目资金, initial: 80.41, arrived: 80.41, rate: 100 }] }
`;
	expect(findingsOf(perfEntry(projects), 'project-stats-amount')).toEqual([]);
	const broken = audit(perfEntry(projects.replace('amount: 88.1', 'amount: 98.1'))).find((f) => f.rule === 'project-stats-amount')!;
	expect(broken).toMatchObject({
		severity: '疑似',
		path: 'performance.evaluations[0].projectStats[0].amount',
		expected: '88.10',
		actual: '98.10',
	});
});
