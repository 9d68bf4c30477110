/**
 * Navigation for a city (issue #14 point 9) on the shipped content: units by 主管部门, the printed totals a year
 * page shows (盐边 2021 prints 收入总计 and 支出总计 290.22 beside the doubled 收、支总计 580.44), and publication state.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { printedTotals, publicationState, unitsBySupervisor, unpublished } from '../../src/core/city-index.ts';
import { yearStatus } from '../../src/core/status.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

const c = buildCatalogue(readContentFiles());
const entry = (unit: string) => c.disclosures.find((d) => d.unit === unit)!;

describe('units by 主管部门', () => {
	test('every unit once, under its own 主管部门, groups in Chinese order', () => {
		const groups = unitsBySupervisor(c.units);
		expect(groups.flatMap((g) => g.units).length).toBe(c.units.length);
		for (const g of groups) expect(g.units.every((u) => u.supervisor === g.supervisor)).toBe(true);
		const wutongqiao = groups.find((g) => g.units.some((u) => u.id === 'wutongqiao-shebao'))!;
		expect(wutongqiao.supervisor).toBe('五通桥区人力资源和社会保障局');
		const names = groups.map((g) => g.supervisor);
		expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
	});
});

describe('a year page row', () => {
	test('printed totals: 五通桥 848.90 / 848.90; 盐边 the separate 290.22, never the doubled 580.44', () => {
		expect(printedTotals(entry('wutongqiao-shebao'))).toEqual({ income: '848.90', expenditure: '848.90' });
		expect(printedTotals(entry('yanbian-shebao'))).toEqual({ income: '290.22', expenditure: '290.22' });
		expect(printedTotals(entry('panzhihua-shebao'))).toEqual({ income: '无部门决算', expenditure: '无部门决算' });
	});

	test('publication state: the roster’s timeliness where the year has one, else the printed date or its absence', () => {
		const roster = c.rosters!.find((r) => r.year === 2024)!;
		const status = yearStatus(roster, c.units, c.disclosures, () => []);
		expect(publicationState(entry('wutongqiao-shebao'), status)).toMatch(/^已公开，无法判断/);
		expect(publicationState(entry('yanbian-shebao'), undefined)).toBe('已公开（原文未注明公开时间）');
		expect(publicationState({ unit: 'x', source: { ...entry('yanbian-shebao').source, publishedOn: '2025-06-20' } }, undefined)).toBe(
			'已公开（2025年6月20日）',
		);
		expect(unpublished(status)).toEqual([]);
		expect(
			unpublished({ ...status, rows: status.rows.map((r, i) => (i === 0 ? { ...r, published: false } : r)) }).map((r) => r.unit.id),
		).toEqual([roster.units[0]!.unit]);
	});
});
