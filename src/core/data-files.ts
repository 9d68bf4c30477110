/**
 * Every open-data file of the site as path + text, from the checked batch: pure data, so the build writes them
 * directly (scripts/build/data-files.ts) instead of rendering 20+ routes per unit-year through Astro. Shapes
 * are documented in README.md (开放数据); paths are below the output folder and stable (pages link them).
 */
import { folderOf } from './catalogue.ts';
import { compareRows, compareYears } from './compare.ts';
import type { Correction } from './corrections.ts';
import { compareCsvRows, csvPaths, toCsv } from './csv.ts';
import { unitYearTables } from './csv-tables.ts';
import { OPEN_DATA_VERSION, openDataIndex, openDataPath, unitYearDocument } from './open-data.ts';
import type { FindingsOf } from './rules/index.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Unit } from './schema/unit.ts';
import type { YearStatus } from './status.ts';
import { statusCsvRows, statusPaths } from './status-table.ts';
import { paths } from './site-index.ts';

/** One file of the site: where it goes and what it holds. */
export interface DataFile {
	path: string;
	text: string;
}

/** What the data files are made of: the batch `npm run check` validated and audited. */
export interface DataBatch {
	units: readonly Unit[];
	disclosures: readonly Disclosure[];
	findingsOf: FindingsOf;
	statuses: readonly YearStatus[];
	/** The site's base path, ending in `/` (links inside data/index.json). */
	base: string;
}

// Compact: indentation was 45% of a unit-year's JSON (issue #13); a browser or `jq` shows it indented.
const json = (value: unknown) => JSON.stringify(value);

/** Path of a unit-year's bundle (its JSON and every table CSV in one zip). */
export const bundlePath = (d: Pick<Disclosure, 'unit' | 'year'>) => `data/${folderOf(d)}.zip`;

/** The files of one unit-year: its JSON document, then one CSV per table (title kept for the bundle's list). */
export function unitYearFiles(
	unit: Unit,
	d: Disclosure,
	findings: ReturnType<FindingsOf>,
	corrections: readonly Correction[],
): { json: DataFile; tables: (DataFile & { title: string })[] } {
	return {
		json: { path: openDataPath(d), text: json(unitYearDocument(unit, d, findings, corrections)) },
		tables: unitYearTables(d).map((t) => ({
			path: csvPaths.table(d.unit, d.year, t.id),
			text: toCsv(t.rows),
			title: `${t.document}：${t.title}`,
		})),
	};
}

/**
 * The entries of a unit-year's bundle, by name. Names are ASCII (old unzip tools garble others); a 说明.txt
 * in UTF-8 with BOM says in Chinese what each file holds.
 */
export function bundleEntries(unit: Unit, d: Disclosure, files: ReturnType<typeof unitYearFiles>): DataFile[] {
	const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);
	const jsonName = `${d.unit}-${d.year}.json`;
	const readme = [
		`${unit.name} ${d.year} 年度公开数据`,
		'',
		`${jsonName}\t完整数据（JSON，字段说明见网站“开放数据”）`,
		...files.tables.map((t) => `tables/${name(t.path)}\t${t.title}`),
		'',
		'CSV 为 UTF-8 编码（带 BOM），可直接用 Excel、WPS 打开；未公开的数字写作“未公开”，空白单元格表示原文该处空白。',
	];
	return [
		{ path: 'README.txt', text: `\uFEFF${readme.join('\r\n')}\r\n` },
		{ path: jsonName, text: files.json.text },
		...files.tables.map((t) => ({ path: `tables/${name(t.path)}`, text: t.text })),
	];
}

/** The files about the whole batch: the index, each year's comparison CSV, each roster's status. */
export function batchFiles(batch: DataBatch): DataFile[] {
	return [
		{ path: paths.dataIndex(), text: json(openDataIndex(batch.units, batch.disclosures, batch.findingsOf, batch.base)) },
		...compareYears(batch.disclosures).map((year) => ({
			path: csvPaths.compare(year),
			text: toCsv(compareCsvRowsOf(batch, year)),
		})),
		...batch.statuses.flatMap((s) => [
			{ path: statusPaths.json(s.year), text: json({ schemaVersion: OPEN_DATA_VERSION, ...s }) },
			{ path: statusPaths.csv(s.year), text: toCsv(statusCsvRows(s)) },
		]),
	];
}

const compareCsvRowsOf = (b: DataBatch, year: number) => compareCsvRows(compareRows(b.units, b.disclosures, year, b.findingsOf));
