/**
 * The batch is computed once per build (issue #13 item 3): the check validates, audits and parses each
 * narrative once; with its hand-off (GONGKAI_BATCH_FILE) the pages' data layer (src/lib/data.ts) validates,
 * audits and parses nothing. Counted on the shipped content by wrapping the validators, the audit and the
 * narrative parser: re-adding a second pass anywhere behind data.ts makes this fail.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';

const calls = vi.hoisted(() => ({ validate: 0, audit: 0, parse: 0 }));

vi.mock('../../src/core/validate.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/core/validate.ts')>();
	return {
		...real,
		parseUnit: (...a: Parameters<typeof real.parseUnit>) => (calls.validate++, real.parseUnit(...a)),
		parseDisclosure: (...a: Parameters<typeof real.parseDisclosure>) => (calls.validate++, real.parseDisclosure(...a)),
		parseRoster: (...a: Parameters<typeof real.parseRoster>) => (calls.validate++, real.parseRoster(...a)),
	};
});
vi.mock('../../src/core/rules/index.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/core/rules/index.ts')>();
	return { ...real, audit: (...a: Parameters<typeof real.audit>) => (calls.audit++, real.audit(...a)) };
});
vi.mock('../../src/core/mdx-safety.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/core/mdx-safety.ts')>();
	return { ...real, parseNarrativeTree: (source: string) => (calls.parse++, real.parseNarrativeTree(source)) };
});

const { runCheck } = await import('../../scripts/check.ts');
const { buildNarrativeReader, handOff } = await import('../../scripts/build/batch.ts');

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const cache = mkdtempSync(join(tmpdir(), 'gongkai-batch-'));
const narrativeFiles = readdirSync(join(CONTENT, 'disclosures'), { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
const reset = () => Object.assign(calls, { validate: 0, audit: 0, parse: 0 });

let check: ReturnType<typeof runCheck>;
let hand: ReturnType<typeof handOff>;
beforeAll(() => {
	process.env.GONGKAI_CACHE_DIR = cache;
	reset();
	check = runCheck({ root: CONTENT, write: () => {}, readNarrative: buildNarrativeReader(ROOT) });
	hand = handOff(check, ROOT);
}, 180_000);
afterAll(() => {
	delete process.env.GONGKAI_CACHE_DIR;
	delete process.env.GONGKAI_BATCH_FILE;
	rmSync(cache, { recursive: true, force: true });
});

/** Everything a page can ask data.ts for, for every unit-year. */
async function askEverything() {
	const data = await import('../../src/lib/data.ts');
	const unitYears = await data.getUnitYears();
	const findingsOf = await data.getFindingsOf();
	const narratives = await Promise.all(
		unitYears.flatMap(({ disclosure: d }) => [data.getNarrative(d, 'final-accounts'), data.getNarrative(d, 'performance')]),
	);
	return {
		units: await data.getUnits(),
		disclosures: await data.getDisclosures(),
		rosters: await data.getRosters(),
		findings: unitYears.map(({ disclosure }) => findingsOf(disclosure)),
		narratives,
	};
}

test('the check validates and audits every entry and parses each narrative exactly once', () => {
	expect(check.exitCode).toBe(0);
	expect(calls.validate).toBeGreaterThanOrEqual(check.catalogue.units.length + check.catalogue.disclosures.length);
	expect(calls.audit).toBe(check.catalogue.disclosures.length);
	expect(narrativeFiles).toBeGreaterThan(5);
	expect(calls.parse).toBe(narrativeFiles);
});

test('with the hand-off, the pages get the checked batch without validating, auditing or parsing anything', async () => {
	process.env.GONGKAI_BATCH_FILE = hand.env.GONGKAI_BATCH_FILE;
	vi.resetModules();
	reset();
	const asked = await askEverything();
	expect(calls).toEqual({ validate: 0, audit: 0, parse: 0 });
	expect(asked.disclosures).toEqual(check.catalogue.disclosures);
	expect(asked.findings).toEqual(
		asked.disclosures.map((d) => check.report.entries.find((e) => e.unit === d.unit && e.year === d.year)!.findings),
	);
	const shown = asked.narratives.filter((n) => n !== undefined);
	expect(shown.length).toBe(narrativeFiles);
	for (const n of shown) expect(n.blocks.length).toBeGreaterThan(0);
}, 60_000);

test('a rebuild reads every unchanged narrative from the cache: no parse at all', () => {
	reset();
	runCheck({ root: CONTENT, write: () => {}, readNarrative: buildNarrativeReader(ROOT) });
	expect(calls.parse).toBe(0);
	expect(calls.audit).toBe(check.catalogue.disclosures.length);
}, 180_000);

test('without a hand-off (astro dev) data.ts computes the same batch itself', async () => {
	const handed = await askEverything();
	delete process.env.GONGKAI_BATCH_FILE;
	vi.resetModules();
	reset();
	const computed = await askEverything();
	expect(calls.audit).toBe(check.catalogue.disclosures.length);
	expect(computed).toEqual(handed);
}, 180_000);
