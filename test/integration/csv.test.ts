/**
 * The CSV downloads open with correct Chinese in a spreadsheet and their figures equal the open-data JSON.
 * Every CSV of the built site, loose or in a unit-year's bundle, goes through headless LibreOffice (import as
 * UTF-8, export again), is read back and compared cell by cell with the file we wrote and with `/data/<unit>/<year>.json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSite, siteDir } from '../helpers/site.ts';
import { NARRATIVE_CELLS } from '../../src/core/templates/narrative-cells.ts';

const SOFFICE = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find(
	(p) => p && existsSync(p),
);
/** LibreOffice's CSV filter: comma, double quote, UTF-8 (76), start at line 1. */
const CSV_UTF8 = 'Text - txt - csv (StarCalc):44,34,76,1';

/** RFC 4180 reader (quotes, doubled quotes, CRLF), enough for the files under test. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

interface Converted {
	/** Site path of the CSV, e.g. `data/compare/2024.csv`. */
	path: string;
	raw: Buffer;
	ours: string[][];
	office: string[][];
}

const work = mkdtempSync(join(tmpdir(), 'gongkai-csv-'));
const files: Converted[] = [];

/** A unit-year's table CSVs are only in its bundle: `data/<unit>/<year>/<table>.csv` names `tables/<table>.csv` of `data/<unit>/<year>.zip`. */
const bundled = new Map<string, Buffer>();

function csvPaths(dir = 'data'): string[] {
	return readdirSync(join(siteDir(), dir), { withFileTypes: true }).flatMap((e) => {
		if (e.isDirectory()) return csvPaths(`${dir}/${e.name}`);
		if (e.name.endsWith('.csv')) return [`${dir}/${e.name}`];
		if (!e.name.endsWith('.zip')) return [];
		const folder = `${dir}/${e.name.slice(0, -'.zip'.length)}`;
		const entries = unzipSync(new Uint8Array(readFileSync(join(siteDir(), dir, e.name))));
		return Object.entries(entries)
			.filter(([name]) => name.startsWith('tables/') && name.endsWith('.csv'))
			.map(([name, data]) => {
				const path = `${folder}/${name.slice('tables/'.length)}`;
				bundled.set(path, Buffer.from(data));
				return path;
			});
	});
}
const csvBytes = (p: string) => bundled.get(p) ?? readFileSync(join(siteDir(), p));

