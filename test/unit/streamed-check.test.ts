/**
 * The check reads, validates and audits one unit-year folder at a time (issue #13: 20,000 unit-years must build
 * under 16 GB): `auditedCatalogue` audits each entry as soon as it and its narratives are read and keeps only what
 * the pages need, and readContentFiles' lazy files read their text from disk when asked. Both must change nothing
 * a reader or the bureau sees: the report is the one of the whole-batch audit, error for error, in the same order.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { auditedCatalogue, buildCatalogue, type ContentFiles } from '../../src/core/catalogue.ts';
import { buildReport } from '../../src/core/report.ts';
import { audit } from '../../src/core/rules/index.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { BROKEN_INPUTS, copyTree, writeFile } from '../helpers/content-tree.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** Every file of the list as plain data (a lazy file's text read now). */
const plain = (files: ContentFiles) => JSON.parse(JSON.stringify(files)) as ContentFiles;

// The shipped content, both ways, once: the audit of eight real documents takes seconds.
const whole = buildCatalogue(readContentFiles(CONTENT));
const streamed = auditedCatalogue(readContentFiles(CONTENT, process.cwd(), { lazy: true }), { audit });

test('on the shipped content the audited catalogue reports exactly what the whole-batch audit reports', () => {
	expect(streamed.disclosures.length).toBe(8);
	expect(buildReport(streamed)).toEqual(buildReport(whole));
	expect(streamed.units).toEqual(whole.units);
	expect(streamed.disclosures).toEqual(whole.disclosures);
});

test('it keeps no source text and, of each narrative, only what the pages need', () => {
	expect(streamed).not.toHaveProperty('sources');
	const kept = Object.values(streamed.narratives ?? {}).flatMap((n) => Object.values(n));
	expect(kept.length).toBeGreaterThanOrEqual(10);
	for (const n of kept) expect(Object.keys(n!).sort()).toEqual(n!.key ? ['key', 'placements'] : ['blocks', 'placements']);
	expect(Object.keys(streamed.findings).sort()).toEqual(streamed.disclosures.map((d) => `${d.unit}/${d.year}`).sort());
});

test.each(BROKEN_INPUTS)('broken input “$name”: the same errors, in the same order, as the whole-batch check', ({ apply }) => {
	const root = copyTree();
	apply(root);
	const whole = buildReport(buildCatalogue(readContentFiles(root)));
	const streamed = buildReport(auditedCatalogue(readContentFiles(root, process.cwd(), { lazy: true }), { audit }));
	expect(whole.schemaErrors.length).toBeGreaterThan(0);
	expect(streamed).toEqual(whole);
});

test('a narrative whose folder has no valid entry is still read and its own errors reported', () => {
	const root = copyTree();
	writeFile(root, 'disclosures/demo/2024/index.yaml', 'unit: [');
	writeFile(root, 'disclosures/demo/2024/final-accounts.mdx', '# 一、部门职责\n\n<script>alert(1)</script>\n');
	const streamed = buildReport(auditedCatalogue(readContentFiles(root, process.cwd(), { lazy: true }), { audit }));
	const files = streamed.schemaErrors.map((e) => e.file);
	expect(files.some((f) => f.endsWith('disclosures/demo/2024/index.yaml'))).toBe(true);
	expect(files.some((f) => f.endsWith('disclosures/demo/2024/final-accounts.mdx'))).toBe(true);
	expect(streamed).toEqual(buildReport(buildCatalogue(readContentFiles(root))));
});

test('a lazy file list holds what the eager one holds, and reads each text from disk when it is asked for', () => {
	const root = copyTree();
	const lazy = readContentFiles(root, root, { lazy: true });
	expect(plain(lazy)).toEqual(plain(readContentFiles(root, root)));
	const index = lazy.disclosures.find((f) => f.dir === 'disclosures/demo/2024')!.index;
	writeFileSync(join(root, index.path), 'unit: demo # changed\n');
	expect(index.text).toBe('unit: demo # changed\n');
	// Changed into GBK after it was listed: the check stops naming the file, never reads mojibake.
	writeFileSync(join(root, index.path), Buffer.from([0x75, 0x3a, 0x20, 0xb2, 0xe2, 0x0a]));
	expect(() => index.text).toThrow(/disclosures\/demo\/2024\/index\.yaml：检查过程中文件被改动，不是 UTF-8 编码/);
});
