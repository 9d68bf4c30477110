/**
 * The check keeps each unit-year's validated entry and findings on disk (src/lib/check-cache.ts, issue #13 item
 * 6). A check with the cache must say exactly what the uncached check says (same JSON, byte for byte, and the
 * same hand-off to Astro), re-validate and re-audit only the unit-years whose files changed, never pass a
 * changed unit-year on its old result, and ignore a record it cannot trust. Counted on the shipped content by
 * wrapping parseDisclosure and audit, as batch-handoff.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { afterAll, expect, test, vi } from 'vitest';
import { copyTree, setYaml } from '../helpers/content-tree.ts';

const calls = vi.hoisted(() => ({ validate: 0, audit: 0 }));

vi.mock('../../src/core/validate.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/core/validate.ts')>();
	return { ...real, parseDisclosure: (...a: Parameters<typeof real.parseDisclosure>) => (calls.validate++, real.parseDisclosure(...a)) };
});
vi.mock('../../src/core/rules/index.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/core/rules/index.ts')>();
	return { ...real, audit: (...a: Parameters<typeof real.audit>) => (calls.audit++, real.audit(...a)) };
});

const { runCheck } = await import('../../scripts/check.ts');
const { batchOf } = await import('../../src/core/batch.ts');
const { inputKeys } = await import('../../scripts/build/incremental.ts');
type Batch = import('../../src/core/batch.ts').Batch;
const narrativeCache = await import('../../src/lib/narrative-cache.ts');
const { UNUSED_ENTRY_MS } = await import('../../src/lib/cache-folder.ts');

// Each check of the shipped content takes a few seconds on a busy machine; the CLI tests start two processes.
vi.setConfig({ testTimeout: 180_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const tree = copyTree(join(ROOT, 'content'));
const work = mkdtempSync(join(tmpdir(), 'gongkai-check-cache-'));
afterAll(() => [tree, work].forEach((d) => rmSync(d, { recursive: true, force: true })));
const entries = readdirSync(join(tree, 'disclosures'), { recursive: true }).filter((f) => String(f).endsWith('index.yaml')).length;

/** The check's JSON and hand-off; with `dir`, through the cache kept there. Counts start at zero. */
function check(dir?: string) {
	Object.assign(calls, { validate: 0, audit: 0 });
	let json = '';
	const run = runCheck({ root: tree, json: true, write: (s) => (json += s), ...(dir ? { cache: { dir } } : {}) });
	return { json, handOff: serialize(batchOf(run.catalogue, run.report.entries)), report: run.report, cached: run.cached };
}

test('a warm check says what the uncached check says, byte for byte, without validating or auditing anything', () => {
	const dir = join(work, 'same');
	const uncached = check();
	expect(uncached.report.entries.length).toBe(entries);
	expect(uncached.report.counts.findings['确定'] + uncached.report.counts.findings['疑似']).toBeGreaterThan(0);
	const cold = check(dir);
	expect(calls).toEqual({ validate: entries, audit: entries });
	expect(cold.cached).toEqual({ reused: 0, checked: entries, pruned: 0 });
	const warm = check(dir);
	expect(calls).toEqual({ validate: 0, audit: 0 });
	expect(warm.cached).toEqual({ reused: entries, checked: 0, pruned: 0 });
	for (const run of [cold, warm]) {
		expect(run.json).toBe(uncached.json);
		expect(deserialize(run.handOff)).toStrictEqual(deserialize(uncached.handOff));
		// The build keys each unit-year's pages by its inputs: an entry read back from the cache has the same key.
		// (v8's bytes would not do: V8 writes 100 as an integer or a double depending on how it holds the field.)
		const keys = (b: Buffer) => inputKeys(deserialize(b) as Batch, new Map(), 'code');
		expect(keys(run.handOff)).toEqual(keys(uncached.handOff));
	}
});

test('`npm run check -- --json` prints the same bytes with a cold and a warm cache', () => {
	const env = { ...process.env, NO_COLOR: '1', GONGKAI_CONTENT_DIR: tree, GONGKAI_CACHE_DIR: join(work, 'cli') };
	const cli = () => spawnSync(process.execPath, ['scripts/check.ts', '--json'], { cwd: ROOT, encoding: 'utf8', env });
	const cold = cli();
	const warm = cli();
	expect(cold.stderr).toBe('');
	expect(cold.status).toBe(0);
	expect(readdirSync(join(work, 'cli/check')).length).toBe(entries);
	expect(warm.status).toBe(0);
	expect(stripVTControlCharacters(warm.stdout)).toBe(stripVTControlCharacters(cold.stdout));
	expect(cold.stdout).toBe(`${check().json}\n`);
});

