/** CSV serialisation (BOM, RFC 4180 quoting) and the tables of a unit-year, from the demo fixture (seed 003). */
import { describe, expect, test } from 'vitest';
import { auditContextOf, buildCatalogue } from '../../src/core/catalogue.ts';
import { audit } from '../../src/core/rules/index.ts';
import { compareRows } from '../../src/core/compare.ts';
import { BOM, compareCsvRows, csvField, downloadName, toCsv } from '../../src/core/csv.ts';
import { cellValue, unitYearTables } from '../../src/core/csv-tables.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { VALID_TREE } from '../helpers/content-tree.ts';

const catalogue = buildCatalogue(readContentFiles(VALID_TREE, VALID_TREE));
const demo = catalogue.disclosures[0];

describe('serialisation', () => {
	test('BOM first, CRLF after every line', () => {
		expect(
			toCsv([
				['单位', '金额'],
				['测试单位', 848.9],
			]),
		).toBe(`${BOM}单位,金额\r\n测试单位,848.9\r\n`);
	});
	test('quotes fields with quote, comma or line break; doubles quotes', () => {
		expect(csvField('财政拨款“三公”经费')).toBe('财政拨款“三公”经费');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('说"明"')).toBe('"说""明"""');
		expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
		expect(csvField(' 前后空格 ')).toBe('" 前后空格 "');
	});
	test('numbers in plain notation; null and undefined empty', () => {
		expect([csvField(0.5), csvField(0), csvField(1e-7), csvField(null), csvField(undefined)]).toEqual(['0.5', '0', '0.0000001', '', '']);
		expect(() => csvField(Number.NaN)).toThrow('非有限数值');
	});
	test('download names keep the Chinese and drop unsafe characters', () => {
		expect(downloadName(['五通桥区社会保险事务中心', 2024, '收入/支出 总表'])).toBe('五通桥区社会保险事务中心-2024-收入支出总表.csv');
		expect(downloadName(['单位', 2024], 'json')).toBe('单位-2024.json');
	});
});

describe('comparison CSV', () => {
	test('unpublished figures read 未公开, printed ones stay numbers', () => {
		const rows = compareCsvRows(compareRows(catalogue.units, catalogue.disclosures, 2024, (d) => audit(d, auditContextOf(catalogue, d))));
		const header = rows[0] as string[];
		const line = rows[1];
		expect(line[header.indexOf('收入总计（万元）')]).toBe(848.9);
		expect(line[header.indexOf('“三公”经费（万元）')]).toBe(0.5);
		expect(line[header.indexOf('“三公”经费：公务接待费（万元）')]).toBe(0.5);
		expect(line[header.indexOf('机关运行经费（万元）')]).toBe('未公开');
		expect(line.slice(0, 6)).toEqual(['测试单位', 'demo', '四川省 乐山市 五通桥区', '区人社局', 2024, '部门决算、绩效自评']);
	});
});

describe('unit-year tables', () => {
	const tables = unitYearTables(demo);
	test('ids are unique and cover both documents', () => {
		expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
		expect(tables.map((t) => t.id)).toEqual(
			expect.arrayContaining([
				'income-table',
				'three-public-table',
				'evaluation-pension-proxy-budget',
				'evaluation-pension-proxy-indicators',
			]),
		);
	});
	test('figures are the printed numbers (seed 003)', () => {
		const income = tables.find((t) => t.id === 'income-table')!;
		expect(income.rows[0][0]).toBe('收入来源（金额单位：万元）');
		expect(income.rows.find((r) => r[0] === '本年收入合计')?.[1]).toBe(848.9);
		const budget = tables.find((t) => t.id === 'evaluation-pension-proxy-budget')!;
		expect(budget.rows[1]).toEqual(['总额', 60, 37.46, null, 37.46, 100, 10, 10]);
	});
	test('page cells back to numbers: grouping removed, blanks empty, percentages kept', () => {
		expect(cellValue({ text: '1,234.56', numeric: true })).toBe(1234.56);
		expect(cellValue({ text: '—' })).toBeNull();
		expect(cellValue({ text: '52.84%', numeric: true })).toBe('52.84%');
		expect(cellValue({ text: '减少 32.47 万元' })).toBe('减少 32.47 万元');
	});
});
