/**
 * Seed 001 (攀枝花市东区社会保险事务中心 2023 部门决算): the entry validates, keeps the seed's traps as printed
 * and holds every part the seed prints. Numbers come from /work/shared/seeds/001_e0a30582d98b4592.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toFen } from '../../src/core/money.ts';
import { audit } from '../../src/core/rules/index.ts';
import { STANDARD_TABLES } from '../../src/core/schema/tables.ts';
import { contentRoot } from '../../src/lib/content-files.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

const UNIT = 'panzhihua-dongqu-shebao';
const DIR = `${UNIT}/2023`;
const ENTRY_DIR = join(contentRoot(), 'disclosures', DIR);

const c = catalogueOfUnit(UNIT);
const d = c.disclosures[0];
const fa = d?.finalAccounts;
const [dept, project] = d?.performance?.evaluations ?? [];
const fen = (xs: readonly (number | undefined)[]) => xs.reduce<number>((s, x) => s + toFen(x ?? 0).fen, 0);

describe('seed 001 东区社保中心 2023', () => {
	test('validates without schema error', () => {
		expect(c.errors).toEqual([]);
		expect(c.units.map((u) => [u.id, u.kind, u.functions.length, u.divisions.length])).toEqual([
			[UNIT, '参照公务员法管理的事业单位', 12, 5],
		]);
		expect(d.source.publishedOn).toBe('2024-10-24');
	});

	test('keeps the contradictory totals as printed', () => {
		expect([fa?.totals?.income, fa?.totals?.expenditure, fa?.income?.total, fa?.expenditure?.total]).toEqual([
			518.57, 518.57, 442.77, 518.57,
		]);
		expect([fa?.fiscalTotals?.income, fa?.generalBudget?.amount, fa?.generalBudget?.detail?.total]).toEqual([518.57, 518.57, 518.57]);
		expect(dept.spendingKinds?.[0]).toMatchObject({ budgetTotal: 409.81, actualTotal: 518.77 });
		const funds = dept.funds!;
		expect([funds.income?.final, funds.income?.finalItems[1], funds.expenditure?.final]).toEqual([
			518.77,
			{ label: '年初结转和结余', amount: 75.8 },
			518.57,
		]);
	});

	test('shares stay as printed with one decimal, and the audit flags 住房保障 3.1%', () => {
		expect([fa?.expenditure?.basic?.share, fa?.expenditure?.project?.share]).toEqual([43.3, 56.7]);
		expect(fa?.generalBudget?.byCategory.map((x) => x.share)).toEqual([93.2, 3.7, 3.1]);
		const findings = audit(d).map((f) => `${f.rule} ${f.path}`);
		expect(findings).toContain('share-printed finalAccounts.generalBudget.byCategory[2].share');
	});

	test('every itemised list is complete (the parts add up to the printed totals)', () => {
		expect(fa?.generalBudget?.detail?.items).toHaveLength(14);
		expect(fen(fa!.generalBudget!.detail!.items.map((i) => i.amount))).toBe(toFen(518.57).fen);
		expect(fen(fa!.basicExpenditure!.personnel.items.map((i) => i.amount))).toBe(toFen(213.87).fen);
		expect(fen(fa!.basicExpenditure!.publicUse.items.map((i) => i.amount))).toBe(toFen(10.9).fen);
		expect(fa?.otherMatters?.operatingCosts?.amount).toBe(8.26);
		expect(fa?.glossary.map((g) => g.no)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
	});

	test('the 13 附表 are listed by title only', () => {
		expect(fa?.appendixTables.map((t) => t.title)).toEqual([...STANDARD_TABLES]);
		expect(fa?.appendixTables.every((t) => !t.printed && t.rows.length === 0)).toBe(true);
	});

	test('both attached reports are recorded with their scores and amounts', () => {
		expect(fa?.attachments.map((a) => a.evaluation)).toEqual([dept.id, project.id]);
		expect([dept.totalScore, project.totalScore, project.grade]).toEqual([90, 90, '优秀']);
		expect(project.fundingFlow).toMatchObject({ requested: 134.91, approved: 134.91, added: 75.8, adjusted: 210.71 });
		// The 时效 line is the result (“项目实施时间为 2023 年 1 月至 12 月”); no 时效 target was printed.
		expect(project.indicators?.rows.map((r) => r.target)).toEqual(['71', '6', '57', '3', '', '126.40', '8.51', '75.8']);
		expect(project.indicators?.rows[4].actual).toBe('项目实施时间为 2023 年 1 月至 12 月');
		expect(d.staffing[0].breakdown.map((b) => b.count)).toEqual([7, 1, 3, 12]);
	});

	test('the narrative draws no figure but keeps “饼状图无法显示”', () => {
		const mdx = readFileSync(join(ENTRY_DIR, 'final-accounts.mdx'), 'utf8');
		expect(mdx).not.toContain('<Figure');
		expect(mdx).toContain('“三公”经费财政拨款支出结构饼状图无法显示');
		expect(mdx).not.toMatch(/\[bookmark|\.{6}/);
		const perf = readFileSync(join(ENTRY_DIR, 'performance.mdx'), 'utf8');
		expect([...perf.matchAll(/<Section id="([^"]+)">/g)].map((m) => m[1])).toEqual([dept.id, project.id]);
	});
});
