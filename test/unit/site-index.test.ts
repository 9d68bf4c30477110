/** Groupings behind the home, unit, year and performance pages (pure core, the seeds' units and numbers). */
import { describe, expect, test } from 'vitest';
import {
	batchOf,
	batchTotals,
	documentsOf,
	latestPublications,
	paths,
	regionName,
	unitsByRegion,
	yearsOf,
	yearsOfUnit,
} from '../../src/core/site-index.ts';
import { audit } from '../../src/core/rules/index.ts';
import { expectedOutput } from '../../src/core/expected-output.ts';
import { performanceView, spanLevels, sumPoints } from '../../src/core/performance-view.ts';
import type { Disclosure } from '../../src/core/schema/disclosure.ts';
import type { Unit } from '../../src/core/schema/unit.ts';

const unit = (id: string, name: string, province: string, city?: string, county?: string): Unit =>
	({ id, name, region: { province, city, county }, supervisor: 'x', kind: '事业单位', functions: [], divisions: [] }) as Unit;
const units = [
	unit('wutongqiao-shebao', '五通桥区社会保险事务中心', '四川省', '乐山市', '五通桥区'),
	unit('kunming-wuhua-shebao', '昆明市五华区社会保险中心', '云南省', '昆明市', '五华区'),
	unit('panzhihua-shebao', '攀枝花市社会保险事务中心', '四川省', '攀枝花市'),
	unit('yanbian-shebao', '盐边县社会保险事务中心', '四川省', '攀枝花市', '盐边县'),
];
const disclosure = (u: string, year: number, extra: Partial<Disclosure> = {}): Disclosure =>
	({ unit: u, year, source: { title: 't', issuer: 'i', file: 'source.txt' }, staffing: [], notes: [], ...extra }) as Disclosure;
const perf = (evaluations: unknown[]) => ({ performance: { evaluations } }) as Partial<Disclosure>;

describe('site index', () => {
	test('regions: provinces and cities in Chinese order; 市本级 before counties', () => {
		const grouped = unitsByRegion(units);
		expect(grouped.map((p) => p.province)).toEqual(['四川省', '云南省']);
		expect(grouped[0].cities.map((c) => [c.city, c.units.map((u) => u.id)])).toEqual([
			['乐山市', ['wutongqiao-shebao']],
			['攀枝花市', ['panzhihua-shebao', 'yanbian-shebao']],
		]);
		expect(regionName(units[2].region)).toBe('四川省 攀枝花市 市本级');
	});

	test('years newest first with counts; a unit’s years newest first', () => {
		const ds = [
			disclosure('yanbian-shebao', 2021),
			disclosure('wutongqiao-shebao', 2024),
			disclosure('kunming-wuhua-shebao', 2024),
			disclosure('wutongqiao-shebao', 2023),
		];
		expect(yearsOf(ds)).toEqual([
			{ year: 2024, count: 2 },
			{ year: 2023, count: 1 },
			{ year: 2021, count: 1 },
		]);
		expect(yearsOfUnit('wutongqiao-shebao', ds).map((d) => d.year)).toEqual([2024, 2023]);
		// Grouped once per list: a caller changing its copy changes nothing, another list is grouped afresh.
		yearsOfUnit('wutongqiao-shebao', ds).pop();
		expect(yearsOfUnit('wutongqiao-shebao', ds).map((d) => d.year)).toEqual([2024, 2023]);
		expect(yearsOfUnit('yanbian-shebao', ds).map((d) => d.year)).toEqual([2021]);
		expect(yearsOfUnit('wutongqiao-shebao', [disclosure('wutongqiao-shebao', 2022)]).map((d) => d.year)).toEqual([2022]);
		expect(yearsOfUnit('nobody', ds)).toEqual([]);
	});

	test('latest publications by 公开时间 (000: 2026-03-12; 001: 2024-10-24); undated ones by year', () => {
		const ds = [
			disclosure('panzhihua-dongqu-shebao', 2023, { source: { title: 't', issuer: 'i', file: 's', publishedOn: '2024-10-24' } }),
			disclosure('panzhihua-shebao', 2025, { source: { title: 't', issuer: 'i', file: 's', publishedOn: '2026-03-12' } }),
			disclosure('yanbian-shebao', 2021),
		];
		expect(latestPublications(ds, 2).map((d) => d.unit)).toEqual(['panzhihua-shebao', 'panzhihua-dongqu-shebao']);
	});

	test('documents of a unit-year link to the 部门决算 and the 绩效自评 pages', () => {
		const d = disclosure('wutongqiao-shebao', 2024, { finalAccounts: {} as Disclosure['finalAccounts'], ...perf([]) });
		expect(documentsOf(d)).toEqual([
			{ kind: 'final-accounts', path: 'units/wutongqiao-shebao/2024/' },
			{ kind: 'performance', path: 'units/wutongqiao-shebao/2024/performance/' },
		]);
	});

	test('a year’s batch: only that year, in region order, findings counted by severity', () => {
		// A printed 执行率 of 90% for 8 ÷ 10 breaks execution-rate (确定).
		const broken = perf([
			{
				id: 'p',
				title: 'p',
				level: 'project',
				evaluators: [],
				narrative: false,
				budget: { rows: [{ label: '总额', adjusted: 10, executed: 8, rate: 90 }] },
			},
		]);
		const ds = [
			disclosure('kunming-wuhua-shebao', 2024, broken),
			disclosure('wutongqiao-shebao', 2024, perf([])),
			disclosure('yanbian-shebao', 2021),
		];
		const rows = batchOf(2024, units, ds, (d) => audit(d));
		expect(rows.map((r) => r.unit.id)).toEqual(['wutongqiao-shebao', 'kunming-wuhua-shebao']);
		expect(rows[1].findings).toEqual({ 确定: 1, 疑似: 0, 提示: 0 });
		expect(batchTotals(rows)).toEqual({ 确定: 1, 疑似: 0, 提示: 0 });
	});
});

