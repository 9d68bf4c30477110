/**
 * Seed 003 (五通桥区社会保险事务中心 2024 部门决算 + 7 项目支出绩效自评表): the entry validates, keeps the seed's
 * slips as printed and holds every part the seed prints. Numbers come from /work/shared/seeds/003_a720d495796a7aa4.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sumFen, toFen } from '../../src/core/money.ts';
import { audit } from '../../src/core/rules/index.ts';
import { contentRoot } from '../../src/lib/content-files.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

const UNIT = 'wutongqiao-shebao';
const ENTRY_DIR = join(contentRoot(), 'disclosures', UNIT, '2024');

const c = catalogueOfUnit(UNIT);
const d = c.disclosures[0];
const fa = d?.finalAccounts;
const evaluations = d?.performance?.evaluations ?? [];
const byId = (id: string) => evaluations.find((e) => e.id === id)!;
const fen = (xs: readonly number[], unit: '万元' | '元' = '万元') => sumFen(xs.map((x) => toFen(x, unit))).fen;

describe('seed 003 五通桥区社保中心 2024', () => {
	test('validates without schema error; 8 股室, 7 职责', () => {
		expect(c.errors).toEqual([]);
		expect(c.units.map((u) => [u.id, u.kind, u.functions.length, u.divisions.length])).toEqual([[UNIT, '事业单位', 7, 8]]);
		expect(d.notes.some((n) => n.path === 'unit.kind')).toBe(true);
	});

	test('sections 一–五 as printed, including the 0.01 gap of the nine 项 against 848.9', () => {
		expect([fa?.totals?.income, fa?.totals?.change?.amount, fa?.totals?.change?.percent]).toEqual([848.9, 32.47, 3.68]);
		expect([fa?.expenditure?.basic?.share, fa?.expenditure?.project?.share]).toEqual([52.83, 47.16]);
		expect(fa?.generalBudget?.byCategory.map((x) => [x.amount, x.share])).toEqual([
			[0, 0],
			[0, 0],
			[0, 0],
			[0, 0],
			[807.68, 95.14],
			[13.05, 1.54],
			[28.18, 3.32],
		]);
		const items = fa!.generalBudget!.detail!.items;
		expect(items.map((i) => i.amount)).toEqual([736.09, 7.7, 32.97, 17.95, 10.51, 2.46, 9.75, 3.3, 28.18]);
		expect(items.every((i) => i.completion === 100 && i.remark === '决算数等于预算数。')).toBe(true);
		expect(fen(items.map((i) => i.amount))).toBe(toFen(848.91).fen);
		const findings = audit(d).map((f) => `${f.rule} ${f.path}`);
		expect(findings).toContain('category-sum finalAccounts.generalBudget.detail.total');
		expect(findings).toContain('share-printed finalAccounts.expenditure.basic.share');
	});

	test('基本支出 split and the listed economic items', () => {
		const b = fa!.basicExpenditure!;
		expect([b.total, b.personnel.amount, b.publicUse.amount]).toEqual([448.54, 394.45, 54.09]);
		expect([b.personnel.items.length, b.publicUse.items.length]).toEqual([17, 28]);
	});

	test('三公: six 接待 events in 元 add up to 0.5 万元, 6 批次 50 人次', () => {
		const r = fa!.threePublic!.reception!;
		const events = r.domestic!.events;
		expect(events.map((e) => [e.date, e.amountYuan])).toEqual([
			['2024-01-29', 616],
			['2024-05-09', 800],
			['2024-08-28', 1270],
			['2024-08-28', 1290],
			['2024-10-11', 334],
			['2024-12-04', 690],
		]);
		expect(
			fen(
				events.map((e) => e.amountYuan),
				'元',
			),
		).toBe(toFen(0.5).fen);
		expect([r.domestic!.batches, r.domestic!.persons, r.change?.percent]).toEqual([6, 50, 66.67]);
		expect(fa!.threePublic!.outbound?.change?.direction).toBe('unstated');
		expect(fa!.threePublic!.vehicles?.purchase?.byType.map((v) => v.type)).toEqual(['轿车', '越野车', '载客汽车']);
	});

	test('section 十 and the glossary numbering jump 16 → 27', () => {
		const o = fa!.otherMatters!;
		expect([o.operatingCosts?.amount, o.operatingCosts?.change?.amount, o.operatingCosts?.change?.percent]).toEqual([54.09, 3.44, 5.98]);
		expect([o.performance?.priorAssessment, o.performance?.targetsSet, o.performance?.monitored, o.performance?.projects.length]).toEqual([
			7, 7, 7, 7,
		]);
		expect(o.assets?.equipmentOver100).toBe(0);
		expect(fa!.glossary.map((g) => g.no)).toEqual([...Array.from({ length: 16 }, (_, i) => i + 1), 27, 28, 29, 30, 31]);
		expect(fa!.glossary.some((g) => g.definition.includes('请自行删除'))).toBe(false);
	});

	test('seven self-evaluation tables, each referenced by an attachment, each 合计 90 90', () => {
		expect(fa!.attachments.map((a) => a.evaluation)).toEqual(evaluations.map((e) => e.id));
		expect(evaluations.map((e) => e.project?.code)).toEqual([
			'51111222T000000332562',
			'51111222T000000332585',
			'51111222T000000332608',
			'51111224T000010344730',
			'51111224T000011258765',
			'51111224T000011895801',
			'51111224T000011937670',
		]);
		expect(evaluations.map((e) => e.budget!.rows[0].executed)).toEqual([37.46, 113.72, 197.29, 9.56, 11.2, 0.88, 30.26]);
		for (const e of evaluations) {
			expect(e.indicators?.total).toEqual({ weight: 90, score: 90 });
			expect(fen(e.indicators!.rows.map((r) => r.weight ?? 0))).toBe(toFen(90).fen);
			expect(e.budget!.rows.map((r) => r.label)).toEqual(['总额', '其中：财政资金', '财政专户管理资金', '单位资金', '其他资金']);
			expect([e.manager, e.financeManager]).toEqual(['周岐军', '曾凡科']);
		}
		// the seven 执行数 add to 400.37 against 项目支出 400.36 as printed in section 三
		expect(fen(evaluations.map((e) => e.budget!.rows[0].executed ?? 0))).toBe(toFen(400.37).fen);
	});

	test('garbled rows stay as printed', () => {
		const sengong = byId('sengong-guanli').indicators!.rows;
		expect([sengong[0].target, sengong[0].actual]).toEqual(['160 人', '160 人']);
		expect(sengong[6].nature).toBeUndefined();
		expect(sengong[7].level3).toBe('档案管理服务费');
		const tiexi = byId('zhiye-nianjin-tiexi').indicators!.rows;
		expect([tiexi[3].target, tiexi[3].unit, tiexi[3].actual]).toEqual(['302600', '元', '0.88 万元']);
	});

	test('the narrative places 图1–7 in order and keeps no extraction noise', () => {
		const mdx = readFileSync(join(ENTRY_DIR, 'final-accounts.mdx'), 'utf8');
		expect([...mdx.matchAll(/<Figure no="(\d)" \/>/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
		expect(mdx).not.toMatch(/\[bookmark|- 31 -|（柱状图）|（饼状图）/);
		expect(d.source.file).toBe('source.txt');
		expect(readFileSync(join(ENTRY_DIR, 'source.txt'), 'utf8')).toContain('第四部分 附件');
	});
});
