/**
 * Typed tables: rows are positional, so every row must have exactly the cells its table has, a known code and a
 * code in its place under its 类/款. Each broken input below breaks one row of a real table (corpus/01) and must
 * give one data error naming the file, the table, the row and the column.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatSchemaError } from '../../src/core/schema/errors.ts';
import { parseDisclosure } from '../../src/core/validate.ts';

const FILE = 'disclosures/putuo-finance/2024/final-accounts.yaml';
const TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/templates/putuo-finance-2024.yaml'), 'utf8');
const INDEX = 'unit: putuo-finance\nyear: 2024\nsource:\n  title: 上海市普陀区财政局2024年度部门决算\n  issuer: 上海市普陀区财政局\n';

function parse(text: string) {
	return parseDisclosure({
		dir: 'disclosures/putuo-finance/2024',
		index: { path: 'disclosures/putuo-finance/2024/index.yaml', text: INDEX },
		finalAccounts: { path: FILE, text },
	});
}

/** The fixture with one YAML node replaced. */
function withRow(path: (string | number)[], value: unknown): string {
	const doc = parseDocument(TEXT);
	doc.setIn(path, doc.createNode(value, { flow: true }));
	return doc.toString();
}

const errorsOf = (text: string) => {
	const r = parse(text);
	return r.ok ? [] : r.errors.map(formatSchemaError);
};

describe('a real table as entered', () => {
	test('the 上海 tables of corpus/01 parse without error', () => {
		const r = parse(TEXT);
		expect(r.ok ? [] : r.errors.map(formatSchemaError)).toEqual([]);
		const tables = r.ok ? r.data.finalAccounts?.tables : undefined;
		expect(tables?.income.rows?.[0]).toEqual(['total', '合计', 2946.25, 2940.05, null, null, null, null, 6.2]);
	});

	test('tables without a template are refused', () => {
		expect(errorsOf(TEXT.replace('template: shanghai-2024\n', ''))).toEqual([
			`${FILE}：template — 填写了 tables 时必须写明 template（表样），可选：national-2023、shanghai-2024、sichuan-13`,
		]);
	});
});

describe('a broken row is a data error naming file, table, row and column', () => {
	test('a row one cell short (the blank under 上级补助收入 left out)', () => {
		const errors = errorsOf(withRow(['tables', 'income', 'rows', 1], [201, '一般公共服务支出', 2112.86, 2106.66, null, null, null, 6.2]));
		expect(errors).toEqual([
			`${FILE}：tables.income.rows[1] — 收入决算表第 2 行（201 一般公共服务支出）：少 1 个单元格，缺 “其他收入”` +
				` 列——本栏有 7 列，这一行只有 6 个数值；空白单元格请写 ~，不能省略（否则其后各列错位）`,
		]);
	});

	test('a row one cell too many', () => {
		const errors = errorsOf(withRow(['tables', 'generalBudget', 'rows', 2], [2010601, '行政运行', 1511.89, 1503.52, 8.37, 0]));
		expect(errors).toEqual([
			`${FILE}：tables.generalBudget.rows[2][5] — 一般公共预算财政拨款支出决算表第 3 行（2010601 行政运行）：多 1 个单元格——本栏只有 3 列，最后一列是“项目支出”`,
		]);
	});

	test('text where a number belongs names the column', () => {
		const errors = errorsOf(
			withRow(['tables', 'income', 'rows', 3], [2010601, '行政运行', 1511.9, '1,511.89', null, null, null, null, 0.01]),
		);
		expect(errors).toEqual([
			`${FILE}：tables.income.rows[3][3] — 收入决算表第 4 行（2010601 行政运行）“财政拨款收入”列：应为数字或空白（~），实际为 "1,511.89"`,
		]);
	});

	test('more decimals than the table prints', () => {
		const errors = errorsOf(withRow(['tables', 'generalBudget', 'rows', 3], [2010602, '一般行政管理事务', 10.001, null, 10]));
		expect(errors).toEqual([
			`${FILE}：tables.generalBudget.rows[3][2] — 一般公共预算财政拨款支出决算表第 4 行（2010602 一般行政管理事务）“合计”列：10.001 的小数位多于本表印出的 2 位，请照原文填写`,
		]);
	});

	test('an unknown code', () => {
		const errors = errorsOf(withRow(['tables', 'generalBudget', 'rows', 12], [218, '卫生健康支出', 60.99, 60.99, null]));
		expect(errors).toEqual([
			`${FILE}：tables.generalBudget.rows[12][0] — 一般公共预算财政拨款支出决算表第 13 行（218 卫生健康支出）：未知的科目编码：218 不是支出功能分类的“类”`,
		]);
	});

	test('a 项 code under the wrong 类', () => {
		const errors = errorsOf(withRow(['tables', 'generalBudget', 'rows', 14], [2080507, '行政单位医疗', 60.99, 60.99, null]));
		expect(errors).toEqual([
			`${FILE}：tables.generalBudget.rows[14][0] — 一般公共预算财政拨款支出决算表第 15 行（2080507 行政单位医疗）：“项”2080507 排在“款”21011 之下，编码与所在位置不符`,
		]);
	});

	test('a 款 code in the 总表, which lists only 类', () => {
		const errors = errorsOf(withRow(['tables', 'summary', 'expenditure', 0], [20106, '财政事务', 2106.66]));
		expect(errors).toEqual([
			`${FILE}：tables.summary.expenditure[0][0] — 收入支出决算总表（支出栏）第 1 行（20106 财政事务）：本表只列到“类”，20106 是“款”级编码`,
		]);
	});

	test('an unknown line key', () => {
		const errors = errorsOf(withRow(['tables', 'summary', 'income', 7], ['others', '八、其他收入', 6.2]));
		expect(errors[0]).toContain(
			`${FILE}：tables.summary.income[7][0] — 收入支出决算总表（收入栏）第 8 行（others 八、其他收入）：未知的行键“others”`,
		);
	});

	test('an unknown table', () => {
		const errors = errorsOf(withRow(['tables', 'sanGong'], { rows: [] }));
		expect(errors).toEqual([`${FILE}：tables — 未知字段：sanGong（请检查拼写，或对照 README 中的字段说明）`]);
	});
});
