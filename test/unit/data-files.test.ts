/**
 * The open-data files as pure data (src/core/data-files.ts) and the writer's base path: what the build writes
 * without Astro. The built files themselves are checked in test/integration/data-files.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { batchFiles, bundleEntries, bundlePath, unitYearFiles } from '../../src/core/data-files.ts';
import { unitYearTables } from '../../src/core/csv-tables.ts';
import { audit } from '../../src/core/rules/index.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { basePath } from '../../scripts/build/data-files.ts';
import { VALID_TREE } from '../helpers/content-tree.ts';

const catalogue = buildCatalogue(readContentFiles(VALID_TREE, VALID_TREE));
const d = catalogue.disclosures[0];
const unit = catalogue.units.find((u) => u.id === d.unit)!;

describe('one unit-year', () => {
	const files = unitYearFiles(unit, d, audit(d), []);

	test('its JSON and one CSV per table, at the URLs the pages link', () => {
		expect(files.json.path).toBe(`data/${d.unit}/${d.year}.json`);
		expect(files.tables.map((t) => t.path)).toEqual(unitYearTables(d).map((t) => `data/${d.unit}/${d.year}/${t.id}.csv`));
		expect(files.tables.every((t) => t.text.startsWith('\uFEFF'))).toBe(true);
		expect(bundlePath(d)).toBe(`data/${d.unit}/${d.year}.zip`);
	});

	test('the bundle: a Chinese README listing every file, the JSON, the tables under tables/ (ASCII names)', () => {
		const entries = bundleEntries(unit, d, files);
		expect(entries.map((e) => e.path)).toEqual([
			'README.txt',
			`${d.unit}-${d.year}.json`,
			...files.tables.map((t) => `tables/${t.path.split('/').at(-1)}`),
		]);
		expect(entries.every((e) => /^[\x21-\x7e]+$/.test(e.path))).toBe(true);
		const readme = entries[0].text;
		expect(readme.startsWith(`\uFEFF${unit.name} ${d.year} 年度公开数据`)).toBe(true);
		for (const e of entries.slice(1)) expect(readme).toContain(e.path);
		expect(entries[1].text).toBe(files.json.text);
	});
});

describe('the batch', () => {
	test('index with links under the base, one comparison CSV per year, status files per roster', () => {
		const findingsOf = () => [];
		const paths = batchFiles({
			units: catalogue.units,
			disclosures: catalogue.disclosures,
			findingsOf,
			statuses: [],
			base: '/gongkai/',
		}).map((f) => f.path);
		expect(paths).toEqual([
			'data/index.json',
			...[...new Set(catalogue.disclosures.map((x) => x.year))].sort((a, b) => b - a).map((y) => `data/compare/${y}.csv`),
		]);
		const index = JSON.parse(
			batchFiles({ units: catalogue.units, disclosures: catalogue.disclosures, findingsOf, statuses: [], base: '/gongkai/' })[0].text,
		);
		expect(index.entries[0].json).toBe(`/gongkai/data/${d.unit}/${d.year}.json`);
	});

	test('the base path is written as Astro gives BASE_URL, whatever GONGKAI_BASE looks like', () => {
		expect([basePath('/'), basePath('/gongkai'), basePath('gongkai/'), basePath('/a/b/')]).toEqual([
			'/',
			'/gongkai/',
			'/gongkai/',
			'/a/b/',
		]);
	});
});
