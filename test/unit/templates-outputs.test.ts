/**
 * The page tables, the CSV files and the open-data JSON of typed tables all come from the registry: the entry's
 * tables reach all three with their codes and keys, and a column added to a template in the registry appears in
 * all three (and in the schema) with no other edit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { METRICS } from '../../src/core/compare.ts';
import { unitYearTables } from '../../src/core/csv-tables.ts';
import { unitYearDocument } from '../../src/core/open-data.ts';
import { headerGrid } from '../../src/core/sections/header-rows.ts';
import { sectionTables } from '../../src/core/sections/tables.ts';
import { amount } from '../../src/core/templates/build.ts';
import { templateFor, type TemplateSpec } from '../../src/core/templates/index.ts';
import { tableCsvs, tablePageModels, tablesOpenData } from '../../src/core/templates/outputs.ts';
import type { TableData } from '../../src/core/templates/read.ts';
import { tablesSchema } from '../../src/core/templates/schema.ts';
import { parseDisclosure } from '../../src/core/validate.ts';

const TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/templates/putuo-finance-2024.yaml'), 'utf8');
const INDEX = 'unit: putuo-finance\nyear: 2024\nsource:\n  title: 上海市普陀区财政局2024年度部门决算\n  issuer: 上海市普陀区财政局\n';
const parsed = parseDisclosure({
	dir: 'disclosures/putuo-finance/2024',
	index: { path: 'index.yaml', text: INDEX },
	finalAccounts: { path: 'final-accounts.yaml', text: TEXT },
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const d = parsed.data;
const tables = d.finalAccounts!.tables as Record<string, TableData>;
const unit = { id: 'putuo-finance', name: '上海市普陀区财政局', region: ['上海市', '普陀区'], kind: '行政单位' } as never;

/** The table sides the fixture enters, in template order (the 总表 and 基本支出 table have two sides each). */
const SIDES = [
	'table-summary-income',
	'table-summary-expenditure',
	'table-income',
	'table-expenditure',
	'table-fiscalSummary-income',
	'table-fiscalSummary-expenditure',
	'table-generalBudget',
	'table-basic-personnel',
	'table-basic-publicUse',
	'table-governmentFund',
];

describe('an entry with typed tables', () => {
	test('the page shows every table side with 科目编码, levels and blanks kept apart from 0', () => {
		const models = sectionTables('appendixTables', d);
		expect(models.map((m) => m.id)).toEqual(SIDES);
		const income = models.find((m) => m.id === 'table-income')!;
		expect(income.caption).toBe('2. 收入决算表');
		expect(income.columns).toEqual([
			'科目编码　科目名称',
			'本年收入合计',
			'财政拨款收入',
			'上级补助收入',
			'事业收入',
			'经营收入',
			'附属单位上缴收入',
			'其他收入',
		]);
		expect(income.rows[3]).toMatchObject({ header: '2010601 行政运行', level: 2 });
		expect(income.rows[3].cells.map((c) => c.text)).toEqual(['1,511.90', '1,511.89', '—', '—', '—', '—', '0.01']);
		expect(models.find((m) => m.id === 'table-governmentFund')!.notes).toEqual([
			'注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。',
		]);
	});

	test('each table side is a CSV with keys, names, levels and full headers', () => {
		const csv = unitYearTables(d).find((t) => t.id === 'table-income')!;
		expect(csv.rows[0]).toEqual([
			'科目编码或行键',
			'名称',
			'级次',
			'本年收入合计（万元）',
			'财政拨款收入（万元）',
			'上级补助收入（万元）',
			'事业收入（万元）',
			'经营收入（万元）',
			'附属单位上缴收入（万元）',
			'其他收入（万元）',
		]);
		expect(csv.rows[2]).toEqual(['201', '一般公共服务支出', '类', 2112.86, 2106.66, null, null, null, null, 6.2]);
		expect(
			unitYearTables(d)
				.filter((t) => t.id.startsWith('table-'))
				.map((t) => t.id),
		).toEqual(SIDES);
	});

	test('open data holds every cell with its row key and column key', () => {
		const doc = unitYearDocument(unit, d, []);
		const income = doc.tables!.tables.find((t) => t.id === 'income')!;
		expect(income.sides[0].rows[3]).toEqual({
			key: '2010601',
			kind: 'code',
			level: '项',
			name: '行政运行',
			cells: { total: 1511.9, fiscal: 1511.89, superior: null, business: null, operating: null, subsidiaries: null, other: 0.01 },
		});
		const cells = doc
			.tables!.tables.flatMap((t) => t.sides.flatMap((s) => s.rows.flatMap((r) => Object.values(r.cells))))
			.filter((v) => v !== null);
		const entered = Object.values(tables)
			.flatMap((t) =>
				Object.entries(t)
					.filter(([k]) => k !== 'notes')
					.flatMap(([, rows]) => (rows as unknown[][]).flatMap((r) => r.slice(2))),
			)
			.filter((v) => v !== null);
		expect(cells).toHaveLength(entered.length);
	});
});

