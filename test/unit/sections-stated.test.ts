/** Figures a section's text prints with no field of their own are shown as a table in that section, as printed. */
import { expect, test } from 'vitest';
import { sectionTables } from '../../src/core/sections/tables.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';

test('002 overview: the 重点工作 figures (e.g. 11086 人 = 10381 + 128 + 577) appear in the 概况 section', () => {
	const d = catalogueOfUnit('yanbian-shebao').disclosures[0];
	const stated = sectionTables('overview', d).find((t) => t.id === 'overview-stated-table');
	expect(stated?.caption).toBe('正文中印出的其他数字');
	const cells = stated!.rows.map((r) => `${r.header} ${r.cells[0].text}${r.cells[1].text}`);
	for (const n of ['11,086人', '10,381人', '3,704.48万元']) expect(cells.some((c) => c.includes(n))).toBe(true);
	expect(sectionTables('income', d).some((t) => t.id === 'income-stated-table')).toBe(false);
});
