/**
 * The nine tables of the three Shanghai corpus entries against their own source text: the numbers printed on
 * the table pages of source.txt (from the first “单位：万元” to the 第三部分 heading) are the yardstick. At least
 * 98% of them must sit in a typed table cell, and no cell may hold a number the table pages do not print
 * (counted with multiplicity, so a number entered twice where it is printed once fails too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fenToWan, toFen } from '../../src/core/money.ts';
import { templateFor } from '../../src/core/templates/index.ts';
import { readTables, type TableData } from '../../src/core/templates/read.ts';
import { contentRoot } from '../../src/lib/content-files.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

const ENTRIES = [{ unit: 'putuo-finance' }, { unit: 'putuo-planning-resources' }, { unit: 'putuo-social-work' }] as const;

/** The part of a source text that holds the tables: from the first “单位：万元” to the 第三部分 heading after it. */
function tablePages(source: string): string {
	const start = source.indexOf('单位：万元');
	const end = source.indexOf('第三部分', start);
	if (start < 0 || end < 0) throw new Error('source.txt 中找不到附表所在的页');
	return source.slice(start, end);
}

/** Every decimal number printed in a text (amounts: "2,940.05", "0.00"), in 分 (integers). */
function printedAmounts(text: string): number[] {
	return [...text.matchAll(/\d[\d,]*\.\d+/g)].map((m) => toFen(Number(m[0].replaceAll(',', ''))).fen);
}

const tally = (xs: readonly number[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<number, number>());

describe.each(ENTRIES)('$unit: the typed tables hold what the table pages print', ({ unit }) => {
	const c = catalogueOfUnit(unit);
	const d = c.disclosures.find((x) => x.year === 2024)!;
	const fa = d.finalAccounts as (typeof d.finalAccounts & { template?: string; tables?: Record<string, TableData> }) | undefined;
	const template = templateFor(fa?.template);
	const tables = template ? readTables(template, fa?.tables) : [];
	const cells = tables
		.flatMap((t) => t.sides.flatMap((s) => s.rows.flatMap((r) => r.values)))
		.filter((v): v is number => v !== null)
		.map((v) => toFen(v).fen);
	const printed = printedAmounts(tablePages(readFileSync(join(contentRoot(), 'disclosures', unit, '2024', d.source.file), 'utf8')));

	test('all nine tables of the Shanghai template are entered', () => {
		expect(c.errors).toEqual([]);
		expect(template?.id).toBe('shanghai-2024');
		expect(tables.map((t) => t.spec.id)).toEqual(template!.tables.map((t) => t.id));
	});

	test('at least 98% of the numbers printed on the table pages are in table cells', () => {
		expect(printed.length).toBeGreaterThan(100);
		const have = tally(cells);
		const found = [...tally(printed)].reduce((n, [v, k]) => n + Math.min(k, have.get(v) ?? 0), 0);
		expect(found / printed.length).toBeGreaterThanOrEqual(0.98);
	});

	test('every number in a table cell is printed on the table pages, as often as it is entered', () => {
		const source = tally(printed);
		const extra = [...tally(cells)]
			.filter(([v, k]) => k > (source.get(v) ?? 0))
			.map(([v, k]) => `${fenToWan(v)}×${k}（原文 ${source.get(v) ?? 0} 次）`);
		expect(extra).toEqual([]);
	});
});
