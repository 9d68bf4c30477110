/**
 * src/core stays pure (DESIGN §3): no astro:* or virtual modules, no chart.js, no DOM, no file system, and
 * no imports from the adapter, component or page layers. Checked on every file, so a slip fails CI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

const FORBIDDEN: [RegExp, string][] = [
	[/from ['"](astro:|virtual:)/, 'astro:* / virtual: 模块'],
	[/from ['"]chart\.js/, 'chart.js'],
	[/from ['"]node:(fs|child_process|http|net)/, '文件与进程 I/O'],
	[/from ['"](\.\.\/)+(lib|components|pages|layouts|scripts)\//, '适配层、组件或页面'],
	[/\b(document|window|localStorage)\./, 'DOM'],
];

test.each(files(CORE).map((f) => relative(CORE, f)))('src/core/%s is pure', (file) => {
	const text = readFileSync(join(CORE, file), 'utf8');
	const violations = FORBIDDEN.filter(([re]) => re.test(text)).map(([, what]) => what);
	expect(violations).toEqual([]);
});