test('an error put into a cached unit-year is reported, and only that unit-year is validated again', () => {
	const dir = join(work, 'stale');
	const file = join(tree, 'disclosures/yanbian-shebao/2021/final-accounts.yaml');
	const original = readFileSync(file, 'utf8');
	check(dir);
	try {
		setYaml(tree, 'disclosures/yanbian-shebao/2021/final-accounts.yaml', ['income', 'total'], '八百');
		const broken = check(dir);
		expect(calls).toEqual({ validate: 1, audit: 0 });
		expect(broken.report.exitCode).toBe(1);
		expect(broken.report.schemaErrors.map((e) => [e.file.split('/').slice(-3).join('/'), e.path])).toContainEqual([
			'yanbian-shebao/2021/final-accounts.yaml',
			'income.total',
		]);
		expect(broken.json).toBe(check().json);
	} finally {
		writeFileSync(file, original);
	}
	const repaired = check(dir);
	expect(calls).toEqual({ validate: 1, audit: 1 });
	expect(repaired.report.exitCode).toBe(0);
	expect(repaired.json).toBe(check().json);
});

test('a changed figure gives that unit-year the findings of the uncached check', () => {
	const dir = join(work, 'figure');
	const before = check(dir);
	const file = join(tree, 'disclosures/wutongqiao-shebao/2024/final-accounts.yaml');
	const original = readFileSync(file, 'utf8');
	try {
		setYaml(tree, 'disclosures/wutongqiao-shebao/2024/final-accounts.yaml', ['income', 'total'], 1);
		const after = check(dir);
		expect(calls).toEqual({ validate: 1, audit: 1 });
		const findingsOf = (r: typeof before) => r.report.entries.find((e) => e.id === 'wutongqiao-shebao/2024')!.findings;
		expect(findingsOf(after)).not.toEqual(findingsOf(before));
		expect(after.json).toBe(check().json);
	} finally {
		writeFileSync(file, original);
	}
});

test("a changed unit file re-audits that unit's entries (单位性质 decides rules) without validating them again", () => {
	const dir = join(work, 'unit');
	check(dir);
	const file = join(tree, 'units/putuo-finance.yaml');
	const original = readFileSync(file, 'utf8');
	try {
		setYaml(tree, 'units/putuo-finance.yaml', ['kind'], '事业单位');
		const changed = check(dir);
		expect(calls).toEqual({ validate: 0, audit: 1 });
		expect(changed.json).toBe(check().json);
	} finally {
		writeFileSync(file, original);
	}
});

test('a corrupt, foreign or swapped record is ignored and written again, never trusted', () => {
	const dir = join(work, 'corrupt');
	const uncached = check();
	const cold = check(dir);
	expect(cold.json).toBe(uncached.json);
	const records = readdirSync(dir)
		.sort()
		.map((name) => join(dir, name));
	expect(records.length).toBe(entries);
	const [noise, json, other, swapA, swapB, cut] = records;
	const [a, b] = [readFileSync(swapA), readFileSync(swapB)];
	writeFileSync(noise, Buffer.from('这不是缓存记录 \u0000\u00ff'));
	writeFileSync(json, JSON.stringify({ format: 'gongkai-check-cache-1', key: 'x', parsed: { ok: true, data: {}, errors: [] } }));
	writeFileSync(other, serialize({ format: 'another-cache', key: 'x' }));
	writeFileSync(swapA, b);
	writeFileSync(swapB, a);
	writeFileSync(cut, readFileSync(cut).subarray(0, 100));
	const run = check(dir);
	expect(calls).toEqual({ validate: 6, audit: 6 });
	expect(run.json).toBe(uncached.json);
	expect(deserialize(run.handOff)).toStrictEqual(deserialize(cold.handOff));
	check(dir);
	expect(calls).toEqual({ validate: 0, audit: 0 });
});

