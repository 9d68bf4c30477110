/**
 * Reproducible: the same project and content, copied to another folder and built there, gives a site that is
 * byte-for-byte the site the test setup built here (same file list, same bytes, same SHA256SUMS), and that
 * site passes `sha256sum -c` inside its own folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { siteFiles } from '../../scripts/build/manifest.ts';
import { siteBase, siteDir } from '../helpers/site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'gongkai-repro-'));
const project = join(work, 'another', 'folder', 'gongkai');
const dist = join(work, 'out', 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Build outputs, caches and the git folder are not part of the project's sources.
const SKIP = new Set(['node_modules', '.git', '.build', '.astro', '.cache', 'dist', 'dist.staging', 'test-results']);

beforeAll(() => {
	cpSync(ROOT, project, { recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('/')[0]) });
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
	// The copy builds its own content/, exactly as the test setup built this project's. Vitest puts Vite's
	// BASE_URL, MODE, DEV, PROD, SSR into the worker's environment, and Vite would let BASE_URL override the
	// base of some links: the setup build ran without them, so this one must too.
	const { GONGKAI_CONTENT_DIR: _c, BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
	const r = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: project,
		encoding: 'utf8',
		env: { ...env, GONGKAI_OUT_DIR: dist, GONGKAI_BASE: siteBase(), GONGKAI_CACHE_DIR: join(work, 'cache') },
	});
	if (r.status !== 0) throw new Error(`第二次构建失败：\n${r.stdout}\n${r.stderr}`);
});

test('sha256sum -c SHA256SUMS passes inside the built site', () => {
	const r = spawnSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], { cwd: siteDir(), encoding: 'utf8' });
	expect(r.stdout + r.stderr).toBe('');
	expect(r.status).toBe(0);
});

test('a build in another folder is byte-identical, file by file', () => {
	const here = siteFiles(siteDir());
	expect(siteFiles(dist)).toEqual(here);
	const differing = here.filter((p) => !readFileSync(join(dist, p)).equals(readFileSync(join(siteDir(), p))));
	// On failure, show where the first differing file starts to differ: that names the cause.
	const first = differing[0] && [readFileSync(join(siteDir(), differing[0]), 'utf8'), readFileSync(join(dist, differing[0]), 'utf8')];
	const at = first ? [...first[0]].findIndex((c, i) => c !== first[1][i]) : -1;
	expect(
		first
			? { file: differing[0], count: differing.length, here: first[0].slice(at - 80, at + 80), there: first[1].slice(at - 80, at + 80) }
			: undefined,
	).toBeUndefined();
	expect(readFileSync(join(dist, 'SHA256SUMS'), 'utf8')).toBe(readFileSync(join(siteDir(), 'SHA256SUMS'), 'utf8'));
});
