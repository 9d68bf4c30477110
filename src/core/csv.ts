/**
 * CSV for people who open it in Excel: UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line
 * ends and RFC 4180 quoting. Figures are written as plain numbers, as printed; an unpublished figure is “未公开”.
 */
import { METRICS, metricTitle, NOT_COMPARED, NOT_PUBLISHED, notComparedNotes, type CompareRow } from './compare.ts';

/** The UTF-8 byte-order mark Excel looks for. */
export const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/** Text a spreadsheet would run as a formula (=, +, -, @, or a tab/CR before one): OWASP's list. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, quoted when it holds a quote, comma or line break (RFC 4180 §2.6–2.7). A text cell that a
 * spreadsheet would evaluate (`=HYPERLINK(…)` as a unit name) gets a leading `'`, so Excel, WPS and
 * LibreOffice show it as text; numbers are written as numbers and never touched.
 */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? numberText(value) : FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Plain decimal notation (no exponent, no grouping) so spreadsheets read the number back exactly. */
function numberText(n: number): string {
	if (!Number.isFinite(n)) throw new Error(`CSV 中不能写入非有限数值：${n}`);
	const s = String(n);
	return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

/** A whole CSV document: BOM, one line per row, CRLF after every line. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
	return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The comparison table of one year as CSV rows (header first), in the rows' order. A figure that is not like
 * with like is “不比较” in its column (a spreadsheet's sort cannot rank it) and printed with the reason in the last column.
 */
export function compareCsvRows(rows: readonly CompareRow[]): CsvValue[][] {
	const header = ['单位', '单位标识', '地区', '主管部门', '年度', '公开文档', ...METRICS.map(metricTitle), '不比较的数字及原因'];
	return [
		header,
		...rows.map((r) => [
			r.unit.name,
			r.unit.id,
			r.unit.region,
			r.unit.supervisor,
			r.year,
			r.documents.join('、'),
			...METRICS.map((m) => r.values[m.key] ?? (r.notCompared[m.key] ? NOT_COMPARED : NOT_PUBLISHED)),
			notComparedNotes(r).join('；') || null,
		]),
	];
}

/** Characters a file name may not contain on Windows or macOS. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A descriptive download name: `五通桥区社会保险事务中心-2024-本年收入构成.csv`. */
export function downloadName(parts: readonly (string | number)[], extension: 'csv' | 'json' | 'zip' = 'csv'): string {
	return `${parts.map((p) => String(p).replace(UNSAFE_FILE_CHARS, '').replace(/\s+/g, '')).join('-')}.${extension}`;
}

/** Site paths (below the base) of the CSV downloads. */
export const csvPaths = {
	/** The comparison table of a year: `data/compare/2024.csv`. */
	compare: (year: number) => `data/compare/${year}.csv`,
	/**
	 * One table of a unit-year: `data/wutongqiao-shebao/2024/income-table.csv`. Not a file of the site: the
	 * table is `tables/income-table.csv` in the unit-year's bundle (data-files.ts); the path names it there.
	 */
	table: (unit: string, year: number, tableId: string) => `data/${unit}/${year}/${tableId}.csv`,
};
