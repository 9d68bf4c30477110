/** The built 部门决算 pages: template order, source text copied, tables with scope, JavaScript only where figures are. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSite, siteHas } from '../helpers/site.ts';

const page003 = () => readSite('units/wutongqiao-shebao/2024/index.html');

describe('部门决算 page', () => {
	test('source.txt of each unit-year is in the site, byte for byte', () => {
		for (const folder of ['wutongqiao-shebao/2024', 'yanbian-shebao/2021']) {
			expect(siteHas(`units/${folder}/source.txt`)).toBe(true);
			const original = readFileSync(join(import.meta.dirname, '../../content/disclosures', folder, 'source.txt'), 'utf8');
			expect(readSite(`units/${folder}/source.txt`)).toBe(original);
		}
		expect(page003()).toMatch(/href="[^"]*units\/wutongqiao-shebao\/2024\/source\.txt"/);
	});

	test('sections follow the template order, each with one <h2>', () => {
		const ids = [...page003().matchAll(/<h2 id="(\w+)-title"/g)].map((m) => m[1]).filter((id) => id !== 'toc');
		expect(ids.slice(0, 8)).toEqual([
			'overview',
			'totals',
			'income',
			'expenditure',
			'fiscalTotals',
			'generalBudget',
			'basicExpenditure',
			'threePublic',
		]);
	});

	test('each figure appears once, tables have captions and scoped headers', () => {
		const html = page003();
		for (const no of [1, 2, 3, 4, 5, 6, 7]) expect(html.split(`id="figure-${no}"`)).toHaveLength(2);
		expect(html).toContain('<caption id="income-table-caption"');
		expect(html).toMatch(/<th scope="row"[^>]*>公务接待费<\/th>/);
		expect(html).toContain('2023年（推算）');
	});

	test('a typed table with grouped columns keeps its header levels and the document’s wording (corpus 01 三公 table)', () => {
		const html = readSite('units/putuo-finance/2024/index.html');
		const table = html.slice(
			html.indexOf('<table id="table-threePublic"'),
			html.indexOf('</table>', html.indexOf('<table id="table-threePublic"')),
		);
		expect(table).toMatch(/<colgroup span="12"[^>]*>/);
		expect(table).toMatch(/<th scope="colgroup" colspan="12"[^>]*>财政拨款“三公”经费<\/th>/);
		expect(table).toMatch(/<th scope="col" rowspan="4"[^>]*>项目<\/th>/);
		expect(table).toMatch(/<th scope="col" colspan="6"[^>]*>公务用车购置及运行费<\/th>/);
		expect(table).toMatch(/<th scope="col" colspan="2"[^>]*>公务用车运行费<\/th>/);
		// Four header rows, one body row (the table's one line of amounts).
		expect(table.match(/<tr[ >]/g)).toHaveLength(4 + 1);
	});

	test('a page without figures ships no module script', () => {
		const html = readSite('units/kunming-wuhua-shebao/2024/index.html');
		expect(html).not.toMatch(/<script type="module"/);
		expect(page003().match(/<script type="module"/g)).toHaveLength(1);
	});
});
