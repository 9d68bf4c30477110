/** The scaffold writes a complete folder whose empty required fields are exactly what `check` asks for. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { formatSchemaError } from '../../src/core/schema/errors.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { scaffold } from '../../scripts/new-entry.ts';

const root = mkdtempSync(join(tmpdir(), 'gongkai-new-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a new unit-year lists every field still to be transcribed, and nothing else', () => {
	scaffold(root, 'xinjin-shebao', 2024);
	const errors = buildCatalogue(readContentFiles(root, root)).errors.map(formatSchemaError);
	expect(errors).toContain('units/xinjin-shebao.yaml：name — 尚未填写（应为文本）');
	expect(errors).toContain('units/xinjin-shebao.yaml：kind — 尚未填写；应为以下之一：行政单位、参照公务员法管理的事业单位、事业单位');
	expect(errors).toContain('disclosures/xinjin-shebao/2024/index.yaml：source.title — 尚未填写（应为文本）');
	expect(errors).toContain('disclosures/xinjin-shebao/2024/final-accounts.yaml：title — 尚未填写（应为文本）');
	// The narrative skeleton is safe MDX with every template section.
	expect(errors.filter((e) => e.includes('.mdx'))).toEqual([]);
});

test('it never overwrites and refuses bad ids', () => {
	expect(() => scaffold(root, 'xinjin-shebao', 2024)).toThrow('已存在');
	expect(() => scaffold(root, 'Xinjin', 2024)).toThrow('小写字母');
});
