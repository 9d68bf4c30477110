/**
 * The parts of the incremental build that decide what may be reused (scripts/build/incremental.ts): the code key
 * (a change of code or settings is a full build), the check that a file of the previous site is still the one
 * the build left, and which files belong to a unit-year. The whole rebuild is tested in
 * test/integration/incremental-build.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { codeKey, footerHash, intact, refreshFooters, stampsOf, unitYearPaths } from '../../scripts/build/incremental.ts';
import { contentHash, folderHashes } from '../../src/lib/content-hash.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-incremental-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function put(root: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

test('the code key follows the sources, the lockfile and the site settings, not where things are', () => {
	const root = join(work, 'project');
	put(root, { 'src/a.ts': 'export const a = 1;\n', 'package-lock.json': '{}\n', 'scripts/b.ts': '\n' });
	const env = { GONGKAI_SITE: 'https://a.example', GONGKAI_OUT_DIR: 'dist', PATH: '/bin' };
	const key = codeKey(root, env);
	expect(codeKey(root, { ...env })).toBe(key);
	expect(codeKey(root, { ...env, GONGKAI_OUT_DIR: 'elsewhere', GONGKAI_CACHE_DIR: '/tmp/c', PATH: '/usr/bin' })).toBe(key);
	expect(codeKey(root, { ...env, GONGKAI_SITE: 'https://b.example' })).not.toBe(key);
	expect(codeKey(root, { ...env, GONGKAI_SITE_NAME: '某区' })).not.toBe(key);
	put(root, { 'src/a.ts': 'export const a = 2;\n' });
	expect(codeKey(root, env)).not.toBe(key);
	put(root, { 'src/a.ts': 'export const a = 1;\n', 'scripts/notes.md': '# why\n' });
	expect(codeKey(root, env)).toBe(key);
	put(root, { 'package-lock.json': '{"lockfileVersion":3}\n' });
	expect(codeKey(root, env)).not.toBe(key);
});

test('a group is reused only with the same key and every file as the build left it', () => {
	const site = join(work, 'site-intact');
	put(site, { 'units/a/2024/index.html': '<p>1</p>', 'data/a/2024.json': '{}' });
	const group = { key: 'k', files: stampsOf(site, ['units/a/2024/index.html', 'data/a/2024.json']) };
	expect(intact(site, group, 'k')).toBe(true);
	expect(intact(site, group, 'other')).toBe(false);
	expect(intact(site, undefined, 'k')).toBe(false);
	expect(intact(site, { key: 'k', files: {} }, 'k')).toBe(false);
	// Edited in place (another size), or replaced by another file: not the build's any more.
	writeFileSync(join(site, 'data/a/2024.json'), '{"x":1}');
	expect(intact(site, group, 'k')).toBe(false);
	const again = { key: 'k', files: stampsOf(site, ['units/a/2024/index.html', 'data/a/2024.json']) };
	expect(intact(site, again, 'k')).toBe(true);
	rmSync(join(site, 'units/a/2024/index.html'));
	expect(intact(site, again, 'k')).toBe(false);
});

test("the data files of a unit-year (its pages are Astro's)", () => {
	const site = join(work, 'site-paths');
	put(site, {
		'units/a/2024/index.html': '',
		'data/a/2024.json': '',
		'data/a/2024.zip': '',
		'data/a/2024/income-table.csv': '',
		'data/a/2023.json': '',
		'data/compare/2024.csv': '',
	});
	expect(unitYearPaths(site, 'a/2024')).toEqual(['data/a/2024.json', 'data/a/2024.zip', 'data/a/2024/income-table.csv']);
});

test('a reused page gets the footer of this build; a page without exactly one content hash stops the build', () => {
	const site = join(work, 'site-footers');
	const page = (hash: string) => `<main>6.20</main><footer><p>${footerHash(hash)}</p></footer>`;
	put(site, { 'units/a/2024/index.html': page('0123456789abcdef'), 'units/a/index.html': page('fedcba9876543210') });
	expect(refreshFooters(site, 'fedcba9876543210')).toBe(1);
	expect(readFileSync(join(site, 'units/a/2024/index.html'), 'utf8')).toBe(page('fedcba9876543210'));
	expect(refreshFooters(site, 'fedcba9876543210')).toBe(0);
	put(site, { 'units/b/index.html': '<footer></footer>' });
	expect(() => refreshFooters(site, 'fedcba9876543210')).toThrow(/units\/b\/index.html 中应有一处内容指纹，实有 0 处/);
});

test('each unit-year folder has its own hash, over every file in it, beside the hash of the whole content', () => {
	const files = {
		'units/a.yaml': 'id: a\n',
		'disclosures/a/2023/index.yaml': 'year: 2023\n',
		'disclosures/a/2024/index.yaml': 'year: 2024\n',
		'disclosures/a/2024/source.txt': '原文\n',
	};
	const one = join(work, 'content-1');
	const two = join(work, 'content-2');
	put(one, files);
	// The same content with a PDF added to one folder: only that folder's hash (and the whole) changes.
	put(two, { ...files, 'disclosures/a/2024/source.pdf': '%PDF-1.7' });
	expect([...folderHashes(one).keys()]).toEqual(['a/2023', 'a/2024']);
	expect(folderHashes(two).get('a/2023')).toBe(folderHashes(one).get('a/2023'));
	expect(folderHashes(two).get('a/2024')).not.toBe(folderHashes(one).get('a/2024'));
	expect(contentHash(two)).not.toBe(contentHash(one));
});
