/**
 * Fields recorded but shown nowhere (issue #14 point 11): every number a clerk entered for a unit-year — every
 * numeric leaf of the validated entry — is printed on that unit-year's pages, formatted as the pages format it,
 * and is in that unit-year's CSV files as the build wrote them into its zip bundle.
 * A document's figures belong on its own page (部门决算 or 绩效自评); the entry's own (人员, restatements…) on either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { buildCatalogue, folderOf } from '../../src/core/catalogue.ts';
import { formatNumber, formatWan } from '../../src/core/format.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { readSite, siteDir, siteHas } from '../helpers/site.ts';

const catalogue = buildCatalogue(readContentFiles());

/** Visible text of a built page: no scripts (chart data does not count), no tags, entities read. */
function pageText(path: string): string {
	if (!siteHas(path)) return '';
	return readSite(path)
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}

/** Every number in an entry with its dotted path (the entry's `year` is its address, not a figure). */
function* numbers(value: unknown, path = ''): Generator<[string, number]> {
	if (typeof value === 'number') {
		if (path !== 'year') yield [path, value];
	} else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) yield* numbers(v, `${path}[${i}]`);
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) yield* numbers(v, path ? `${path}.${k}` : k);
	}
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Printed as a whole number on the page: not the tail or head of a longer one (12 is not in 2012 or 12.5). */
const shows = (text: string, v: number) =>
	[formatWan(v), formatNumber(v), String(v)].some((s) => new RegExp(`(?<![\\d.,])${escape(s)}(?![\\d]|[.,]\\d)`).test(text));

describe('every recorded figure is on the page', () => {
	test('the walk covers every shipped unit-year and thousands of figures', () => {
		expect(catalogue.errors).toEqual([]);
		expect(catalogue.disclosures.length).toBeGreaterThanOrEqual(8);
		const count = catalogue.disclosures.reduce((n, d) => n + [...numbers(d)].length, 0);
		expect(count).toBeGreaterThan(2000);
	});

	test.each(catalogue.disclosures.map((d) => [folderOf(d), d] as const))('%s', (folder, d) => {
		const finalAccounts = pageText(`units/${folder}/index.html`);
		const performance = pageText(`units/${folder}/performance/index.html`);
		const missing = [...numbers(d)].filter(([path, v]) => {
			if (path.startsWith('finalAccounts')) return !shows(finalAccounts, v);
			if (path.startsWith('performance')) return !shows(performance, v);
			return !shows(finalAccounts, v) && !shows(performance, v);
		});
		expect(missing.map(([path, v]) => `${path} = ${v}`)).toEqual([]);
	});

	test('the walk can fail: a figure the pages do not print is reported', () => {
		const text = pageText('units/wutongqiao-shebao/2024/index.html');
		expect(shows(text, 848.9)).toBe(true);
		expect(shows(text, 9876.54)).toBe(false);
		expect(shows('2024年12月', 12)).toBe(true);
		expect(shows('2012 12.5 1,212', 12)).toBe(false);
	});
});

/** RFC 4180 as csv.ts writes it: BOM, CRLF, fields quoted with doubled quotes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ',') {
			row.push(field);
			field = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			rows.push([...row, field]);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

/** The CSV files of a unit-year's bundle (`data/<unit>/<year>.zip`), by name below `tables/`. */
function bundledCsvs(folder: string): Map<string, string[][]> {
	const entries = unzipSync(new Uint8Array(readFileSync(join(siteDir(), `data/${folder}.zip`))));
	return new Map(
		Object.entries(entries)
			.filter(([name]) => name.startsWith('tables/') && name.endsWith('.csv'))
			.map(([name, bytes]) => [name.slice('tables/'.length), parseCsv(strFromU8(bytes))]),
	);
}

const LIST = 'recorded-figures.csv';

/** Numbers missing from a unit-year's CSVs: outside the template tables by path in the list, inside by value in a table. */
function missingFromCsv(d: (typeof catalogue.disclosures)[number], csvs: Map<string, string[][]>): string[] {
	const list = new Map((csvs.get(LIST) ?? []).slice(1).map((r) => [r[0]!, r[2]!]));
	const inTables = new Set(
		[...csvs]
			.filter(([name]) => name !== LIST)
			.flatMap(([, rows]) => rows.flat())
			.filter((cell) => /^-?\d+(\.\d+)?$/.test(cell))
			.map(Number),
	);
	return [...numbers(d)]
		.filter(([path, v]) =>
			path.startsWith('finalAccounts.tables.') ? !inTables.has(v) : list.get(path) === undefined || Number(list.get(path)) !== v,
		)
		.map(([path, v]) => `${path} = ${v}`);
}

describe('every recorded figure is in the CSV files', () => {
	test.each(catalogue.disclosures.map((d) => [folderOf(d), d] as const))('%s', (folder, d) => {
		const csvs = bundledCsvs(folder);
		expect([...csvs.keys()]).toContain(LIST);
		expect(missingFromCsv(d, csvs)).toEqual([]);
	});

	test('the list names each figure in Chinese with its unit (五通桥 2024 as printed)', () => {
		const rows = bundledCsvs('wutongqiao-shebao/2024').get(LIST)!;
		expect(rows[0]).toEqual(['数据位置（JSON 字段）', '项目', '数值', '单位']);
		const row = (path: string) => rows.find((r) => r[0] === path);
		expect(row('finalAccounts.totals.change.amount')).toEqual([
			'finalAccounts.totals.change.amount',
			'部门决算 · 一、收入支出决算总体情况 · 与上年相比的变动 · 变动金额（万元）',
			'32.47',
			'万元',
		]);
		expect(row('finalAccounts.threePublic.reception.domestic.batches')?.slice(1, 3)).toEqual([
			'部门决算 · 七、财政拨款“三公”经费支出决算情况 · 公务接待费 · 国内公务接待 · 批次',
			'6',
		]);
		// No label is a bare field name: every step is the schema's Chinese description or the item's own name.
		expect(rows.slice(1).filter((r) => /(^| · )[a-z][A-Za-z]*( · |$)/.test(r[1]!))).toEqual([]);
	});

	test('the check can fail: a figure dropped from the list, or changed, is reported', () => {
		const d = catalogue.disclosures.find((x) => folderOf(x) === 'wutongqiao-shebao/2024')!;
		const csvs = bundledCsvs('wutongqiao-shebao/2024');
		const list = csvs.get(LIST)!;
		const dropped = new Map(csvs).set(
			LIST,
			list.filter((r) => r[0] !== 'finalAccounts.totals.change.amount'),
		);
		expect(missingFromCsv(d, dropped)).toEqual(['finalAccounts.totals.change.amount = 32.47']);
		const changed = new Map(csvs).set(
			LIST,
			list.map((r) => (r[0] === 'finalAccounts.threePublic.reception.domestic.batches' ? [r[0], r[1]!, '7', r[3]!] : r)),
		);
		expect(missingFromCsv(d, changed)).toEqual(['finalAccounts.threePublic.reception.domestic.batches = 6']);
	});
});
