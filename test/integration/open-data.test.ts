/**
 * The built site publishes open data for every unit-year: the printed figures, the computed ones and the
 * findings, with an index. Figures are seed 003's (五通桥区社会保险事务中心 2024).
 */
import { describe, expect, test } from 'vitest';
import { readSite, siteHas } from '../helpers/site.ts';

const SEEDS = [
	'wutongqiao-shebao/2024',
	'yanbian-shebao/2021',
	'panzhihua-dongqu-shebao/2023',
	'panzhihua-shebao/2025',
	'kunming-wuhua-shebao/2024',
];
/** The three Shanghai 部门决算 of ../shared/corpus, entered with all nine tables typed. */
const CORPUS = ['putuo-finance/2024', 'putuo-planning-resources/2024', 'putuo-social-work/2024'];
const ENTRIES = [...SEEDS, ...CORPUS];

describe('data/index.json', () => {
	const index = JSON.parse(readSite('data/index.json'));

	test('lists every published unit-year with links under the base path', () => {
		expect(index.schemaVersion).toBe(1);
		expect(index.entries.map((e: { id: string }) => e.id).sort()).toEqual([...ENTRIES].sort());
		const wtq = index.entries.find((e: { id: string }) => e.id === 'wutongqiao-shebao/2024');
		expect(wtq.unit.name).toBe('五通桥区社会保险事务中心');
		expect(wtq.json).toBe('/gongkai/data/wutongqiao-shebao/2024.json');
		expect(wtq.documents).toEqual(['final-accounts', 'performance']);
	});

	test.each(ENTRIES)('%s has its JSON file', (id) => {
		expect(siteHas(`data/${id}.json`)).toBe(true);
	});
});

describe('data/wutongqiao-shebao/2024.json', () => {
	const doc = JSON.parse(readSite('data/wutongqiao-shebao/2024.json'));
	const fa = doc.printed.finalAccounts;

	test('holds the unit, the year and the printed figures', () => {
		expect(doc.unit).toMatchObject({ id: 'wutongqiao-shebao', name: '五通桥区社会保险事务中心' });
		expect(doc.year).toBe(2024);
		expect(fa.totals.income).toBe(848.9);
		expect(fa.expenditure.basic).toMatchObject({ amount: 448.54, share: 52.83 });
		expect(fa.basicExpenditure.personnel.amount).toBe(394.45);
		expect(fa.threePublic.reception.domestic).toMatchObject({ amount: 0.5, batches: 6, persons: 50 });
		expect(doc.printed.performance.evaluations).toHaveLength(7);
	});

	test('holds computed figures: the previous-year total implied by "减少 32.47 万元"', () => {
		expect(doc.computed.finalAccounts.previousYear.totals.value).toBe(881.37);
		expect(doc.computed.finalAccounts.basicSumOfParts).toBe(448.54);
	});

	test('holds the findings with rule ids and counts', () => {
		expect(Array.isArray(doc.findings)).toBe(true);
		for (const f of doc.findings)
			expect(f).toMatchObject({
				rule: expect.any(String),
				severity: expect.stringMatching(/^(确定|疑似|提示)$/),
				message: expect.any(String),
			});
		expect(Object.keys(doc.findingCounts)).toEqual(['确定', '疑似', '提示']);
	});
});