test('a check of the whole content deletes the records of removed unit-years once they are a day unused; a check of one folder keeps them', () => {
	const dir = join(work, 'prune');
	const removed = join(work, 'removed-unit-year');
	check(dir);
	expect(readdirSync(dir).length).toBe(entries);
	const records = () => readdirSync(dir).filter((name) => name.endsWith('.v8'));
	// Everything was last used two days ago; a build of other code sharing the folder has just written a record of its own.
	const old = new Date(Date.now() - 2 * UNUSED_ENTRY_MS);
	for (const name of readdirSync(dir)) utimesSync(join(dir, name), old, old);
	const others = join(dir, `${'c'.repeat(64)}.v8`);
	writeFileSync(others, serialize({ format: 'another version' }));
	// A stranger's file in the cache folder is left alone: only records (.v8) are this cache's.
	writeFileSync(join(dir, 'note.txt'), 'not a record');
	utimesSync(join(dir, 'note.txt'), old, old);
	renameSync(join(tree, 'disclosures/yanbian-shebao/2021'), removed);
	try {
		Object.assign(calls, { validate: 0, audit: 0 });
		const one = runCheck({ root: tree, only: [join(tree, 'disclosures/putuo-finance')], write: () => {}, cache: { dir } });
		expect(one.cached?.pruned).toBe(0);
		expect(records().length).toBe(entries + 1);
		const whole = check(dir);
		expect(whole.cached).toEqual({ reused: entries - 1, checked: 0, pruned: 1 });
		// What the check read was marked used now, the other build's record is young: both stay.
		expect(records().length).toBe(entries);
		expect(records().every((n) => Date.now() - statSync(join(dir, n)).mtimeMs < UNUSED_ENTRY_MS)).toBe(true);
		expect(readdirSync(dir)).toContain('note.txt');
		// Once no check has read it for a day, the other build's record goes too.
		utimesSync(others, old, old);
		expect(check(dir).cached).toEqual({ reused: entries - 1, checked: 0, pruned: 1 });
		expect(records().length).toBe(entries - 1);
	} finally {
		renameSync(removed, join(tree, 'disclosures/yanbian-shebao/2021'));
	}
	// Put back, the unit-year is checked again (its record is gone) and the rest comes from the cache.
	expect(check(dir).cached).toEqual({ reused: entries - 1, checked: 1, pruned: 0 });
});

test('a check of the whole content prunes the narratives it no longer reads once they are a day unused; a check of one folder prunes none', () => {
	const { cachedNarrativeReader } = narrativeCache;
	const dir = join(work, 'narratives');
	const blocks = () => readdirSync(dir).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
	const run = (only?: string[]) => runCheck({ root: tree, only, write: () => {}, readNarrative: cachedNarrativeReader(dir) });
	expect(run().prunedNarratives).toBeUndefined();
	const stored = blocks().length;
	expect(stored).toBe(readdirSync(join(tree, 'disclosures'), { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length);
	// Everything was last used two days ago; another build sharing the folder has just stored one of its own.
	const old = new Date(Date.now() - 2 * UNUSED_ENTRY_MS);
	for (const name of readdirSync(dir)) utimesSync(join(dir, name), old, old);
	const others = 'b'.repeat(64);
	writeFileSync(join(dir, `${others}.json`), '[]');
	writeFileSync(join(dir, `${others}.read.json`), '{}');
	const gone = join(tree, 'disclosures/yanbian-shebao/2021');
	const goneNarratives = readdirSync(gone).filter((n) => n.endsWith('.mdx')).length;
	expect(goneNarratives).toBeGreaterThan(0);
	const removed = join(work, 'removed-narratives');
	renameSync(gone, removed);
	try {
		expect(run([join(tree, 'disclosures/putuo-finance')]).prunedNarratives).toBeUndefined();
		expect(blocks().length).toBe(stored + 1);
		expect(run().prunedNarratives).toBe(goneNarratives);
		// What the check read was marked used now, the other build's entry is young: both stay, with their readings.
		expect(blocks().length).toBe(stored - goneNarratives + 1);
		expect(readdirSync(dir).filter((n) => n.endsWith('.read.json')).length).toBe(stored - goneNarratives + 1);
		expect(blocks().every((n) => Date.now() - statSync(join(dir, n)).mtimeMs < UNUSED_ENTRY_MS)).toBe(true);
	} finally {
		renameSync(removed, gone);
	}
});
