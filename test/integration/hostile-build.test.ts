/**
 * No broken or empty site (issue #9, point 3): the build refuses output folders that are not its own and
 * empty content; one build at a time per folder (lock, stale locks taken over); two builds started together
 * leave one complete site, never a mix; killing the `npm run build` that started a build stops it and leaves
 * the published site as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_MARKER, missingOutput } from '../../scripts/build-output.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { expectedOutput } from '../../src/core/expected-output.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { VALID_TREE } from '../helpers/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'gongkai-hostile-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = (out: string, content = VALID_TREE) => ({
	...process.env,
	GONGKAI_CONTENT_DIR: content,
	GONGKAI_OUT_DIR: out,
	GONGKAI_CACHE_DIR: join(work, 'cache'),
});
const build = (out: string, content?: string) =>
	spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: env(out, content) });

/** An output folder holding a previous complete build: marker, a page, and a file only the old site has. */
function previousSite(name: string): string {
	const out = join(work, name, 'dist');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, BUILD_MARKER), '{}');
	writeFileSync(join(out, 'index.html'), 'old site');
	writeFileSync(join(out, 'only-in-old-site.html'), 'old');
	return out;
}

const expected = expectedOutput(buildCatalogue(readContentFiles(VALID_TREE, VALID_TREE)));

describe('output folders the build must not replace', () => {
	test.each([
		['the project root', () => ROOT, '项目根目录'],
		['content/ itself', () => join(ROOT, 'content'), '内容目录'],
		['a folder inside the content', () => join(VALID_TREE, 'site'), '内容目录'],
	])('%s', (_, out, says) => {
		const r = build(out());
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(says);
		// Other tests may add to the project's working folders meanwhile; what matters is that nothing was replaced.
		for (const kept of ['package.json', 'src/core', 'content/units', 'node_modules/astro'])
			expect(existsSync(join(ROOT, kept)), kept).toBe(true);
		expect(readdirSync(ROOT).some((n) => n.includes('.staging-'))).toBe(false);
	});

	test('a non-empty folder that is not a previous build', () => {
		const out = join(work, 'foreign');
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, '重要文件.docx'), 'not ours');
		const r = build(out);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('不是以前生成的站点');
		expect(readdirSync(out)).toEqual(['重要文件.docx']);
	});
});

describe('empty content is an error, never an empty site', () => {
	test.each([
		['missing', () => join(work, 'no-such-content'), '内容目录不存在'],
		['empty', () => mkdtempSync(join(work, 'empty-content-')), '内容目录为空'],
	])('%s content folder', (_, content, says) => {
		const out = previousSite(`empty-${says}`);
		const r = build(out, content());
		expect(r.status).toBe(1);
		expect(r.stdout + r.stderr).toContain(says);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old site');
	});
});

describe('one build at a time per output folder', () => {
	test('a lock held by a running build stops the second with a clear message', () => {
		const out = previousSite('locked');
		writeFileSync(`${out}.lock`, JSON.stringify({ pid: process.pid, started: '2026-12-02T04:00:00Z' }));
		const r = build(out);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`另一个构建（进程 ${process.pid}`);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old site');
		expect(existsSync(`${out}.lock`)).toBe(true); // not ours to remove
	});

	test('two builds started together (over a stale lock) leave one complete new site, never a mix', async () => {
		const out = previousSite('concurrent');
		// A lock left by a build that was killed: its process is gone.
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
		writeFileSync(`${out}.lock`, JSON.stringify({ pid: Number(gone) }));
		const run = () =>
			new Promise<{ code: number | null; output: string }>((done) => {
				const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: env(out) });
				let output = '';
				child.stdout.on('data', (b) => (output += b));
				child.stderr.on('data', (b) => (output += b));
				child.on('exit', (code) => done({ code, output }));
			});
		const results = await Promise.all([run(), run()]);
		const codes = results.map((r) => r.code).sort();
		expect(codes[0], results.map((r) => r.output).join('\n-----\n')).toBe(0);
		for (const r of results.filter((x) => x.code !== 0)) expect(r.output).toContain('另一个构建');
		expect(expected.filter((p) => !existsSync(join(out, p)))).toEqual([]);
		expect(existsSync(join(out, 'only-in-old-site.html'))).toBe(false);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toBe('old site');
		expect(existsSync(join(out, BUILD_MARKER))).toBe(true);
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
		// The check that guards the swap: a site without its search index (Pagefind died) or a page is incomplete.
		expect(missingOutput(out, expected)).toEqual([]);
		rmSync(join(out, 'pagefind', 'pagefind-entry.json'));
		rmSync(join(out, 'units', 'demo', '2024', 'performance'), { recursive: true });
		expect(missingOutput(out, expected)).toEqual(['pagefind/pagefind-entry.json', 'units/demo/2024/performance/index.html']);
	}, 300_000);
});

test('killing npm run build stops the build: no staging folder, no lock, the old site in place', async () => {
	const out = previousSite('killed');
	const npm = spawn('npm', ['run', 'build'], { cwd: ROOT, env: env(out), stdio: 'ignore' });
	const parent = join(out, '..');
	const deadline = Date.now() + 120_000;
	while (!readdirSync(parent).some((n) => n.startsWith('dist.staging-')) && Date.now() < deadline)
		await new Promise((ok) => setTimeout(ok, 200));
	expect(
		readdirSync(parent).some((n) => n.startsWith('dist.staging-')),
		'构建没有开始',
	).toBe(true);
	npm.kill('SIGTERM');
	// The build notices within a second, stops Astro and cleans up; wait well past a full build's time to be sure it stays stopped.
	const settled = Date.now() + 60_000;
	while (readdirSync(parent).length > 1 && Date.now() < settled) await new Promise((ok) => setTimeout(ok, 200));
	expect(readdirSync(parent)).toEqual(['dist']);
	await new Promise((ok) => setTimeout(ok, 3000));
	expect(readdirSync(parent)).toEqual(['dist']);
	expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old site');
}, 200_000);
