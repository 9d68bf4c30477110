/**
 * Open data written by the build from the checked batch (scripts/build/data-files.ts), not by Astro: every
 * unit-year has its JSON and one zip bundle holding those bytes and every table CSV (not written loose); every `data/…` link
 * of every page resolves to a file; the rosters' status files and the comparison CSVs are there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readSite, siteBase, siteDir, siteHas, sitePages } from '../helpers/site.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { unitYearTables } from '../../src/core/csv-tables.ts';
import { unitYearFiles } from '../../src/core/data-files.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

const catalogue = buildCatalogue(readContentFiles());

const index = JSON.parse(readSite('data/index.json')) as { entries: { id: string }[] };
const ids = index.entries.map((e) => e.id);
const bytes = (path: string) => readFileSync(join(siteDir(), path));
/** The `data/…` paths a page links (below the base). */
const dataLinks = (html: string) =>
	[...html.matchAll(/href="([^"]+)"/g)]
		.map((m) => m[1])
		.filter((h) => h.startsWith(`${siteBase()}data/`))
		.map((h) => h.slice(siteBase().length));

describe('one bundle per unit-year', () => {
	test.each(ids)('%s.zip holds its JSON and every table CSV, byte for byte, and no CSV is written loose', (id) => {
		const [unit, year] = id.split('/');
		const d = catalogue.disclosures.find((x) => x.unit === unit && x.year === Number(year))!;
		const entries = unzipSync(new Uint8Array(bytes(`data/${id}.zip`)));
		const names = Object.keys(entries);
		expect(names[0]).toBe('README.txt');
		expect(Buffer.from(entries[`${unit}-${year}.json`]).equals(bytes(`data/${id}.json`))).toBe(true);
		// Every table of the unit-year (csv-tables.ts) is in the bundle, as toCsv writes it.
		const files = unitYearFiles(
			catalogue.units.find((u) => u.id === unit)!,
			d,
			[],
			[],
		);
		expect(names.filter((n) => n.startsWith('tables/'))).toEqual(unitYearTables(d).map((t) => `tables/${t.id}.csv`));
		for (const t of files.tables) {
			const entry = entries[`tables/${t.path.slice(t.path.lastIndexOf('/') + 1)}`];
			expect(entry && Buffer.from(entry).equals(Buffer.from(t.text)), t.path).toBe(true);
		}
		expect(siteHas(`data/${id}`)).toBe(false);
		const readme = strFromU8(entries['README.txt']);
		for (const n of names.slice(1)) expect(readme, n).toContain(n);
	});

	test('the unit-year page links its bundle with a Chinese download name', () => {
		const html = readSite('units/wutongqiao-shebao/2024/index.html');
		expect(html).toMatch(/href="[^"]*data\/wutongqiao-shebao\/2024\.zip" download="五通桥区社会保险事务中心-2024-全部数据\.zip"/);
	});

	test('entries carry one fixed time stamp, so two builds give the same bytes', () => {
		const zip = bytes('data/wutongqiao-shebao/2024.zip');
		// Local file headers: signature PK\3\4, DOS time at offset 10, date at 12 (2000-01-01 00:00 = 0x0000, 0x2821).
		let at = 0;
		let headers = 0;
		while ((at = zip.indexOf('PK\u0003\u0004', at, 'latin1')) >= 0) {
			expect([zip.readUInt16LE(at + 10), zip.readUInt16LE(at + 12)]).toEqual([0, 0x2821]);
			headers += 1;
			at += 4;
		}
		expect(headers).toBeGreaterThan(20);
	});
});

describe('links to data files', () => {
	test('every data/… link of every page points at a file the build wrote', () => {
		const missing = new Set<string>();
		let links = 0;
		for (const page of sitePages()) {
			for (const path of dataLinks(readSite(page))) {
				links += 1;
				if (!siteHas(path)) missing.add(`${page} → ${path}`);
			}
		}
		// At least each unit-year page's bundle and JSON (no per-table links: the tables are in the bundle).
		expect(links).toBeGreaterThanOrEqual(2 * ids.length);
		expect([...missing]).toEqual([]);
	});

	test('each year has its comparison CSV, each roster its status JSON and CSV', () => {
		for (const year of new Set(ids.map((id) => id.split('/')[1]))) expect(siteHas(`data/compare/${year}.csv`), year).toBe(true);
		const status = JSON.parse(readSite('data/status/2024.json'));
		expect(status).toMatchObject({ schemaVersion: 1, year: 2024 });
		expect(readSite('data/status/2024.csv').startsWith('\uFEFF')).toBe(true);
	});
});