describe('a column added in the registry', () => {
	const base = templateFor('shanghai-2024')!;
	const widened: TemplateSpec = {
		...base,
		tables: base.tables.map((t) =>
			t.id === 'income' ? { ...t, sides: [{ ...t.sides[0], columns: [...t.sides[0].columns, amount('transferIn', '调入资金')] }] } : t,
		),
	};
	const withCell = {
		...tables,
		income: { ...tables.income, rows: (tables.income.rows as unknown[][]).map((r, i) => [...r, i === 0 ? 12.34 : null]) },
	} as Record<string, TableData>;

	test('is asked for by the schema: the old rows are now one cell short', () => {
		const result = tablesSchema(widened).safeParse(tables);
		expect(result.success).toBe(false);
		expect(result.error!.issues[0].message).toContain('缺 “调入资金” 列');
		expect(tablesSchema(widened).safeParse(withCell).success).toBe(true);
	});

	test('appears on the page, in the CSV and in the JSON', () => {
		const page = tablePageModels(widened, withCell).find((m) => m.id === 'table-income')!;
		expect(page.columns.at(-1)).toBe('调入资金');
		expect(page.rows[0].cells.at(-1)!.text).toBe('12.34');
		const csv = tableCsvs(widened, withCell).find((t) => t.id === 'table-income')!;
		expect(csv.rows[0].at(-1)).toBe('调入资金（万元）');
		expect(csv.rows[1].at(-1)).toBe(12.34);
		const json = tablesOpenData(widened, withCell).find((t) => t.id === 'income')!;
		expect(json.sides[0].columns.at(-1)).toEqual({ key: 'transferIn', name: '调入资金', group: [], kind: 'amount', unit: '万元' });
		expect(json.sides[0].rows[0].cells.transferIn).toBe(12.34);
	});
});

describe('a column added to a group in the registry', () => {
	const base = templateFor('shanghai-2024')!;
	const fund = base.tables.find((t) => t.id === 'governmentFund')!;
	const columns = [...fund.sides[0].columns];
	columns.splice(5, 0, amount('toSuperior', '上缴上级支出', ['本年支出']));
	const widened: TemplateSpec = {
		...base,
		tables: base.tables.map((t) => (t.id === 'governmentFund' ? { ...t, sides: [{ ...t.sides[0], columns }] } : t)),
	};
	const data = { governmentFund: { rows: [['total', '合计', 1, 2, 3, 1, 1, 0.5, 0]] } } as Record<string, TableData>;

	test('joins its group in the page header, the CSV header and the JSON columns', () => {
		const page = tablePageModels(widened, data)[0];
		const grid = headerGrid(page.columns[0], page.columnPaths!);
		expect(grid.rows.map((r) => r.map((c) => [c.text, c.colspan]))).toEqual([
			[
				['科目编码　科目名称', 1],
				['年初结转和结余', 1],
				['本年收入', 1],
				['本年支出', 4],
				['年末结转和结余', 1],
			],
			[
				['合计', 1],
				['基本支出', 1],
				['项目支出', 1],
				['上缴上级支出', 1],
			],
		]);
		expect(page.rows[0].cells.map((c) => c.text)).toEqual(['1.00', '2.00', '3.00', '1.00', '1.00', '0.50', '0.00']);
		expect(tableCsvs(widened, data)[0].rows[0]).toContain('本年支出 › 上缴上级支出（万元）');
		const json = tablesOpenData(widened, data)[0].sides[0];
		expect(json.columns[5]).toEqual({ key: 'toSuperior', name: '上缴上级支出', group: ['本年支出'], kind: 'amount', unit: '万元' });
		expect(json.rows[0].cells.toSuperior).toBe(0.5);
	});
});

describe('the comparison', () => {
	test('takes a figure the 说明 does not print from the table that does, and never turns a blank into 0', () => {
		const { income: _i, expenditure: _e, basicExpenditure: _b, generalBudget: _g, ...rest } = d.finalAccounts!;
		const tablesOnly = { ...d, finalAccounts: rest } as typeof d;
		const value = (key: string) => METRICS.find((m) => m.key === key)!.value(tablesOnly);
		expect([value('incomeTotal'), value('basic'), value('project'), value('personnel'), value('publicUse')]).toEqual([
			2995.39, 2336.91, 603.14, 2152.26, 184.65,
		]);
		// The fixture does not enter the 三公 table: not published there, so not 0.
		expect(value('threePublic')).toBeUndefined();
	});
});
