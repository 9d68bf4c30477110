/** The scaffold writes a complete folder whose empty required fields are exactly what `check` asks for. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { formatSchemaError } from '../../src/core/schema/errors.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { scaffold } from '../../scripts/new-entry.ts';
import { jsonSchemaFiles } from '../../src/core/json-schema.ts';
import { templateFor } from '../../src/core/templates/index.ts';

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

test('with a template, every table is scaffolded with its row keys, and check asks for each one', () => {
	const files = scaffold(root, 'putuo-caizheng', 2024, false, 'shanghai-2024');
	const yaml = readFileSync(
		files.find((f) => f.endsWith('final-accounts.yaml'))!,
		'utf8',
	);
	expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*\/schema\/final-accounts\.shanghai-2024\.schema\.json$/);
	expect(yaml).toContain('      - [carryoverStart, 年初结转和结余, ~]');
	expect(yaml).toContain('      - [30101, 基本工资, ~]');
	const errors = buildCatalogue(readContentFiles(root, root))
		.errors.map(formatSchemaError)
		.filter((e) => e.includes('putuo-caizheng/2024/final-accounts.yaml'));
	// The scaffold parses (keys, codes and row lengths are right); only the blank tables and the title are asked for.
	expect(errors).toEqual([
		'disclosures/putuo-caizheng/2024/final-accounts.yaml：title — 尚未填写（应为文本）',
		...templateFor('shanghai-2024')!.tables.map(
			(t) =>
				`disclosures/putuo-caizheng/2024/final-accounts.yaml：tables.${t.id} — ${t.title}：所有单元格都是空白（~）——请照录原文数字；原文本表无数据时，把表下的说明写进 notes`,
		),
	]);
	expect(() => scaffold(root, 'other', 2024, false, 'beijing-2024')).toThrow('未知的表样');
});

test('the JSON Schemas carry the Chinese descriptions and the row length of every table side', () => {
	const files = jsonSchemaFiles();
	const sh = JSON.parse(files['final-accounts.shanghai-2024.schema.json']!);
	expect(sh.properties.template.description).toBe('上海市部门决算公开表（2024 年度，9 张表）');
	expect(sh.properties.tables.properties.income.properties.rows.items).toMatchObject({ minItems: 9, maxItems: 9 });
	expect(sh.properties.tables.properties.income.properties.rows.items.description).toContain('本年收入合计, 财政拨款收入');
	expect(JSON.parse(files['unit.schema.json']!).properties.kind.description).toBe('单位性质');
});
