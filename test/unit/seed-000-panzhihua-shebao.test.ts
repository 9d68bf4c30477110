/**
 * Seed 000 (攀枝花市社会保险事务中心 2025 部门预算绩效自评报告): the entry parses, keeps every table of the seed
 * (附表1 打分表, 附表2 目标表, both project reports) with the figures as printed, and its narrative is safe MDX.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDisclosure } from '../../src/core/validate.ts';
import { checkMdxSource } from '../../src/core/mdx-safety.ts';

const DIR = 'content/disclosures/panzhihua-shebao/2025';
const ROOT = join(import.meta.dirname, '../..');
const file = (name: string) => ({ path: `${DIR}/${name}`, text: readFileSync(join(ROOT, DIR, name), 'utf8') });
const parsed = parseDisclosure({ dir: DIR, index: file('index.yaml'), performance: file('performance.yaml') });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
const entry = parsed.data;
const evaluations = entry.performance!.evaluations;
const byId = (id: string) => evaluations.find((e) => e.id === id)!;
/** Sums in hundredths, never floats. */
const sum = (xs: readonly (number | undefined)[]) => xs.reduce<number>((s, x) => s + Math.round((x ?? 0) * 100), 0);

describe('seed 000 panzhihua-shebao/2025', () => {
	test('source, staffing and the three evaluations', () => {
		expect(entry.source).toMatchObject({ docNumber: '攀社险〔2026〕9号', publishedOn: '2026-03-12', addressee: '攀枝花市财政局' });
		expect(entry.staffing[0]).toMatchObject({ authorized: 61, onPayroll: 58, retired: 34, contracted: 12 });
		expect(evaluations.map((e) => e.id)).toEqual(['department', 'forestry-retiree-management', 'government-service-centre-rent']);
	});

	test('附表1 打分表: 24 rows, weights 65 + 35 (+ 扣分项 10), scores as printed (no printed total)', () => {
		const scored = byId('department').scored!;
		expect(scored.rows).toHaveLength(24);
		expect(scored.total).toBeUndefined();
		const weightOf = (l1: string) => sum(scored.rows.filter((r) => r.level1 === l1).map((r) => r.weight));
		expect(weightOf('总体绩效')).toBe(6500);
		expect(weightOf('项目绩效')).toBe(3500);
		expect(scored.rows.map((r) => r.level2Weight).filter(Boolean)).toEqual([15, 25, 10, 9, 6, 12, 12, 11]);
		expect(scored.rows.map((r) => r.score)).toEqual([15, 7.4, 4, 5.2, 2, 5, 4, 2, 4, 1.5, 3, 0, 3, 3, 4, 3, 4, 4, 4, 4, 4, 4, 3, 0]);
		expect(sum(scored.rows.map((r) => r.score))).toBe(9310);
		expect(scored.rows.find((r) => r.level3 === '人均资产变化率')).toMatchObject({ weight: 3, score: 1.5 });
	});

	test('附表2 目标表: budget 1550.82, five tasks, nine indicator rows incl. the duplicated 时效指标 row', () => {
		const dep = byId('department');
		expect(dep.budget!.rows.map((r) => [r.label, r.adjusted])).toEqual([
			['资金总额', 1550.82],
			['财政拨款', 1550.82],
		]);
		expect(dep.goals!.tasks.map((t) => t.name)).toEqual(['待遇发放', '待遇核定', '待遇调整', '参保登记', '工伤预防']);
		const rows = dep.indicators!.rows;
		expect(rows).toHaveLength(9);
		expect(rows[0]).toMatchObject({ level3: '享受养老保险待遇人数', nature: '≥', target: '32', unit: '万人', actual: '≥32 万人' });
		expect(rows[6]).toMatchObject({ level2: '时效指标', level3: '基本养老金发放准确率', target: '95' });
		expect(rows[7].nature).toBe('定性');
	});

	test('income and expenditure by 项 with shares add up to 1550.82 and 100%', () => {
		const funds = byId('department').funds!;
		for (const side of [funds.income!, funds.expenditure!]) {
			expect(side.finalItems).toHaveLength(10);
			expect(sum(side.finalItems.map((s) => s.amount))).toBe(155082);
			expect(sum(side.finalItems.map((s) => s.share))).toBe(10000);
			expect(side).toMatchObject({ initial: 1442.31, final: 1550.82 });
		}
		expect(funds.carryover).toEqual({ amount: 0, printedAs: '2025 年决算报表中无结转结余' });
		expect(byId('department').projectStats).toEqual([
			{ kind: '常年', label: '常年项目', count: 2, amount: 88.1, progress: 100, overBalance: 0 },
		]);
	});

	test('the two projects: 7.69 + 80.41 = 88.10 万元, cost target 804089.4 元/年 as printed', () => {
		const forest = byId('forestry-retiree-management');
		const rent = byId('government-service-centre-rent');
		expect(forest.budget!.rows[0]).toMatchObject({ adjusted: 7.69, arrived: 7.69, rate: 100 });
		expect(rent.budget!.rows[0]).toMatchObject({ initial: 80.41, arrived: 80.41, rate: 100 });
		expect(sum([forest.budget!.rows[0].adjusted, rent.budget!.rows[0].initial])).toBe(8810);
		expect(forest.indicators!.rows.find((r) => r.level1 === '数量指标')).toMatchObject({ nature: '≥', target: '750', unit: '人' });
		expect(rent.indicators!.rows.find((r) => r.level1 === '成本指标')).toMatchObject({ target: '804089.4', unit: '元/年' });
	});

	test('narrative: one safe section per evaluation, no extraction noise', () => {
		const mdx = file('performance.mdx');
		expect(checkMdxSource(mdx.text, mdx.path, { sectionIds: evaluations.map((e) => e.id) })).toEqual([]);
		for (const e of evaluations) expect(mdx.text).toContain(`<Section id="${e.id}">`);
		expect(mdx.text).not.toMatch(/\$\\geq|\[bookmark/);
		expect(evaluations.every((e) => e.narrative)).toBe(true);
	});
});
