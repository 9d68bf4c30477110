/**
 * Incremental rebuild (issue #13 item 6): a key per unit-year and per unit of everything its output is made from.
 * Astro's incremental build (`experimental.incrementalBuild`) reuses the pages whose key (`cacheKey`) is unchanged;
 * this build reuses the data files and search shards of the previous site the same way. How it stays
 * byte-identical to a full build is in `incremental.md` beside this file.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { folderOf } from '../../src/core/catalogue.ts';
import type { Disclosure } from '../../src/core/schema/disclosure.ts';
import type { Finding } from '../../src/core/rules/index.ts';
import type { Unit } from '../../src/core/schema/unit.ts';
import { t } from '../../src/i18n/format.ts';
import type { Batch } from '../../src/core/batch.ts';
import { getCorrections } from '../../src/lib/corrections.ts';
import { CACHE_KEYS_FILE_ENV } from '../../src/lib/cache-keys.ts';

/** A file of the previous site as it was left there: a reused file must still be exactly that file. */
export interface FileStamp {
	size: number;
	mtimeMs: number;
	ino: number;
}
/** Files of one group (a unit-year, a unit, a search shard) and the key of the inputs they were made from. */
export interface Group {
	key: string;
	files: Record<string, FileStamp>;
}
/** What the previous build left in the cache about the site it put in place. */
export interface BuildState {
	version: 1;
	code: string;
	/** The 16 hex digits of the content hash the previous site's footers print. */
	contentHash: string;
	unitYears: Record<string, Group>;
	shards: Record<string, Group>;
}

const sha = (...parts: (string | Uint8Array)[]) => parts.reduce((h, p) => h.update(p).update('\0'), createHash('sha256')).digest('hex');

/** Project files whose change can change any output: a change to one of them means a full build. */
const CODE = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Environment variables that only say where things are or how fast they are made, not what the site says. */
const WHERE = new Set([
	'GONGKAI_OUT_DIR',
	'GONGKAI_CACHE_DIR',
	'GONGKAI_CONTENT_DIR',
	'GONGKAI_BATCH_FILE',
	CACHE_KEYS_FILE_ENV,
	'GONGKAI_SEARCH_CONCURRENCY',
	'GONGKAI_CHECK_WORKERS',
]);

function walk(dir: string, prefix = ''): string[] {
	if (!existsSync(join(dir, prefix))) return [];
	if (!lstatSync(join(dir, prefix)).isDirectory()) return [prefix];
	return readdirSync(join(dir, prefix))
		.sort()
		.flatMap((name) => walk(dir, prefix ? `${prefix}/${name}` : name));
}

/** The key of the code and configuration: every project source (notes aside), the lockfile, Node's version and the site's settings. */
export function codeKey(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const h = createHash('sha256').update(`gongkai-build-1\0${process.version}\0`);
	for (const [name, value] of Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (name.startsWith('GONGKAI_') && !WHERE.has(name)) h.update(`${name}=${value}\0`);
	}
	for (const top of CODE) {
		// Notes beside the code (`*.md`) change no output.
		for (const rel of walk(root, top).filter((p) => !p.endsWith('.md')))
			h.update(`${rel}\0`)
				.update(readFileSync(join(root, rel)))
				.update('\0');
	}
	return h.digest('hex');
}

/**
 * The inputs as text that depends only on their values: v8's bytes do not (100 is written as an integer or as a
 * double depending on how V8 holds the field, which differs between an entry just validated and the same entry
 * read back from the check's cache, src/lib/check-cache.ts). JSON, with what JSON would lose kept apart.
 */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_, v: unknown) => {
		if (v === undefined) return '\u0000undefined';
		if (typeof v === 'number' && !Number.isFinite(v)) return `\u0000${v}`;
		if (typeof v === 'bigint') return `\u0000${v}n`;
		if (v instanceof Map) return { '\u0000Map': [...v] };
		if (v instanceof Set) return { '\u0000Set': [...v] };
		return v;
	});
}

