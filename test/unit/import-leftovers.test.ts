/** What `npm run import` leaves beside a draft (report, provenance, the PDF) is known to the reader, not an unknown file. */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { copyTree } from '../helpers/content-tree.ts';

const tree = copyTree(resolve(import.meta.dirname, '../../content'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));
const dir = join(tree, 'disclosures/wutongqiao-shebao/2024');

test('the import report, the provenance sidecar and source.pdf pass the check', () => {
	writeFileSync(join(dir, 'import-report.txt'), '导入报告\n');
	writeFileSync(join(dir, 'import-report.json'), '{}');
	writeFileSync(join(dir, 'import-provenance.json'), '{}');
	writeFileSync(join(dir, 'source.pdf'), '%PDF-1.7\n');
	expect(buildCatalogue(readContentFiles(tree, tree)).errors).toEqual([]);
});

test('but a link in their place is refused like any other', () => {
	rmSync(join(dir, 'import-report.txt'));
	symlinkSync('/proc/self/environ', join(dir, 'import-report.txt'));
	const errors = buildCatalogue(readContentFiles(tree, tree)).errors;
	expect(errors.map((e) => e.file)).toEqual(['disclosures/wutongqiao-shebao/2024/import-report.txt']);
	expect(errors[0]!.message).toContain('符号链接');
});
