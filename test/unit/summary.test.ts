/**
 * The “at a glance” summaries, the project-spending breakdown and score scales (issue #14 points 1, 2, 5),
 * on the shipped seeds: every number is one the seed prints (五通桥 003, 昆明五华 004, 攀枝花 000, 盐边 002).
 */
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/core/rules/index.ts';
import { changeText, finalAccountsSummary } from '../../src/core/summary.ts';
import { performanceSummary } from '../../src/core/performance-summary.ts';
import { projectSpending } from '../../src/core/project-spending.ts';
import { scoreOnScale } from '../../src/core/score-scale.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

const entry = (unit: string) => {
	const c = catalogueOfUnit(unit);
	expect(c.errors).toEqual([]);
	return c.disclosures[0]!;
};
const wutongqiao = entry('wutongqiao-shebao');
const kunming = entry('kunming-wuhua-shebao');
const panzhihua = entry('panzhihua-shebao');
const yanbian = entry('yanbian-shebao');

describe('部门决算 at a glance (五通桥 2024)', () => {
	const findings = audit(wutongqiao, { unit: { kind: '事业单位' } });
	const s = finalAccountsSummary(wutongqiao, findings)!;

	test('totals with the printed change, in words', () => {
		expect(s.totals).toMatchObject({ income: 848.9, expenditure: 848.9 });
		expect(changeText(s.totals!.change)).toBe('比上年减少 32.47 万元（下降 3.68%）');
	});

	test('where the money came from and went: non-zero parts only, largest first, printed shares kept', () => {
		expect(s.income!.named.map((p) => [p.label, p.amount, p.printedShare])).toEqual([['一般公共预算财政拨款收入', 848.9, 100]]);
		expect(s.expenditure!.named.map((p) => [p.label, p.amount, p.printedShare])).toEqual([
			['基本支出', 448.54, 52.83],
			['项目支出', 400.36, 47.16],
		]);
		// The bar is drawn from the printed parts: 448.54 / 848.90 and 400.36 / 848.90 (not the printed 47.16).
		expect(s.expenditure!.parts.map((p) => [p.offset, p.share])).toEqual([
			[0, 52.84],
			[52.84, 47.16],
		]);
		expect(s.expenditure!.rest).toBeUndefined();
	});

	test('财政拨款, 三公, 机关运行经费 as printed; no staff line when the document prints none', () => {
		expect(s.fiscal?.income).toBe(848.9);
		expect([s.threePublic?.total, changeText(s.threePublic?.change)]).toEqual([0.5, '比上年增加 0.20 万元（增长 66.67%）']);
		expect(s.operatingCosts?.amount).toBe(54.09);
		expect(s.staff).toBeUndefined();
	});

	test('findings of this page only (those of the self-evaluations are counted on their page), most serious first', () => {
		const onPage = findings.filter((f) => !wutongqiao.performance!.evaluations.some((e) => e.id === f.anchor));
		expect(s.findings.total).toBe(onPage.length);
		expect(s.findings.counts.确定 + s.findings.counts.疑似 + s.findings.counts.提示).toBe(onPage.length);
		expect(s.findings.top.length).toBeGreaterThan(0);
		expect(s.findings.top.every((f) => f.severity !== '提示')).toBe(true);
		expect(s.findings.first[s.findings.top[0]!.severity]).toBe(s.findings.top[0]!.anchor);
	});

	test('staff from the document where printed (盐边 2021: 实有在编 18, 核定编制 12)', () => {
		expect(finalAccountsSummary(yanbian, [])?.staff).toMatchObject({ onPayroll: 18, authorized: 12 });
	});

	test('no summary without a 部门决算', () => {
		expect(finalAccountsSummary(kunming, [])).toBeUndefined();
	});
});

describe('项目支出去向 (五通桥 2024: seven projects)', () => {
	const p = projectSpending(wutongqiao)!;
	test('each project with its printed 执行数, largest first, beside the printed 项目支出 400.36', () => {
		expect(p.lines).toHaveLength(7);
		expect(p.lines[0]).toMatchObject({ id: 'dijin-dichu-junling', name: '“低进低出”特殊政策参保人员军龄待遇', executed: 197.29 });
		expect(p.lines.map((l) => l.executed)).toEqual([...p.lines.map((l) => l.executed)].sort((a, b) => b! - a!));
		expect(p.printedProject).toBe(400.36);
		// 37.46 + 113.72 + 197.29 + 9.56 + 11.20 + 0.88 + 30.26 = 400.37: one hundredth over, a rounding gap.
		expect(p.sum).toBe(400.37);
		expect(p.unexplained).toBe(-0.01);
		expect(p.agreement).toBe('rounding');
	});
});

describe('score scales (point 5)', () => {
	test('五通桥: 90 printed indicator points, the 10 budget points unprinted: not comparable', () => {
		const s = scoreOnScale(wutongqiao.performance!.evaluations[0]!)!;
		expect(s).toMatchObject({ score: 90, scoredOutOf: 90, outOf: 100, complete: false, comparable: false });
		expect(s.why).toContain('预算执行（10 分）');
	});
	test('昆明五华: 99.97 of 100, comparable', () => {
		expect(scoreOnScale(kunming.performance!.evaluations[0]!)).toMatchObject({
			score: 99.97,
			outOf: 100,
			complete: true,
			comparable: true,
		});
	});
	test('攀枝花 部门整体: no printed total, items sum to 93.1 of 100', () => {
		expect(scoreOnScale(panzhihua.performance!.evaluations[0]!)).toMatchObject({ score: 93.1, outOf: 100, comparable: true });
	});
});

describe('绩效自评 at a glance', () => {
	test('昆明五华: the only evaluation is the headline: 99.97 of 100, 优, execution 99.83% as printed', () => {
		const h = performanceSummary(kunming).headline!;
		expect(h.score?.score).toBe(99.97);
		expect(h.grade).toEqual({ printed: '优', expected: '优' });
		expect(h.execution).toMatchObject({ executed: 17.29, budget: 17.32, rate: 99.83, rateComputed: false });
	});
	test('五通桥: seven project evaluations, no headline, one shared reason not to compare', () => {
		const s = performanceSummary(wutongqiao);
		expect(s.headline).toBeUndefined();
		expect(s.evaluations).toHaveLength(7);
		expect(s.sharedWhy).toContain('预算执行（10 分）');
		expect(s.evaluations[0]!.grade).toEqual({ printed: undefined, expected: undefined });
		expect(s.evaluations[0]!.goals.total).toBe(8);
	});
	test('攀枝花: the 部门整体 evaluation is the headline', () => {
		expect(performanceSummary(panzhihua).headline?.id).toBe('department');
	});
});
