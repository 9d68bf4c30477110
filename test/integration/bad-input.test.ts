/**
 * Bad input stops publishing: `npm run build` and `npm run check` both exit non-zero, name the file and the
 * field, and leave the output folder as it was (no half-written site). Astro itself refuses too, for anyone
 * who runs `astro build` directly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_MARKER } from '../../scripts/build-output.ts';
import { BROKEN_INPUTS, copyTree, setYaml } from '../helpers/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function run(script: string, contentDir: string, outDir: string) {
	return spawnSync(process.execPath, [script], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, GONGKAI_CONTENT_DIR: contentDir, GONGKAI_OUT_DIR: outDir, GONGKAI_CACHE_DIR: join(outDir, '..', 'cache') },
	});
}

describe.each(BROKEN_INPUTS)('$name', ({ apply, file, field }) => {
	const root = copyTree();
	roots.push(root);
	apply(root);
	const out = join(root, '..', `${root.split('/').pop()}-out`, 'dist');
	roots.push(join(out, '..'));

	test('npm run check fails and names file and field', () => {
		const r = run('scripts/check.ts', root, out);
		expect(r.status).toBe(1);
		expect(r.stdout).toContain(join(root, file));
		expect(r.stdout).toContain(field);
	});

	test('npm run build fails, names file and field, and leaves the previous site untouched', () => {
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, 'previous.html'), 'the last complete site');
		writeFileSync(join(out, BUILD_MARKER), '{}');
		const r = run('scripts/build.ts', root, out);
		expect(r.status).toBe(1);
		expect(r.stdout + r.stderr).toContain(field);
		expect(readdirSync(out).sort()).toEqual([BUILD_MARKER, 'previous.html']);
		// Besides dist only the cache folder this test put there (GONGKAI_CACHE_DIR): the check keeps safe narratives it read.
		expect(readdirSync(join(out, '..')).filter((n) => n !== 'cache')).toEqual(['dist']);
	});
});

test('astro build on its own also refuses a broken reference (Astro alone would only log it)', () => {
	const root = copyTree();
	roots.push(root);
	BROKEN_INPUTS.find((b) => b.field === 'unit')!.apply(root);
	const out = join(root, 'astro-out');
	const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			GONGKAI_CONTENT_DIR: root,
			GONGKAI_OUT_DIR: out,
			GONGKAI_CACHE_DIR: join(root, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	});
	expect(r.status).not.toBe(0);
	expect(r.stdout + r.stderr).toContain('index.yaml：unit — 未知的单位标识 "no-such-unit"');
	expect(existsSync(join(out, 'index.html'))).toBe(false);
});

describe('findings never block publishing unless --strict is asked for', () => {
	const root = copyTree();
	roots.push(root);
	// One 确定 finding: 本年支出合计 no longer equals 基本支出 + 项目支出 (448.54 + 400.36 = 848.90).
	setYaml(root, 'disclosures/demo/2024/final-accounts.yaml', ['expenditure', 'total'], 858.9);
	// Outside the content folder: the build refuses an output folder inside it.
	const out = join(`${root}-strict-out`, 'dist');
	roots.push(`${root}-strict-out`);

	function runWith(script: string, ...extra: string[]) {
		return spawnSync(process.execPath, [script, ...extra], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, GONGKAI_CONTENT_DIR: root, GONGKAI_OUT_DIR: out, GONGKAI_CACHE_DIR: join(root, 'cache') },
		});
	}

	test('check reports the finding and passes; --strict fails on it', () => {
		const plain = runWith('scripts/check.ts', '--json');
		expect(plain.status).toBe(0);
		const report = JSON.parse(plain.stdout);
		expect(report.entries[0].findings.map((f: { rule: string }) => f.rule)).toContain('expenditure-sum');
		expect(runWith('scripts/check.ts', '--strict').status).toBe(1);
	});

	test('build --strict stops before writing anything', () => {
		const r = runWith('scripts/build.ts', '--strict');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('--strict');
		expect(existsSync(out)).toBe(false);
	});
});
