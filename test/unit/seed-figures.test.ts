/**
 * Every number recorded in a content entry must occur in the entry's original text (source.txt), so a typing
 * slip in the transcription fails here. Numbers are matched as printed, allowing trailing zeros
 * ("848.9" matches "848.90") and thousands separators ("1,550.82").
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

const CONTENT = join(import.meta.dirname, '../../content/disclosures');
/** Structural numbers that are not figures of the document. */
const NOT_FIGURES = new Set(['year', 'no']);
/** Path of one row of a typed table (`tables.<table>.<side>[i]`). */
const TABLE_ROW = /^tables\.\w+\.\w+\[\d+\]$/;

function numbersIn(node: unknown, path: string, out: { path: string; value: number }[] = []) {
	if (typeof node === 'number') out.push({ path, value: node });
	// A typed table row is [科目编码或行键, 名称, 数值…]: its first cell is a key (a code the 总表 does not even print), not a figure.
	else if (Array.isArray(node)) node.forEach((v, i) => (i === 0 && TABLE_ROW.test(path) ? undefined : numbersIn(v, `${path}[${i}]`, out)));
	else if (node && typeof node === 'object') {
		for (const [k, v] of Object.entries(node)) if (!NOT_FIGURES.has(k)) numbersIn(v, path ? `${path}.${k}` : k, out);
	}
	return out;
}

/** The source with line breaks and spaces removed, and thousands separators dropped. */
const normalise = (text: string) => text.replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1');
/** Same, but a space between two table cells ("6.64 11.20", "20 20") is kept so the cells do not merge. */
const normaliseCells = (text: string) => normalise(text.replace(/(?<=[\d.%])\s+(?=[\d.])/g, '\u0000'));

function occurs(source: string, value: number): boolean {
	const [int, frac = ''] = String(value).split('.');
	const pattern = new RegExp(`(?<![\\d.])${int}${frac ? `\\.${frac}0*` : '(?:\\.0+)?'}(?![\\d])`);
	return pattern.test(source);
}

const entries = existsSync(CONTENT)
	? readdirSync(CONTENT, { withFileTypes: true })
			.filter((unit) => unit.isDirectory()) // skip .gitkeep
			.flatMap((unit) => readdirSync(join(CONTENT, unit.name)).map((year) => join(CONTENT, unit.name, year)))
	: [];

describe.each(entries)('%s', (dir) => {
	const raw = readFileSync(join(dir, 'source.txt'), 'utf8');
	const sources = [normalise(raw), normaliseCells(raw)];
	const files = ['index.yaml', 'final-accounts.yaml', 'performance.yaml'].filter((f) => existsSync(join(dir, f)));
	test.each(files)('every number in %s occurs in source.txt', (file) => {
		const numbers = numbersIn(parse(readFileSync(join(dir, file), 'utf8')), '');
		const missing = numbers.filter((n) => !sources.some((source) => occurs(source, n.value))).map((n) => `${n.path} = ${n.value}`);
		expect(missing).toEqual([]);
	});
});
