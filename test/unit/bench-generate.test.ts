/**
 * The bench's synthetic batch passes the check: 3 unit-years generated into a temporary folder, read and
 * checked by the same core as `npm run check` — no data error, every table of the template written, both
 * documents with their narratives — and its amounts are the real entry's times a whole factor.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateBatch, scaleEntry, scaleText } from '../../scripts/bench/generate.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { buildReport } from '../../src/core/report.ts';
import { templateFor } from '../../src/core/templates/index.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

const root = mkdtempSync(join(tmpdir(), 'gongkai-bench-test-'));
let made = 0;
beforeAll(() => void (made = generateBatch(root, 3)));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('3 generated unit-years pass the check with 0 data errors, every template table and both documents', () => {
	expect(made).toBe(3);
	const catalogue = buildCatalogue(readContentFiles(root));
	const report = buildReport(catalogue);
	expect(report.schemaErrors).toEqual([]);
	expect(catalogue.disclosures.map((d) => `${d.unit}/${d.year}`).sort()).toEqual([
		'bench-unit-0/2020',
		'bench-unit-0/2021',
		'bench-unit-0/2022',
	]);
	for (const d of catalogue.disclosures) {
		const fa = d.finalAccounts!;
		expect(Object.keys(fa.tables ?? {}).sort()).toEqual(
			templateFor(fa.template)!
				.tables.map((t) => t.id)
				.sort(),
		);
		expect(d.performance!.evaluations.length).toBeGreaterThanOrEqual(2);
		expect(d.performance!.evaluations.some((e) => e.level === 'department')).toBe(true);
		const narrative = (document: string) => readFileSync(join(root, 'disclosures', d.unit, String(d.year), `${document}.mdx`), 'utf8');
		expect(narrative('final-accounts')).toMatch(/<Section id="income">[\s\S]*<Figure no="2" \/>/);
		expect(narrative('performance').length).toBeGreaterThan(10_000);
		expect(catalogue.narratives![`${d.unit}/${d.year}`].performance?.paragraphs.length).toBeGreaterThan(10);
	}
	expect(catalogue.rosters!.map((r) => r.year)).toEqual([2022, 2021, 2020]);
}, 60_000);

test("amounts are the real entry's times one whole factor; shares, codes and counts stay as printed", () => {
	const real = parse(readFileSync('content/disclosures/putuo-finance/2024/final-accounts.yaml', 'utf8'));
	const made = parse(readFileSync(join(root, 'disclosures/bench-unit-0/2020/final-accounts.yaml'), 'utf8'));
	const factor = made.income.total / real.income.total;
	expect(Number.isInteger(Math.round(factor * 1e6) / 1e6)).toBe(true);
	expect(made.tables.income.rows[1]).toEqual([
		201,
		real.tables.income.rows[1][1],
		...real.tables.income.rows[1].slice(2).map((v: number | null) => (v === null ? null : Number((v * factor).toFixed(2)))),
	]);
	expect(made.income.generalBudget.share).toBe(real.income.generalBudget.share);
	expect(made.title).toBe('上海市普陀区财政局2020年度部门决算');
});

test('scaling a text: amounts before 万元/元 and decimals; percentages, scores, years, counts untouched', () => {
	expect(scaleText('本年收入合计2,946.25万元，占99.79%，较上年增加32万元，得分95.5分，2024年，9000人，合计 49.14', 3)).toBe(
		'本年收入合计8,838.75万元，占99.79%，较上年增加96万元，得分95.5分，2024年，9000人，合计 147.42',
	);
	expect(scaleEntry({ amount: 12, unit: '人', share: 52.83, code: 2080505 }, 2)).toEqual({
		amount: 12,
		unit: '人',
		share: 52.83,
		code: 2080505,
	});
	expect(scaleEntry({ tables: { income: { rows: [[201, '一般公共服务支出', 1.5, null]] } }, amount: 2.5 }, 2)).toEqual({
		tables: { income: { rows: [[201, '一般公共服务支出', 3, null]] } },
		amount: 5,
	});
});
