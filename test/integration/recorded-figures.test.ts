/**
 * Fields recorded but shown nowhere (issue #14 point 11): every number a clerk entered for a unit-year — every
 * numeric leaf of the validated entry — is printed on that unit-year's pages, formatted as the pages format it.
 * A document's figures belong on its own page (部门决算 or 绩效自评); the entry's own (人员, restatements…) on either.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalogue, folderOf } from '../../src/core/catalogue.ts';
import { formatNumber, formatWan } from '../../src/core/format.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { readSite, siteHas } from '../helpers/site.ts';

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
