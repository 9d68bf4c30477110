/**
 * The check's work shared out over worker threads (scripts/build/check-share.ts, issue #13): the threads only fill
 * the check cache; the check that follows must then report exactly what a check without any cache reports, and
 * find every folder done (nothing validated or audited again).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { shareCheck } from '../../scripts/build/check-share.ts';
import { codeKey } from '../../scripts/build/incremental.ts';
import { runCheck } from '../../scripts/check.ts';
import { foldersWithoutRecord } from '../../src/lib/check-cache.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { BROKEN_INPUTS, copyTree } from '../helpers/content-tree.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const code = codeKey(process.cwd());
const made: string[] = [];
const tempDir = () => {
	made.push(mkdtempSync(join(tmpdir(), 'gongkai-share-')));
	return made.at(-1)!;
};
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The JSON report of a check of `root`: with the cache in `cacheDir`, or none. */
function report(root: string, cacheDir?: string) {
	let text = '';
	const result = runCheck({ root, json: true, write: (s) => (text += s), ...(cacheDir ? { cache: { dir: cacheDir } } : {}) });
	return { text, cached: result.cached };
}

const share = (root: string, cacheDir: string, more: { fresh?: boolean; min?: number } = {}) =>
	shareCheck({ root, projectRoot: process.cwd(), cacheDir, fresh: false, workers: 2, min: 1, ...more });

test('on the shipped content two threads check every folder, and the check then says what an uncached one says', async () => {
	const cacheDir = tempDir();
	const files = readContentFiles(CONTENT, process.cwd(), { lazy: true });
	expect(foldersWithoutRecord(files, code, cacheDir)).toHaveLength(8);
	expect(await share(CONTENT, cacheDir)).toBe(8);
	expect(foldersWithoutRecord(files, code, cacheDir)).toEqual([]);
	const shared = report(CONTENT, cacheDir);
	// Every entry and its findings came from the threads' records.
	expect(shared.cached).toMatchObject({ reused: 8, checked: 0 });
	expect(shared.text).toBe(report(CONTENT).text);
}, 60_000);

test('below the threshold, or with one thread, nothing is shared and nothing written', async () => {
	const cacheDir = tempDir();
	expect(await share(CONTENT, cacheDir, { min: 9 })).toBe(0);
	expect(await shareCheck({ root: CONTENT, projectRoot: process.cwd(), cacheDir, fresh: false, workers: 1, min: 1 })).toBe(0);
	expect(foldersWithoutRecord(readContentFiles(CONTENT, process.cwd(), { lazy: true }), code, cacheDir)).toHaveLength(8);
}, 60_000);

test('folders with a record are left to the check; a full build (fresh) shares them all again', async () => {
	const cacheDir = tempDir();
	await share(CONTENT, cacheDir);
	expect(await share(CONTENT, cacheDir)).toBe(0);
	expect(await share(CONTENT, cacheDir, { fresh: true })).toBe(8);
}, 60_000);

test.each(BROKEN_INPUTS.slice(0, 4))(
	'broken input “$name”: the same errors, in the same order, as a check without cache',
	async ({ apply }) => {
		const root = copyTree();
		apply(root);
		const cacheDir = tempDir();
		expect(await share(root, cacheDir)).toBeGreaterThan(0);
		const uncached = report(root);
		expect(JSON.parse(uncached.text).schemaErrors.length).toBeGreaterThan(0);
		expect(report(root, cacheDir).text).toBe(uncached.text);
	},
	60_000,
);
