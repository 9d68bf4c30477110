/**
 * Seed 004 (昆明市五华区社会保险中心 2024): the scored 评价表 and the project report are kept as printed,
 * including 决策 printed as 40 while its parts add up to 21, and 过程 printed without a weight.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDisclosure } from '../../src/core/validate.ts';
import { checkMdxSource } from '../../src/core/mdx-safety.ts';

const DIR = 'content/disclosures/kunming-wuhua-shebao/2024';
const ROOT = join(import.meta.dirname, '../..');
const file = (name: string) => ({ path: `${DIR}/${name}`, text: readFileSync(join(ROOT, DIR, name), 'utf8') });
const parsed = parseDisclosure({ dir: DIR, index: file('index.yaml'), performance: file('performance.yaml') });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
const [ev] = parsed.data.performance!.evaluations;
const sum = (xs: readonly (number | undefined)[]) => xs.reduce<number>((s, x) => s + Math.round((x ?? 0) * 100), 0);

describe('seed 004 kunming-wuhua-shebao/2024', () => {
	test('project header and budget rows (17.32 / 17.32 / 17.29 / 99.83%)', () => {
		expect(ev).toMatchObject({ level: 'project', manager: '戴敏茸', contact: '63585879', supervisor: '昆明市五华区社会保险中心' });
		expect(ev.project).toMatchObject({ name: '社会保险保障运行专项经费', type: '经常性项目' });
		expect(ev.budget!.rows.map((r) => r.label)).toEqual(['社会保险保障运行专项经费', '合计', '其中：区级财政']);
		for (const r of ev.budget!.rows) expect(r).toMatchObject({ initial: 17.32, arrived: 17.32, executed: 17.29, rate: 99.83 });
	});

	test('scored table: 17 rows, weights 100, scores 99.97, 优; 决策 printed 40 over parts of 21', () => {
		const rows = ev.scored!.rows;
		expect(rows).toHaveLength(17);
		expect(sum(rows.map((r) => r.weight))).toBe(10000);
		expect(sum(rows.map((r) => r.score))).toBe(9997);
		expect(ev.scored!.total).toEqual({ level1Weight: 100, level2Weight: 100, weight: 100, score: 99.97 });
		expect(ev.totalScore).toBe(99.97);
		expect(ev.grade).toBe('优');
		const level2Of = (l1: string) => sum(rows.filter((r) => r.level1 === l1).map((r) => r.level2Weight));
		expect(rows[0].level1Weight).toBe(40);
		expect(level2Of('决策')).toBe(2100);
		expect(level2Of('过程')).toBe(1900);
		expect(rows.some((r) => r.level1 === '过程' && r.level1Weight !== undefined)).toBe(false);
		expect(rows.filter((r) => r.level2 === '资金管理' && r.level2Weight === 6)).toHaveLength(2);
		expect(rows.map((r) => r.score)).toContain(2.99);
		expect(rows.map((r) => r.score)).toContain(9.98);
	});

	test('four evaluators and the figures of the report text', () => {
		expect(ev.evaluators.map((p) => p.name)).toEqual(['戴敏茸', '孙斌', '蒋立阳', '杨璐西']);
		const stated = Object.fromEntries(ev.statedAmounts!.map((s) => [s.label, s.amount]));
		expect(stated).toMatchObject({
			项目预算金额: 173246,
			支付金额: 172920,
			成本节约率: 0.17,
			服务对象对部门工作满意度: 90,
		});
		expect(stated['网络专线（项目绩效目标）']).toBe(99);
		expect(ev.fundingFlow).toMatchObject({ approved: 17.32, arrived: 17.32, arrivalRate: 100, spent: 17.29, executionRate: 99.83 });
		expect(stated['社保业务人社专用网络（预期目标）']).toBe(100);
	});

	test('narrative is safe MDX in one section', () => {
		const mdx = file('performance.mdx');
		expect(checkMdxSource(mdx.text, mdx.path, { sectionIds: [ev.id] })).toEqual([]);
		expect(mdx.text).not.toContain('bookmark');
	});
});
