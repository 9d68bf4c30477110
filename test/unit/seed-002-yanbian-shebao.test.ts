/**
 * Seed 002 (盐边县社会保险事务中心 2021 部门决算): the entry keeps the document's mistakes as printed —
 * 收、支总计 580.44 counting 290.22 twice, 208 类 253.59 over items adding to 253.50, two lines named
 * 行政单位医疗, 机关运行经费 17.11 vs 19.25 — and the audit reports them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDisclosure } from '../../src/core/validate.ts';
import { checkMdxSource, FINAL_ACCOUNTS_SECTIONS } from '../../src/core/mdx-safety.ts';
import { audit } from '../../src/core/rules/index.ts';

const DIR = 'content/disclosures/yanbian-shebao/2021';
const ROOT = join(import.meta.dirname, '../..');
const file = (name: string) => ({ path: `${DIR}/${name}`, text: readFileSync(join(ROOT, DIR, name), 'utf8') });
const parsed = parseDisclosure({
	dir: DIR,
	index: file('index.yaml'),
	finalAccounts: file('final-accounts.yaml'),
	performance: file('performance.yaml'),
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
const d = parsed.data;
const fa = d.finalAccounts!;
const evaluation = (id: string) => d.performance!.evaluations.find((e) => e.id === id)!;
const fen = (x: number) => Math.round(x * 100);

describe('seed 002 yanbian-shebao/2021', () => {
	test('totals as printed: 580.44 = 290.22 + 290.22, and the audit says so twice', () => {
		expect(fa.totals).toMatchObject({ income: 290.22, expenditure: 290.22, statedCombined: 580.44 });
		expect(fa.totals!.change).toMatchObject({ direction: 'decrease', amount: 1856.01, percent: 86.48 });
		expect(fa.fiscalTotals).toMatchObject({ statedCombined: 580.44 });
		const doubled = audit(d)
			.filter((f) => f.rule === 'combined-total-double')
			.map((f) => f.path);
		expect(doubled).toEqual(['finalAccounts.totals.statedCombined', 'finalAccounts.fiscalTotals.statedCombined']);
	});

	test('本年收入 288.92 but 本年支出 290.22; 附件1 closes the gap with 13000.00 元 of 财政应返还额度', () => {
		expect(fa.income!.total).toBe(288.92);
		expect(fa.expenditure).toMatchObject({
			total: 290.22,
			basic: { amount: 265.06, share: 91.33 },
			project: { amount: 25.16, share: 8.67 },
		});
		const dept = evaluation('department');
		expect(dept.funds).toMatchObject({ scope: '财政拨款', unit: '元', income: { final: 2902158.24 }, expenditure: { final: 2902158.24 } });
		// 基本支出 + 项目支出 + 财政应返还额度实现的项目支出, each as printed in 元, make the 总支出.
		const [split, kinds] = dept.spendingKinds!;
		expect(split.unit).toBe('元');
		expect(fen(dept.funds!.expenditure!.final!)).toBe(split.rows.reduce((n, r) => n + fen(r.actual!), 0));
		expect(kinds.rows.map((r) => [r.kind, r.actual])).toEqual([
			['人员经费', 234.03],
			['公用经费', 19.25],
			['特定目标类', 25.16],
		]);
		expect(fa.otherMatters!.operatingCosts!.amount).toBe(17.11);
	});

	test('类/款/项 detail: 253.59 over items of 253.50; 210 lines coded as printed (01款), two 行政单位医疗', () => {
		const items = fa.generalBudget!.detail!.items;
		expect(items).toHaveLength(11);
		expect(fen(items.filter((i) => i.code?.startsWith('208')).reduce((s, i) => s + i.amount, 0))).toBe(25350);
		expect(items.filter((i) => i.item === '行政单位医疗').map((i) => i.code)).toEqual(['2100101', '2100103']);
		const finding = audit(d).find((f) => f.path === 'finalAccounts.generalBudget.byCategory[0].amount');
		expect(finding).toMatchObject({ rule: 'category-sum', severity: '确定' });
		expect(fa.glossary).toHaveLength(26);
		expect(fa.glossary[15].term).toContain('行政事业单位医疗（11款）');
	});

	test('图1–6 data in printed order, 图1/图4 2020 value twice 图5', () => {
		expect(fa.printedFigures.map((f) => f.no)).toEqual([4, 5, 6, 1, 2, 3]);
		const byNo = Object.fromEntries(fa.printedFigures.map((f) => [f.no, f.values]));
		expect(byNo[1]).toEqual([4292.46, 580.44]);
		expect(byNo[4]).toEqual([4292.46, 580.44]);
		expect(byNo[5]).toEqual([2146.23, 290.22]);
		expect(byNo[6]).toEqual([253.59, 14.8, 21.82]);
		expect(byNo[2]).toEqual([100, 0, 0, 0, 0, 0, 0]);
		expect(byNo[3]).toEqual([265.06, 25.16]);
		expect(fen(byNo[4][0])).toBe(2 * fen(byNo[5][0]));
	});

	test('department evaluation 良好 and staffing 12 / 18; three projects with 附表1–3 attached', () => {
		expect(evaluation('department')).toMatchObject({ level: 'department', grade: '良好', narrative: true });
		expect(d.staffing[0]).toMatchObject({ authorized: 12, onPayroll: 18, retired: 4, contracted: 0 });
		const projects = { 'service-capacity': [9.95, 10], 'premium-subsidy': [13.07, 9], 'jinbao-network': [0.84, 11] } as const;
		for (const [id, [amount, rows]] of Object.entries(projects)) {
			const ev = evaluation(id);
			expect(ev.budget!.rows[0]).toMatchObject({ adjusted: amount, executed: amount });
			expect(ev.indicators!.rows).toHaveLength(rows);
			expect(fa.attachments.filter((a) => a.evaluation === id)).toHaveLength(2);
		}
		const cost = evaluation('service-capacity').indicators!.rows.find((r) => r.level3 === '采购金额');
		expect(cost).toMatchObject({ target: '99490.00元', actual: '99494.00元' });
		expect(fa.otherMatters!.procurement!.total).toBe(9.95);
	});

	test('narratives are safe MDX with 图1–6 placed in their sections', () => {
		const mdx = file('final-accounts.mdx');
		expect(checkMdxSource(mdx.text, mdx.path, { sectionIds: FINAL_ACCOUNTS_SECTIONS })).toEqual([]);
		expect([...mdx.text.matchAll(/<Figure no="(\d)" \/>/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6']);
		const perf = file('performance.mdx');
		expect(checkMdxSource(perf.text, perf.path, { sectionIds: d.performance!.evaluations.map((e) => e.id) })).toEqual([]);
		for (const text of [mdx.text, perf.text]) expect(text).not.toContain('bookmark');
	});
});