/**
 * The key of each unit-year and each unit: everything its pages and data files are made from. A unit-year's
 * pages receive its unit, its entry, its findings (which carry what the whole-batch and cross-year rules found
 * about it), its narratives, its corrections (from git) and its folder's files (source text, PDF…: `folders`,
 * src/lib/content-hash.ts); a unit's page its unit and its entries.
 */
export function inputKeys(
	batch: Batch,
	folders: ReadonlyMap<string, string>,
	code: string,
): { unitYears: Map<string, string>; units: Map<string, string> } {
	const unitYears = new Map<string, string>();
	const units = new Map(batch.units.map((u) => [u.id, u]));
	const ofUnit = new Map<string, string[]>();
	for (const d of batch.disclosures) {
		const folder = folderOf(d);
		const inputs = {
			unit: units.get(d.unit) as Unit,
			d: d as Disclosure,
			findings: (batch.findings[folder] ?? []) as Finding[],
			narratives: batch.narratives[folder],
			corrections: getCorrections(d),
		};
		const key = sha(code, folder, canonical(inputs), folders.get(folder) ?? '');
		unitYears.set(folder, key);
		ofUnit.set(d.unit, [...(ofUnit.get(d.unit) ?? []), key]);
	}
	const unitKeys = new Map(batch.units.map((u) => [u.id, sha(code, u.id, canonical(u), ...(ofUnit.get(u.id) ?? []))]));
	return { unitYears, units: unitKeys };
}

/** Where the state of the site in `target` is kept. */
export const statePath = (cacheDir: string, target: string) => join(cacheDir, 'build', `${sha(target).slice(0, 16)}.json`);

export function readState(path: string): BuildState | undefined {
	try {
		const state = JSON.parse(readFileSync(path, 'utf8')) as BuildState;
		return state.version === 1 ? state : undefined;
	} catch {
		return undefined;
	}
}

/** Writes by rename, so a crash never leaves half a state behind. */
export function writeState(path: string, state: BuildState): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(state));
	renameSync(`${path}.${process.pid}.tmp`, path);
}

/** Whether every file of a group is still in `site` exactly as the build left it (same inode, size and time). */
export function intact(site: string, group: Group | undefined, key: string): group is Group {
	if (!group || group.key !== key || !Object.keys(group.files).length) return false;
	return Object.entries(group.files).every(([path, was]) => {
		try {
			const now = lstatSync(join(site, path));
			return now.isFile() && now.size === was.size && now.mtimeMs === was.mtimeMs && now.ino === was.ino;
		} catch {
			return false;
		}
	});
}

export function stampsOf(site: string, paths: readonly string[]): Record<string, FileStamp> {
	return Object.fromEntries(
		paths.map((p) => {
			const s = lstatSync(join(site, p));
			return [p, { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino }];
		}),
	);
}

/** The data files of a unit-year in a built site (`data/<unit>/<year>.*`, `data/<unit>/<year>/…`); its pages are Astro's. */
export function unitYearPaths(site: string, folder: string): string[] {
	const [unit, year] = folder.split('/');
	const data = existsSync(join(site, 'data', unit!)) ? readdirSync(join(site, 'data', unit!)).filter((n) => n.startsWith(`${year}.`)) : [];
	return [...walk(site, `data/${folder}`), ...data.map((n) => `data/${unit}/${n}`)].sort();
}

/** The footer text that names the content hash: the only part of a reused page that follows the rest of the batch. */
export const footerHash = (hash: string) => t('footer.contentHash', { hash });

/**
 * Brings the footer's content hash of every unit and unit-year page up to date: a page Astro reused carries the
 * hash of the build that rendered it. Each page must print exactly one; returns how many pages were changed.
 */