describe('performance view', () => {
	// 004 评分表, first rows: 决策 40 / 项目立项 7 / 绩效目标 7.
	const rows = [
		{ level1: '决策', level1Weight: 40, level2: '项目立项', level2Weight: 7, level3: '立项依据充分性', weight: 3, score: 3 },
		{ level1: '决策', level2: '项目立项', level3: '立项程序规范性', weight: 4, score: 4 },
		{ level1: '决策', level2: '绩效目标', level2Weight: 7, level3: '绩效目标合理性', weight: 3, score: 3 },
		{ level1: '过程', level2: '资金管理', level2Weight: 6, level3: '预算执行率', weight: 3, score: 2.99 },
	];

	test('spanLevels gives each 一级/二级 run one spanning cell with its weight', () => {
		const spanned = spanLevels(rows);
		expect(spanned.map((r) => [r.level1Span, r.level1Weight, r.level2Span, r.level2Weight])).toEqual([
			[3, 40, 2, 7],
			[undefined, undefined, undefined, undefined],
			[undefined, undefined, 1, 7],
			[1, undefined, 1, 6],
		]);
	});

	test('scores sum exactly: 004 prints 99.97 from parts like 2.99 and 9.98', () => {
		expect(sumPoints([3, 4, 3, 4, 3, 4, 3, 2.99, 6, 3, 4, 10, 10, 10, 9.98, 10, 10])).toBe(99.97);
		expect(sumPoints([undefined])).toBeUndefined();
	});

	test('performanceView: goals assessed, 等次 recomputed from the total, findings placed on their evaluation', () => {
		const d = disclosure(
			'kunming-wuhua-shebao',
			2024,
			perf([
				{
					id: 'shebao-baozhang-yunxing',
					title: '评价表',
					level: 'project',
					evaluators: [],
					narrative: false,
					budget: { rows: [{ label: '合计', initial: 17.32, arrived: 17.32, executed: 17.29, rate: 99.83 }] },
					scored: { rows, total: { weight: 13, score: 12.99 } },
					indicators: {
						rows: [{ level1: '产出指标', level3: '网络专线正常使用条数', nature: '≥', target: '99', unit: '条', actual: '100' }],
					},
					totalScore: 99.97,
					grade: '优',
				},
			]),
		);
		const [v] = performanceView(d, audit(d));
		expect(v.scoredSum).toEqual({ weight: 13, score: 12.99 });
		expect(v.goals[0].assessment.status).toBe('met');
		expect(v.goalCounts.met).toBe(1);
		expect(v.grade).toEqual({ printed: '优', computed: '优' });
		expect(v.total.printed).toBe(99.97);
		expect(v.budgetColumns).toEqual(['initial', 'arrived', 'executed', 'rate']);
		expect(v.budgetRows[0].computedRate).toBe(99.83);
		// Only four of 004's rows are given here, so the 一级/二级 weights do not add up: those findings land on this evaluation.
		expect(v.findings.map((f) => f.rule)).toContain('weight-levels');
		expect(new Set(v.findings.map((f) => f.anchor))).toEqual(new Set(['shebao-baozhang-yunxing']));
	});
});

describe('page addresses come from paths alone', () => {
	test('a unit-year’s pages nest under its unit, and the output holds a file for each', () => {
		expect(paths.evaluation('a', 2024, 'p1')).toBe('units/a/2024/performance/#p1');
		expect(paths.compare(2024, 'r-x')).toBe('compare/2024/r-x/');
		const d = { unit: 'a', year: 2024, performance: { evaluations: [] } } as unknown as Disclosure;
		const files = expectedOutput({ units: [{ id: 'a' } as Unit], disclosures: [d] });
		expect(files).toEqual(
			expect.arrayContaining([
				'index.html',
				'units/index.html',
				'units/a/index.html',
				'units/a/2024/index.html',
				'units/a/2024/performance/index.html',
				'data/a/2024.json',
				'data/index.json',
				'compare/2024/index.html',
			]),
		);
	});
});