beforeAll(() => {
	if (!SOFFICE) {
		throw new Error('CSV 测试需要 LibreOffice：未找到 soffice。请运行 `apt-get install -y libreoffice-calc-nogui`，或设置 SOFFICE_PATH。');
	}
	const paths = csvPaths();
	mkdirSync(join(work, 'in'));
	const flat = (p: string) => p.slice('data/'.length).replaceAll('/', '~');
	for (const p of paths) writeFileSync(join(work, 'in', flat(p)), csvBytes(p));
	const run = spawnSync(
		SOFFICE,
		[
			`-env:UserInstallation=file://${work}/profile`,
			'--headless',
			`--infilter=${CSV_UTF8}`,
			'--convert-to',
			`csv:${CSV_UTF8}`,
			'--outdir',
			join(work, 'out'),
			...paths.map((p) => join(work, 'in', flat(p))),
		],
		{ encoding: 'utf8', timeout: 300_000 },
	);
	if (run.status !== 0) throw new Error(`LibreOffice 转换失败：${run.stderr}`);
	for (const p of paths) {
		const raw = csvBytes(p);
		files.push({
			path: p,
			raw,
			ours: parseCsv(raw.toString('utf8').replace(/^\uFEFF/, '')),
			office: parseCsv(readFileSync(join(work, 'out', flat(p)), 'utf8')),
		});
	}
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const asNumber = (s: string) => (s.endsWith('%') ? Number(s.slice(0, -1)) : Number(s));
const isNumeric = (s: string) => s !== '' && /^-?\d+(\.\d+)?%?$/.test(s);

describe('every CSV through LibreOffice', () => {
	test('there are comparison and unit-year CSVs to check', () => {
		expect(files.filter((f) => f.path.startsWith('data/compare/')).length).toBeGreaterThan(0);
		expect(files.some((f) => f.path === 'data/wutongqiao-shebao/2024/three-public-table.csv')).toBe(true);
		// 五通桥's project scores (90 of its 90 indicator points) are shown but not ranked against 昆明's 99.97 of 100.
		const compare2024 = files.find((f) => f.path === 'data/compare/2024.csv')!.office;
		const w = compare2024.find((r) => r[1] === 'wutongqiao-shebao')!;
		expect(w[compare2024[0].indexOf('项目自评平均得分（分）')]).toBe('不比较');
	});

	test('UTF-8 with BOM, read back with the Chinese intact and the same figures', () => {
		for (const f of files) {
			expect([...f.raw.subarray(0, 3)], f.path).toEqual([0xef, 0xbb, 0xbf]);
			const text = f.office.flat().join('');
			expect(text, f.path).not.toMatch(/\uFFFD|\uFEFF|[ÃÂåæäè][\u0080-\u00ff]/);
			expect(f.office.length, f.path).toBe(f.ours.length);
			f.ours.forEach((row, r) =>
				row.forEach((cell, c) => {
					const back = f.office[r][c] ?? '';
					if (isNumeric(cell)) expect(asNumber(back), `${f.path} 第 ${r + 1} 行第 ${c + 1} 列`).toBe(asNumber(cell));
					else if (/[\u4e00-\u9fff]/.test(cell)) expect(back, `${f.path} 第 ${r + 1} 行第 ${c + 1} 列`).toBe(cell);
				}),
			);
		}
	});
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A cell of the unit-year's typed tables in the open-data JSON, at the place NARRATIVE_CELLS gives for a 说明 path. */
function tableCell(d: Json, path: string): unknown {
	const ref = NARRATIVE_CELLS[path];
	const tables = (
		d as unknown as {
			tables?: {
				tables: { id: string; printed: boolean; sides: { key: string; rows: { key: string; cells: Record<string, unknown> }[] }[] }[];
			};
		}
	).tables;
	const table = ref && tables?.tables.find((t) => t.id === ref.table && t.printed);
	const side = table && (ref.side ? table.sides.find((s) => s.key === ref.side) : table.sides[0]);
	return side?.rows.find((r) => r.key === ref.row)?.cells[ref.column] ?? undefined;
}
const json = (unit: string, year: string | number): Json => JSON.parse(readSite(`data/${unit}/${year}.json`));
/** A CSV cell as the JSON value it should equal: a number, or “未公开” for absent. */
const expected = (v: unknown) => (v === undefined || v === null ? '未公开' : v);
const cellAs = (s: string) => (isNumeric(s) ? asNumber(s) : s);

describe('figures equal the open-data JSON', () => {
	test('comparison tables', () => {
		const compares = files.filter((f) => f.path.startsWith('data/compare/'));
		for (const f of compares) {
			const [header, ...rows] = f.office;
			const col = (name: string) => header.indexOf(name);
			for (const row of rows) {
				const d = json(row[col('单位标识')], row[col('年度')]);
				const fa = d.printed.finalAccounts;
				// A figure the 说明 does not print is compared from the typed table that prints it (same JSON).
				const or = (path: string, narrative: unknown) => narrative ?? tableCell(d, path);
				const checks: [string, unknown][] = [
					['单位', d.unit.name],
					['主管部门', d.unit.supervisor],
					['收入总计（万元）', or('totals.income', fa?.totals?.income)],
					['支出总计（万元）', or('totals.expenditure', fa?.totals?.expenditure)],
					['基本支出（万元）', or('expenditure.basic.amount', fa?.expenditure?.basic?.amount)],
					['项目支出（万元）', or('expenditure.project.amount', fa?.expenditure?.project?.amount)],
					['人员经费（万元）', or('basicExpenditure.personnel.amount', fa?.basicExpenditure?.personnel?.amount)],
					['公用经费（万元）', or('basicExpenditure.publicUse.amount', fa?.basicExpenditure?.publicUse?.amount)],
					['“三公”经费（万元）', or('threePublic.total', fa?.threePublic?.total)],
					['“三公”经费：公务接待费（万元）', or('threePublic.reception.amount', fa?.threePublic?.reception?.amount)],
					['机关运行经费（万元）', fa?.otherMatters?.operatingCosts?.amount],
					['政府采购支出（万元）', fa?.otherMatters?.procurement?.total],
					['自评表（报告）数（项）', d.printed.performance?.evaluations.length],
					['核对发现：确定（项）', d.findingCounts['确定']],
					['核对发现：疑似（项）', d.findingCounts['疑似']],
					['核对发现：提示（项）', d.findingCounts['提示']],
				];
				for (const [name, value] of checks) {
					expect(col(name), name).toBeGreaterThanOrEqual(0);
					expect(cellAs(row[col(name)]), `${f.path} ${row[0]} ${name}`).toBe(expected(value));
				}
				// A figure not compared is “不比较” in its column and printed with its reason in the last column.
				const notes = row[col('不比较的数字及原因')];
				header.forEach((name, i) => {
					if (row[i] === '不比较') expect(notes, `${f.path} ${row[0]} ${name}`).toContain(name.replace(/（.*$/, '').replace(/^.*：/, ''));
				});
			}
		}
	});

	test('unit-year tables: 部门决算 sections and every self-evaluation table', () => {
		let checked = 0;
		for (const f of files.filter((x) => !x.path.startsWith('data/compare/') && !x.path.startsWith('data/status/'))) {
			const [, unit, year, name] = /^data\/([^/]+)\/(\d+)\/(.+)\.csv$/.exec(f.path)!;
			const d = json(unit, year);
			const fa = d.printed.finalAccounts;
			const rows = f.office.slice(1);
			const line = (label: string) => rows.find((r) => r[0] === label);
			const ev = /^evaluation-(.+)-(budget|scored|indicators)$/.exec(name);
			// Each single-total table: the label of its total line and the printed total it must hold.
			const totals: Record<string, [string, unknown]> = {
				'income-table': ['本年收入合计', fa?.income?.total],
				'expenditure-table': ['本年支出合计', fa?.expenditure?.total],
				'three-public-table': ['“三公”经费合计', fa?.threePublic?.total],
			};
			if (Object.hasOwn(totals, name)) {
				expect(cellAs(line(totals[name][0])![1])).toBe(totals[name][1]);
				checked++;
			} else if (name === 'basic-expenditure-table') {
				expect([cellAs(line('人员经费')![1]), cellAs(line('公用经费')![1])]).toEqual([
					fa.basicExpenditure.personnel.amount,
					fa.basicExpenditure.publicUse.amount,
				]);
				checked++;
			} else if (name.startsWith('appendix-')) {
				const table = fa.appendixTables[Number(name.slice('appendix-'.length)) - 1];
				expect(rows.map((r) => r.slice(1).map((c) => (c === '' ? null : cellAs(c))))).toEqual(table.rows.map((r: Json) => r.values));
				checked++;
			} else if (ev) {
				const evaluation = d.printed.performance.evaluations.find((e: Json) => e.id === ev[1]);
				// Field of each CSV column (null: a text column, compared above for its Chinese).
				const fields = {
					budget: [null, 'initial', 'adjusted', 'arrived', 'executed', 'rate', 'weight', 'score'],
					scored: [null, null, null, 'weight', 'score'],
					indicators: [null, null, null, null, null, null, null, 'weight', 'score'],
				}[ev[2] as 'budget'];
				const source: Json[] = evaluation[ev[2]].rows;
				source.forEach((sourceRow, i) =>
					fields.forEach((field, c) => {
						if (field) expect(cellAs(rows[i][c] ?? ''), `${f.path} 第 ${i + 2} 行 ${field}`).toBe(sourceRow[field] ?? '');
					}),
				);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});
});