export function refreshFooters(site: string, hash: string): number {
	const [before, after] = footerHash('\u0000').split('\u0000') as [string, string];
	const pattern = new RegExp(`${before}([0-9a-f]{16})${after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
	let changed = 0;
	for (const path of walk(site, 'units')) {
		if (!path.endsWith('.html')) continue;
		const html = readFileSync(join(site, path), 'utf8');
		const found = [...html.matchAll(pattern)];
		if (found.length !== 1) throw new Error(`页面 ${path} 中应有一处内容指纹，实有 ${found.length} 处`);
		if (found[0]![1] === hash) continue;
		writeFileSync(join(site, path), html.replace(pattern, footerHash(hash)));
		changed++;
	}
	return changed;
}

/** Hard-links (else copies) the files of `groups` from the previous site into the staged one. */
export function placeGroups(previous: string, staging: string, groups: Iterable<Group>): number {
	let n = 0;
	for (const group of groups) {
		for (const path of Object.keys(group.files)) {
			mkdirSync(dirname(join(staging, path)), { recursive: true });
			try {
				linkSync(join(previous, path), join(staging, path));
			} catch {
				copyFileSync(join(previous, path), join(staging, path));
			}
			n++;
		}
	}
	return n;
}

/** Writes the keys for Astro's `cacheKey` (src/lib/cache-keys.ts); returns the environment that names the file. */
export function writeCacheKeys(cacheDir: string, plan: Plan): { env: NodeJS.ProcessEnv; remove(): void } {
	mkdirSync(cacheDir, { recursive: true });
	const path = join(cacheDir, `cache-keys-${process.pid}.json`);
	writeFileSync(path, JSON.stringify({ unitYears: Object.fromEntries(plan.keys.unitYears), units: Object.fromEntries(plan.keys.units) }));
	return { env: { [CACHE_KEYS_FILE_ENV]: path }, remove: () => rmSync(path, { force: true }) };
}

/** What this build takes from the previous one, and why it takes nothing when it does. */
export interface Plan {
	statePath: string;
	code: string;
	keys: ReturnType<typeof inputKeys>;
	contentHash: string;
	/** The previous state when it applies to this build (same code and settings, the site still in place). */
	previous?: BuildState;
	/** Why nothing is reused (a full build), in Chinese; undefined when something may be. */
	fullBecause?: string;
	/** Unit-years whose data files are taken from the previous site. */
	unitYears: Map<string, Group>;
}

/**
 * Plans a build of `batch` into `target`: every group of the previous site whose key is unchanged and whose
 * files are still there as they were is reused. The state file is removed here and written again only by a
 * build that completes, so a build that fails or is stopped leaves the next one to start from scratch.
 */
export function planBuild(o: {
	root: string;
	target: string;
	cacheDir: string;
	folders: ReadonlyMap<string, string>;
	contentHash: string;
	batch: Batch;
	full: boolean;
}): Plan {
	const path = statePath(o.cacheDir, o.target);
	const state = readState(path);
	rmSync(path, { force: true });
	const code = codeKey(o.root);
	const keys = inputKeys(o.batch, o.folders, code);
	const plan: Plan = { statePath: path, code, keys, contentHash: o.contentHash, unitYears: new Map() };
	if (o.full) plan.fullBecause = '--full';
	else if (!state) plan.fullBecause = '没有上次构建的记录';
	else if (state.code !== code) plan.fullBecause = '代码、依赖或站点设置有改动';
	if (plan.fullBecause) return plan;
	plan.previous = state;
	for (const [folder, key] of keys.unitYears)
		if (intact(o.target, state!.unitYears[folder], key)) plan.unitYears.set(folder, state!.unitYears[folder]!);
	return plan;
}

/** The state of the site staged in `staging` (call it after the last file is written, before the swap). */
export function stateOf(staging: string, plan: Plan, shards: Record<string, Group>): BuildState {
	const group = (key: string, paths: string[]): Group => ({ key, files: stampsOf(staging, paths) });
	return {
		version: 1,
		code: plan.code,
		contentHash: plan.contentHash,
		unitYears: Object.fromEntries([...plan.keys.unitYears].map(([folder, key]) => [folder, group(key, unitYearPaths(staging, folder))])),
		shards,
	};
}
