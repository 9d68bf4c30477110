/**
 * 数据核对 by cause and in plain words (issue #14 point 6), on the shipped content's real findings: 盐边 2021
 * prints 收、支总计 580.44 = 290.22 × 2 in four places, 东区 2023 restates 518.77 against 518.57 three times,
 * 普陀规划资源 2024 carries one 12.89 gap from 人员经费 into 基本支出.
 */
import { describe, expect, test } from 'vitest';
import { auditContextOf, buildCatalogue, folderOf } from '../../src/core/catalogue.ts';
import { causeKeys, causesInBlock, countCauses, findingNumber, groupByCause } from '../../src/core/finding-causes.ts';
import { findingValues } from '../../src/core/finding-values.ts';
import { audit, type Finding } from '../../src/core/rules/index.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

const catalogue = buildCatalogue(readContentFiles());
const findingsOf = new Map(catalogue.disclosures.map((d) => [folderOf(d), audit(d, auditContextOf(catalogue, d))]));
const of = (id: string) => findingsOf.get(id)!;
const all = [...findingsOf.values()].flat();
const causeOf = (findings: Finding[], pick: (f: Finding) => boolean) => groupByCause(findings).find((c) => c.findings.some(pick))!;

describe('one root cause counted once', () => {
	test('盐边 2021: 580.44 (= 290.22 × 2) in 收、支总计, 财政拨款收、支总计, 图1 and 图4 is one cause, 确定', () => {
		const cause = causeOf(of('yanbian-shebao/2021'), (f) => f.actual === '580.44');
		expect(cause.findings.map((f) => [f.rule, f.anchor]).sort()).toEqual([
			['combined-total-double', 'fiscalTotals'],
			['combined-total-double', 'totals'],
			['figure-data', 'fiscalTotals'],
			['figure-data', 'totals'],
		]);
		expect(cause.severity).toBe('确定');
		// The most serious, widest cause leads the page's list.
		expect(groupByCause(of('yanbian-shebao/2021'))[0]).toEqual(cause);
	});

	test('东区 2023: 518.77 against 518.57, whatever the rule and the unit written, and in either order', () => {
		const cause = causeOf(of('panzhihua-dongqu-shebao/2023'), (f) => f.actual?.startsWith('518.77') ?? false);
		expect(cause.findings.map((f) => f.rule).sort()).toEqual(['cross-reference', 'restated-figure', 'stated-sum']);
	});

	test('普陀规划资源 2024: one rule finding the same 12.89 gap twice (人员经费 → 基本支出) is one cause', () => {
		const cause = causeOf(of('putuo-planning-resources/2024'), (f) => f.rule === 'table-narrative' && f.severity === '确定');
		expect(cause.findings.map((f) => f.actual)).toEqual(['5,377.64', '4,896.98']);
	});

	test('rounding-level gaps of different figures stay apart; the same rounded total reused is one cause', () => {
		const causes = groupByCause(of('putuo-finance/2024'));
		const total = causes.find((c) => c.findings.some((f) => f.actual === '2,940.05'))!;
		expect(total.findings.every((f) => [f.actual, f.expected].sort().join() === '2,940.05,2,940.06')).toBe(true);
		expect(total.findings.length).toBeGreaterThanOrEqual(4);
		expect(causes.find((c) => c.findings.some((f) => f.actual === '2,336.91'))).not.toBe(total);
	});

	test('every finding belongs to exactly one cause; counts by cause never exceed counts by finding', () => {
		for (const [id, findings] of findingsOf) {
			const causes = groupByCause(findings);
			expect(causes.flatMap((c) => c.findings).length, id).toBe(findings.length);
			const counts = countCauses(causes);
			expect(counts.确定 + counts.疑似 + counts.提示, id).toBe(causes.length);
		}
		expect(groupByCause(all.filter((f) => f.rule === 'combined-total-double')).length).toBe(1);
	});

	test('a block names where else on the page the same cause shows', () => {
		const findings = of('yanbian-shebao/2021');
		const [here] = causesInBlock(
			findings.filter((f) => f.anchor === 'totals'),
			findings,
		).filter((c) => c.here.some((f) => f.actual === '580.44'));
		expect(here).toMatchObject({ severity: '确定', total: 4, elsewhere: ['fiscalTotals'] });
		expect(here!.here.map((f) => f.rule)).toEqual(['combined-total-double', 'figure-data']);
	});

	test('keys: a pair of numbers, a rule with a real gap, or the words; a finding without values is its own cause', () => {
		const base = { rule: 'x', severity: '疑似' as const, path: 'a', anchor: 'b', message: '' };
		expect(causeKeys({ ...base, actual: '2.00', expected: '1.00', difference: '1.00' })).toEqual(['n:万元:1|2', 'd:x:万元:1']);
		expect(causeKeys({ ...base, actual: '无', expected: '有' })).toEqual(['t:x:无|有']);
		expect(causeKeys(base)).toEqual(['u:x:a']);
		expect(findingNumber('99,494 元')).toEqual({ value: 99494, unit: '元' });
		expect(findingNumber('优良中差')).toBeUndefined();
	});
});

describe('every message in plain words', () => {
	test('no finding of the shipped content says it should be what it already prints', () => {
		const norm = (s: string | undefined) => s?.replace(/[\s,万元%“”]/g, '');
		const same = all.filter((f) => f.actual !== undefined && norm(f.actual) === norm(f.expected));
		expect(same).toEqual([]);
		const inWords = all.filter((f) => {
			const m = f.message.match(/印为\s*([^，。；]+?)[，。；].*?应为\s*([^，。；]+?)[，。；]/);
			return m && norm(m[1]) === norm(m[2]);
		});
		expect(inWords).toEqual([]);
	});

	test('printed, expected and the gap carry their unit and direction', () => {
		const double = of('yanbian-shebao/2021').find((f) => f.rule === 'combined-total-double')!;
		expect(findingValues(double)).toEqual({ printed: '580.44 万元', expected: '290.22 万元', gap: '290.22 万元', direction: 'more' });
		const share = of('putuo-finance/2024').find((f) => f.rule === 'share-printed')!;
		expect(findingValues(share)).toEqual({ printed: '71.73%', expected: '71.65%', gap: '0.08 个百分点', direction: 'more' });
		const restated = of('panzhihua-dongqu-shebao/2023').find((f) => f.rule === 'restated-figure' && f.actual?.endsWith('人'))!;
		expect(findingValues(restated)).toMatchObject({ printed: '134 人', expected: '179 人', gap: '45 人', direction: 'less' });
	});

	test('every shipped finding with two numbers of one unit states a gap with a unit', () => {
		const bare = all.filter((f) => {
			const v = findingValues(f);
			return v.direction !== undefined && v.gap !== undefined && !/(万元|元|个百分点|分|人|个|条|件|张|台|辆|次|项)$/.test(v.gap);
		});
		expect(bare.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
	});
});
