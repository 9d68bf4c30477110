/**
 * Incremental rebuild (issue #13 item 6): after a full build, changing one figure of one unit-year and building
 * again renders only that unit-year (Astro reuses the others' pages by their cacheKey, their data files come from
 * the previous site), and the result is byte-identical,
 * file by file and in SHA256SUMS, to a full build of the changed content with an empty cache. A deleted
 * unit-year leaves nothing behind; a change of the site's settings makes the next build a full one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteFiles } from '../../scripts/build/manifest.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'gongkai-incremental-'));
const content = join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run build` on the copied content into `out` with the cache `cache`; returns its output without colours (Astro colours it when `CI` is set). */
function build(out: string, cache: string, extra: NodeJS.ProcessEnv = {}): string {
	// Vitest sets BASE_URL, MODE…: a user's build runs without them (see reproducible-build.test.ts).
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
	const r = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...env, GONGKAI_CONTENT_DIR: content, GONGKAI_OUT_DIR: out, GONGKAI_CACHE_DIR: cache, GONGKAI_BASE: '/gongkai/', ...extra },
	});
	if (r.status !== 0) throw new Error(`构建失败：\n${r.stdout}\n${r.stderr}`);
	return stripVTControlCharacters(r.stdout + r.stderr);
}

/** Files that differ between two built sites (names first, then bytes), empty when identical. */
function differences(a: string, b: string): string[] {
	const files = siteFiles(a);
	const other = siteFiles(b);
	const names = [...files.filter((f) => !other.includes(f)), ...other.filter((f) => !files.includes(f))].map((f) => `only in one: ${f}`);
	return [...names, ...files.filter((f) => other.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))];
}

const site = join(work, 'site');
const cache = join(work, 'cache');
const figureFile = join(content, 'disclosures/putuo-finance/2024/final-accounts.yaml');
let firstBuild = '';

beforeAll(() => {
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	firstBuild = build(site, cache);
});

describe('a rebuild after one changed figure', () => {
	let rebuild = '';
	const fresh = join(work, 'fresh');
	beforeAll(() => {
		const yaml = readFileSync(figureFile, 'utf8');
		expect(yaml).toContain('[other, 八、其他收入, 6.20]');
		writeFileSync(figureFile, yaml.replace('[other, 八、其他收入, 6.20]', '[other, 八、其他收入, 6.30]'));
		rebuild = build(site, cache);
		build(fresh, join(work, 'fresh-cache'));
	});

	test('the first build is a full one; the rebuild renders only the changed unit-year', () => {
		expect(firstBuild).toContain('完整构建：没有上次构建的记录');
		expect(firstBuild).toContain('8 个单位年度，其中 8 个重新生成、0 个沿用上次构建');
		expect(rebuild).not.toContain('完整构建');
		expect(rebuild).toContain('8 个单位年度，其中 1 个重新生成、7 个沿用上次构建');
		// Astro's log: a reused page is marked (cached) or (restored), a rendered one with its time (getTimeStat:
		// 12ms, 1.23s on a loaded machine, 1m 5s).
		const reused = (page: string) => new RegExp(`${page} \\((?:cached|restored)\\)`).test(rebuild);
		expect(reused('/units/putuo-social-work/2024/index.html')).toBe(true);
		expect(reused('/units/yanbian-shebao/2021/performance/index.html')).toBe(true);
		expect(reused('/units/putuo-finance/2024/index.html')).toBe(false);
		expect(rebuild).toMatch(/\/units\/putuo-finance\/2024\/index\.html \(\+(?:\d+ms|\d+\.\d\ds|\d+m \d+s)\)/);
	});

	test('the changed figure is in the rebuilt open data', () => {
		const json = JSON.parse(readFileSync(join(site, 'data/putuo-finance/2024.json'), 'utf8')) as {
			tables: { tables: { id: string; sides: { key: string; rows: { key: string; cells: { amount: number } }[] }[] }[] };
		};
		const income = json.tables.tables.find((t) => t.id === 'summary')!.sides.find((s) => s.key === 'income')!;
		expect(income.rows.find((r) => r.key === 'other')!.cells.amount).toBe(6.3);
	});

	test('every file and SHA256SUMS equal a full build of the changed content', () => {
		expect(differences(site, fresh)).toEqual([]);
		expect(readFileSync(join(site, 'SHA256SUMS'), 'utf8')).toBe(readFileSync(join(fresh, 'SHA256SUMS'), 'utf8'));
	});
});

describe('a deleted unit-year and a changed setting', () => {
	let afterDelete = '';
	let afterSetting = '';
	const fresh = join(work, 'fresh-deleted');
	beforeAll(() => {
		rmSync(join(content, 'disclosures/yanbian-shebao/2021'), { recursive: true });
		afterDelete = build(site, cache);
		build(fresh, join(work, 'fresh-deleted-cache'));
	}, 600_000);

	test('no page or data file of the deleted unit-year is left, and the site equals a full build', () => {
		expect(afterDelete).toContain('7 个单位年度，其中 0 个重新生成、7 个沿用上次构建');
		for (const gone of ['units/yanbian-shebao/2021/index.html', 'units/yanbian-shebao/2021/source.txt', 'data/yanbian-shebao/2021.json'])
			expect(existsSync(join(site, gone)), gone).toBe(false);
		expect(readFileSync(join(site, 'SHA256SUMS'), 'utf8')).not.toContain('yanbian-shebao/2021');
		expect(differences(site, fresh)).toEqual([]);
	});

	test('a changed site setting rebuilds everything with it', () => {
		afterSetting = build(site, cache, { GONGKAI_SITE_NAME: '某某区预决算公开' });
		expect(afterSetting).toContain('完整构建：代码、依赖或站点设置有改动');
		expect(readFileSync(join(site, 'units/putuo-finance/2024/index.html'), 'utf8')).toContain('某某区预决算公开');
	}, 600_000);
});
