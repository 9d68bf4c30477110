/**
 * Severity calibrated and messages exact (issue #12 point 8): one tolerance and one rate comparison for every
 * rule, layouts that explain a gap said as 疑似, and no finding that says “应为” the very value it says was printed.
 */
import { describe, expect, test } from 'vitest';
import { audit, type Finding } from '../../src/core/rules/index.ts';
import { auditNarrative } from '../../src/core/narrative-audit.ts';
import { printedAmount } from '../../src/core/money.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { buildReport } from '../../src/core/report.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { fixtureIds, load } from '../helpers/rule-fixtures.ts';

const report = buildReport(buildCatalogue(readContentFiles()));
const seedFindings = report.entries.flatMap((e) => e.findings.map((f) => ({ entry: e.id, ...f })));
const byRule = (fs: readonly Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe('one tolerance for every rule', () => {
	test('848.9 is read at two decimals everywhere: its slack is 0.005 万元, not 0.05', () => {
		expect(printedAmount(848.9)).toEqual({ fen: 848_900_000, slack: 5_000 });
		expect(printedAmount(252)).toEqual({ fen: 252_000_000, slack: 500_000 });
		expect(printedAmount(804089.4, '元')).toEqual({ fen: 80_408_940, slack: 5 });
	});

	test('the same 0.05 万元 gap is 确定 in narrative-figure as in category-sum (it was 提示 in the narrative)', () => {
		const { disclosure } = load('base');
		const narrative = auditNarrative(disclosure, '本年收入合计 848.85 万元。');
		expect(narrative.map((f) => [f.severity, f.actual, f.expected, f.difference])).toEqual([['确定', '848.85', '848.90', '-0.05']]);
		disclosure.finalAccounts!.generalBudget!.byCategory[1].amount = 13.1; // printed 13.10
		const sum = byRule(audit(disclosure), 'category-sum')[0];
		expect([sum.severity, sum.difference]).toEqual(['确定', '-0.05']);
	});

	test('执行率 and 完成预算 compare the same numbers the same way', () => {
		const { disclosure } = load('base');
		const row = disclosure.performance!.evaluations[0].budget!.rows[0];
		Object.assign(row, { adjusted: 37.46, executed: 37.4, rate: 98.5 });
		const item = disclosure.finalAccounts!.generalBudget!.detail!.items[8];
		Object.assign(item, { budget: 37.46, amount: 37.4, completion: 98.5 });
		const exec = byRule(audit(disclosure), 'execution-rate')[0];
		const completion = byRule(audit(disclosure), 'completion-rate')[0];
		expect([exec.severity, exec.expected]).toEqual(['确定', '99.84%']);
		expect([completion.severity, completion.expected]).toEqual([exec.severity, exec.expected]);
	});
});

describe('layouts that explain a gap are 疑似, not 确定', () => {
	test('004: “决策 40” spans 决策 (21) and the unweighted 过程 (19): a merged cell', () => {
		const f = seedFindings.find((x) => x.entry === 'kunming-wuhua-shebao/2024' && x.rule === 'weight-levels');
		expect(f).toMatchObject({ severity: '疑似', actual: '40', expected: '21', difference: '19' });
		expect(f!.message).toContain('合并单元格');
	});

	test('a level-1 weight that no following group explains stays 确定', () => {
		expect(byRule(audit(load('weight-levels').disclosure), 'weight-levels').map((f) => f.severity)).toEqual(['确定']);
	});

	test('002: 办件 64,664 is 窗口 + 网厅; the 50 “川渝通办” listed between them is a sub-item', () => {
		const f = seedFindings.find(
			(x) => x.entry === 'yanbian-shebao/2021' && x.rule === 'stated-sum' && x.path === 'finalAccounts.statedAmounts[51].amount',
		);
		expect(f).toMatchObject({ severity: '疑似', actual: '64,664 件', expected: '64,714 件' });
		expect(f!.message).toContain('分项中的分项');
	});

	test('001: “项目实施时间为 2023 年 1 月至 12 月” is the result, not a missing one', () => {
		expect(seedFindings.filter((x) => x.entry === 'panzhihua-dongqu-shebao/2023' && x.message.includes('项目实施时间'))).toEqual([]);
	});
});

describe('messages are exact', () => {
	const all = [
		...seedFindings,
		...fixtureIds.flatMap((id) => {
			const { disclosure, context } = load(id);
			return audit(disclosure, context);
		}),
	];

	test('no finding says a value “应为” what it says was printed', () => {
		const same = all.filter(
			(f) => f.expected !== undefined && f.actual !== undefined && f.expected.replace(/\s/g, '') === f.actual.replace(/\s/g, ''),
		);
		expect(same.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
		const echoed = all.filter((f) => /印为 (-?\d[\d,]*(?:\.\d+)?%?)(?![\d.,]).{0,40}应为 \1(?![\d.,]*\d)/.test(f.message));
		expect(echoed.map((f) => f.message)).toEqual([]);
	});

	test('a finding with a printed and an expected number states the difference', () => {
		const numeric = (s?: string) => s !== undefined && /^-?[\d,.]+\s*(%|万元|元|分|件|人|个|条)?$/.test(s.trim());
		const missing = all.filter((f) => numeric(f.expected) && numeric(f.actual) && f.difference === undefined);
		expect(missing.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
	});
});
