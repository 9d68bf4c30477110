/**
 * The hostile corpus (issue #9): every input of test/fixtures/hostile/inputs.ts, alone on a copy of the demo
 * tree, through the same reader and validation as `npm run check` and the build. Each is refused with a
 * Chinese message naming the file and the field or line (or, for the odd-but-correct ones, accepted), and the
 * audit that follows in `check` runs without crashing (a narrative that does not parse crashed it); no
 * message carries a stack trace. Inputs that could hang a reader run in a child process with a timeout, and
 * one input of every kind goes through `scripts/build.ts`, which must exit 1 and leave the site untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_MARKER } from '../../scripts/build-output.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { buildReport } from '../../src/core/report.ts';
import { formatSchemaError, type SchemaError } from '../../src/core/schema/errors.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { HOSTILE_INPUTS, type HostileInput } from '../fixtures/hostile/inputs.ts';
import { copyTree } from '../helpers/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const STACK = /^\s{4}at /m;
const CHINESE = /[\u4e00-\u9fff]/;

function treeWith(input: HostileInput): string {
	const root = copyTree();
	roots.push(root);
	input.apply(root);
	return root;
}

function node(script: string, contentDir: string, outDir: string, ...args: string[]) {
	return spawnSync(process.execPath, [script, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, GONGKAI_CONTENT_DIR: contentDir, GONGKAI_OUT_DIR: outDir, GONGKAI_CACHE_DIR: join(outDir, '..', 'cache') },
	});
}

/** The error that names the expected file and field/line, from errors whose paths are below `root` or relative to it. */
function expectNamed(errors: SchemaError[], root: string, expected: NonNullable<HostileInput['error']>) {
	const lines = errors.map(formatSchemaError);
	const file = expected.file ? expected.file : root;
	const hit = errors.find(
		(e) =>
			(e.file === file || e.file === join(root, expected.file) || (!expected.file && e.file === root)) &&
			formatSchemaError(e).includes(expected.where),
	);
	expect(hit, `应有一条错误指明 ${file} 与 ${expected.where}，实际：\n${lines.join('\n')}`).toBeDefined();
	expect(formatSchemaError(hit!)).toMatch(CHINESE);
	expect(lines.join('\n')).not.toMatch(STACK);
}

test('the corpus has at least 60 inputs, of every kind', () => {
	expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(60);
	expect(new Set(HOSTILE_INPUTS.map((i) => i.kind)).size).toBe(6);
});

describe.each(HOSTILE_INPUTS.filter((i) => !i.cli))('$kind：$name', (input) => {
	test.skipIf(input.skip)(
		input.error ? '拒绝，并指明文件与字段/行' : '照常发布',
		() => {
			const root = treeWith(input);
			const catalogue = buildCatalogue(readContentFiles(root, root));
			// The whole check, audit included, as `npm run check` runs it: a parse failure must not crash the audit.
			const { schemaErrors: errors, exitCode } = buildReport(catalogue);
			expect(exitCode).toBe(input.error ? 1 : 0);
			if (input.error) expectNamed(errors, root, input.error);
			else expect(errors.map(formatSchemaError)).toEqual([]);
		},
		10_000,
	);
});

describe.each(HOSTILE_INPUTS.filter((i) => i.cli))('$kind：$name（子进程，有时限）', (input) => {
	test.skipIf(input.skip)('npm run check -- --json exits 1 within the time limit, JSON names the file', () => {
		const root = treeWith(input);
		const r = node('scripts/check.ts', root, join(root, '..', 'unused-out'), '--json');
		expect(r.error, '检查超时或无法启动').toBeUndefined();
		expect(r.status).toBe(1);
		expect(r.stdout + r.stderr).not.toMatch(STACK);
		expectNamed(JSON.parse(r.stdout).schemaErrors, root, input.error!);
		expect(r.stdout).not.toMatch(/HOME=|PATH=/);
	});
});

describe('a build with any kind of bad input exits 1 and leaves the published site untouched', () => {
	const sample = [
		'十进制实体 &#106;avascript:',
		'小于号 执行率<90%',
		'全角冒号作键',
		'十六进制金额',
		'source.txt 是命名管道',
		'GBK 编码的 YAML',
	];
	test.each(sample)('%s', (name) => {
		const input = HOSTILE_INPUTS.find((i) => i.name === name)!;
		const root = treeWith(input);
		const out = join(`${root}-out`, 'dist');
		roots.push(`${root}-out`);
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, 'index.html'), 'the last complete site');
		writeFileSync(join(out, BUILD_MARKER), '{}');
		const r = node('scripts/build.ts', root, out);
		expect(r.error, '构建超时').toBeUndefined();
		expect(r.status).toBe(1);
		expect(r.stdout + r.stderr).toContain(input.error!.where);
		expect(r.stdout + r.stderr).not.toMatch(STACK);
		expect(readdirSync(out).sort()).toEqual([BUILD_MARKER, 'index.html']);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last complete site');
		// Besides dist only the cache folder this test put there (GONGKAI_CACHE_DIR): the check keeps safe narratives it read.
		expect(readdirSync(join(out, '..')).filter((n) => n !== 'cache')).toEqual(['dist']);
	});
});
