/**
 * The table reader on small printed tables made to test one rule each: cells go to the template's columns by
 * position, a blank cell stays blank (~) and a printed 0.00 stays 0, and a number that could belong to two rows
 * leaves both out (listed for the clerk) rather than being guessed into one. The corpus documents are measured
 * in import-accuracy.test.ts (text) and import-pdf.test.ts (PDF).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { textLayout } from '../../src/core/import/layout.ts';
import { readTables } from '../../src/core/import/tables.ts';
import { sourceText } from '../../src/core/import/text.ts';
import { templateFor } from '../../src/core/templates/index.ts';
import { tablesSchema } from '../../src/core/templates/schema.ts';

const SHANGHAI = templateFor('shanghai-2024')!;
const FIXTURES = join(import.meta.dirname, '../fixtures/import');

function read(name: string) {
	const src = sourceText(readFileSync(join(FIXTURES, name), 'utf8'));
	return readTables(SHANGHAI, textLayout(src.lines), src);
}

test('a printed table becomes typed rows: code from its cells, one value per column, blank ≠ 0', () => {
	const read_ = read('table-general-budget.txt');
	expect(read_.tables.generalBudget).toEqual({
		rows: [
			[201, '一般公共服务支出', 30, 20, 10],
			[20106, '财政事务', 30, 20, 10],
			[2010601, '行政运行', 20, 20, 0],
			[2010602, '一般行政管理事务', 10, null, 10],
			['total', '合计', 30, 20, 10],
		],
	});
	expect(read_.rowsNotRead).toEqual([]);
	expect(tablesSchema(SHANGHAI).safeParse(read_.tables).success).toBe(true);
	// Every value cites its printed line: "行政运行 … 0.00" is line 8 of the fixture.
	expect(read_.placements).toContainEqual(
		expect.objectContaining({ path: 'tables.generalBudget.rows[2][4]', value: 0, printed: '0.00', line: 8 }),
	);
});

test('a number printed between two rows that both leave its column blank is placed in neither', () => {
	const read_ = read('table-value-between-rows.txt');
	const rows = (read_.tables.generalBudget as { rows: unknown[][] }).rows;
	// 25.00 = 20.00 + 5.00 and 5.00 = 5.00 both hold: the column identity cannot decide, so nothing is guessed.
	expect(rows.map((r) => r[0])).toEqual([201, 20106, 'total']);
	expect(read_.rowsNotRead.map((r) => r.line)).toEqual(expect.arrayContaining([8, 9, 10]));
	expect(read_.placements.some((p) => p.printed === '5.00')).toBe(false);
	expect(tablesSchema(SHANGHAI).safeParse(read_.tables).success).toBe(true);
});

test("a page re-gridded after a page break takes the one column reading that keeps the template's sums", () => {
	// Page 2 prints 10.00 10.00 to the left of page 1's columns: by position the second could be 基本支出 or 项目支出.
	// Only 项目支出 keeps 财政事务 = Σ its 项 (30 = 20 + 10, 20 = 20 + 0, 10 = 0 + 10): that reading is drafted.
	const read_ = read('table-continuation-page.txt');
	const rows = (read_.tables.generalBudget as { rows: unknown[][] }).rows;
	expect(rows).toContainEqual([2010602, '一般行政管理事务', 10, null, 10]);
	expect(read_.rowsNotRead).toEqual([]);
	expect(read_.placements).toContainEqual(expect.objectContaining({ path: 'tables.generalBudget.rows[4][4]', printed: '10.00', line: 10 }));
});

test('a re-gridded page whose numbers two readings place without breaking a sum is left for the clerk', () => {
	// 208 has no 款 and no 合计 line: 5.00 5.00 keeps 合计 = 基本 + 项目 as 基本支出 and as 项目支出 alike.
	const read_ = read('table-continuation-page-unconfirmed.txt');
	const rows = (read_.tables.generalBudget as { rows: unknown[][] }).rows;
	expect(rows.map((r) => r[0])).toEqual([201, 20106, 2010601]);
	expect(read_.rowsNotRead.map((r) => r.line)).toContain(9);
	expect(read_.placements.some((p) => p.line === 9)).toBe(false);
});

test("a number as near to two rows goes to the one with which the template's sums hold", () => {
	// 30.00 stands between the blank 一般行政管理事务 and 合计: in 合计 it keeps 合计 = 基本 + 项目 (30 = 20 + 10), in
	// the blank row it would break it (30 ≠ 0). A sum decides between the two rows; it gives no value.
	const read_ = read('table-total-above-its-label.txt');
	const rows = (read_.tables.generalBudget as { rows: unknown[][] }).rows;
	expect(rows).toContainEqual(['total', '合计', 30, 20, 10]);
	expect(rows).toContainEqual([2010602, '一般行政管理事务', null, null, null]);
	expect(read_.rowsNotRead).toEqual([]);
});
