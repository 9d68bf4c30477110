/**
 * Grouped table headers keep their printed levels (header-rows.ts), and a document that words a header unlike
 * its template keeps its own wording (`headers:`) on the page, in the CSV and in the JSON. Corpus 01 prints
 * “公务用车购置及运行费” and “公务用车运行费” in its 三公 table where the Shanghai template says “……运行维护费”.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headerGrid, type HeaderGrid } from '../../src/core/sections/header-rows.ts';
import { sectionTables } from '../../src/core/sections/tables.ts';
import { templateFor } from '../../src/core/templates/index.ts';
import { tableCsvs, tablePageModels, tablesOpenData } from '../../src/core/templates/outputs.ts';
import { tableSchema } from '../../src/core/templates/schema.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

const shanghai = templateFor('shanghai-2024')!;
const spec = (id: string) => shanghai.tables.find((t) => t.id === id)!;
const paths = (id: string) => spec(id).sides[0].columns.map((c) => [...(c.group ?? []), c.name]);
const texts = (g: HeaderGrid) =>
	g.rows.map((r) => r.map((c) => `${c.text}${c.colspan > 1 ? `×${c.colspan}` : ''}${c.rowspan > 1 ? `↓${c.rowspan}` : ''}`));

/** Every data column is covered, top to bottom, by cells whose rowspans fill the header exactly once. */
function coverage(g: HeaderGrid, width: number): number[] {
	return Array.from({ length: width }, (_, j) =>
		g.rows.flat().reduce((n, c) => n + (c.start >= 0 && c.start <= j && j < c.start + c.colspan ? c.rowspan : 0), 0),
	);
}

describe('grouped headers', () => {
	test('the 政府性基金 table: 本年支出 over its three columns, the others spanning both rows', () => {
		const g = headerGrid('项目', paths('governmentFund'));
		expect(texts(g)).toEqual([
			['项目↓2', '年初结转和结余↓2', '本年收入↓2', '本年支出×3', '年末结转和结余↓2'],
			['合计', '基本支出', '项目支出'],
		]);
		expect(g.rows[0].map((c) => c.scope)).toEqual(['col', 'col', 'col', 'colgroup', 'col']);
		expect(g.colgroups).toEqual([1, 1, 3, 1]);
		expect(coverage(g, 6)).toEqual([2, 2, 2, 2, 2, 2]);
	});

	test('the Shanghai 三公 table: four levels, every 预算数 | 决算数 pair on the bottom row', () => {
		const g = headerGrid('项目', paths('threePublic'));
		expect(texts(g)).toEqual([
			['项目↓4', '财政拨款“三公”经费×12'],
			['合计×2↓2', '因公出国（境）费×2↓2', '公务用车购置及运行维护费×6', '公务接待费×2↓2'],
			['小计×2', '公务用车购置费×2', '公务用车运行维护费×2'],
			Array.from({ length: 6 }, () => ['预算数', '决算数']).flat(),
		]);
		expect(g.rows[0][1].scope).toBe('colgroup');
		expect(
			g.rows
				.slice(1)
				.flat()
				.every((c) => c.scope === 'col'),
		).toBe(true);
		expect(coverage(g, 12)).toEqual(Array(12).fill(4));
	});

	test('a table without groups keeps one header row', () => {
		expect(tablePageModels(shanghai, { income: { rows: [] } })[0].columnPaths).toBeUndefined();
	});
});

describe('headers as printed (corpus 01)', () => {
	const d = catalogueOfUnit('putuo-finance').disclosures.find((x) => x.year === 2024)!;
	const source = readFileSync(resolve(import.meta.dirname, '../../content/disclosures/putuo-finance/2024/source.txt'), 'utf8');
	const tables = d.finalAccounts!.tables!;

	test('the page, the CSV and the JSON say what the document prints, under the template’s keys', () => {
		const page = sectionTables('appendixTables', d).find((m) => m.id === 'table-threePublic')!;
		const printed = [...new Set(page.columnPaths!.flat())];
		expect(printed).toContain('公务用车购置及运行费');
		expect(printed).toContain('公务用车运行费');
		expect(printed.filter((h) => h.includes('运行维护费'))).toEqual([]);
		for (const h of printed) expect(source.replace(/\s+/g, '')).toContain(h);

		const csv = tableCsvs(shanghai, tables).find((t) => t.id === 'table-threePublic')!;
		expect(csv.rows[0]).toContain('财政拨款“三公”经费 › 公务用车购置及运行费 › 公务用车运行费 › 预算数（万元）');
		const json = tablesOpenData(shanghai, tables).find((t) => t.id === 'threePublic')!;
		expect(json.sides[0].columns.find((c) => c.key === 'operationActual')).toMatchObject({
			name: '决算数',
			group: ['财政拨款“三公”经费', '公务用车购置及运行费', '公务用车运行费'],
		});
		expect(json.sides[0].rows[0].cells).toMatchObject({ totalBudget: 0.95, receptionBudget: 0.95, totalActual: null });
	});

	test('a header the table does not have is a data error naming the table and the headers it has', () => {
		const result = tableSchema(spec('threePublic')).safeParse({ ...tables.threePublic, headers: { 公务用车维修费: '公务用车运行费' } });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0].path).toEqual(['headers', '公务用车维修费']);
		expect(result.error!.issues[0].message).toMatch(/^财政拨款“三公”经费支出决算表：“公务用车维修费”不是本表的表头；.*公务用车运行维护费/);
	});
});
