/**
 * Every number recorded in a content entry must occur in the entry's original text (source.txt), so a typing
 * slip in the transcription fails here. The matching is the 录入核对 rule's (src/core/source-figures.ts), which
 * `npm run check` runs for every entry; here it must find nothing in the committed content.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { figuresNotInSource, printedValues } from '../../src/core/source-figures.ts';

const CONTENT = join(import.meta.dirname, '../../content/disclosures');

// No existsSync guard: a missing content folder must fail here, not pass with zero entries (issue #10 item 7).
const entries = readdirSync(CONTENT, { withFileTypes: true })
	.filter((unit) => unit.isDirectory()) // skip .gitkeep
	.flatMap((unit) => readdirSync(join(CONTENT, unit.name)).map((year) => join(CONTENT, unit.name, year)));

/** The shipped seeds and corpus documents: each must be among the entries checked. */
const SHIPPED = [
	'panzhihua-shebao/2025',
	'panzhihua-dongqu-shebao/2023',
	'yanbian-shebao/2021',
	'wutongqiao-shebao/2024',
	'kunming-wuhua-shebao/2024',
	'putuo-finance/2024',
	'putuo-planning-resources/2024',
	'putuo-social-work/2024',
];

test('the transcription check runs on every shipped entry', () => {
	const ids = entries.map((dir) => dir.slice(CONTENT.length + 1));
	expect(ids).toEqual(expect.arrayContaining(SHIPPED));
});

const read = (dir: string, file: string) => (existsSync(join(dir, file)) ? parse(readFileSync(join(dir, file), 'utf8')) : undefined);

describe.each(entries)('%s', (dir) => {
	const printed = printedValues(readFileSync(join(dir, 'source.txt'), 'utf8'));
	test('every number of index.yaml, final-accounts.yaml and performance.yaml occurs in source.txt', () => {
		const entry = {
			staffing: read(dir, 'index.yaml')?.staffing ?? [],
			finalAccounts: read(dir, 'final-accounts.yaml'),
			performance: read(dir, 'performance.yaml'),
		};
		// An entry with neither document would pass with nothing compared.
		expect(entry.finalAccounts ?? entry.performance, '既无 final-accounts.yaml 也无 performance.yaml').toBeDefined();
		expect(figuresNotInSource(entry, printed).map((f) => `${f.path} = ${f.value}`)).toEqual([]);
	});
});

describe('the matching', () => {
	const printed = printedValues('收入合计 848.90 万元，1,550.82 万元；表中 20 20 两格；跨行的 736.\n09 万元');
	test.each([
		[848.9, true],
		[1550.82, true],
		[20, true],
		[736.09, true],
		[848.09, false],
		[2020, true], // the joined reading of "20 20": a number a clerk could not have typed from elsewhere
		[155082, false],
	])('%s printed: %s', (value, expected) => {
		expect(printed.has(String(value))).toBe(expected);
	});
});
