/**
 * On-disk cache of the check's per-unit-year work, the way narrative-cache.ts keeps the narratives: for each
 * unit-year folder, `<cache dir>/check/<hash of the code key and the folder path>.v8` holds its parsed and validated entry (or its
 * schema errors) and its audit findings, under the key of everything they are made from. An unchanged unit-year
 * is neither parsed (YAML), validated (zod) nor audited again. What reads other entries (references to units,
 * rosters, narratives without a folder) is not cached: auditedCatalogue runs it on the whole batch.
 *
 * The key of a folder hashes the code key (every source file, the lockfile, Node, the settings), the folder's
 * path and the path and text of every file of it that the check reads: index.yaml, final-accounts.yaml,
 * performance.yaml, the narratives (the audit reads them) and the other files (the source text, for 录入核对).
 * The findings also depend on the entry's unit (单位性质): their key adds the unit as validated. A record whose
 * key differs, that does not deserialize, or is not a record of this format is ignored and written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ContentFiles, DisclosureParser } from '../core/catalogue.ts';
import type { Auditor } from '../core/report.ts';
import { audit } from '../core/rules/index.ts';
import type { Finding } from '../core/rules/types.ts';
import type { Disclosure } from '../core/schema/disclosure.ts';
import { parseDisclosure, type Result } from '../core/validate.ts';
import { cacheRoot, markUsed, unusedLong } from './cache-folder.ts';

/** Where the check's records are kept. */
export const checkCacheDir = (projectRoot = process.cwd()) => join(cacheRoot(projectRoot), 'check');

/** Names this record layout: a record of another layout is not read. */
const FORMAT = 'gongkai-check-cache-1';

interface CheckRecord {
	format: typeof FORMAT;
	/** The folder's key: code, folder path, every file the check reads from it. */
	key: string;
	parsed: Result<Disclosure>;
	/** Findings of the valid entry, under the folder's key plus its unit. */
	findings?: { key: string; list: Finding[] };
}

export interface CheckCache {
	/** parseDisclosure, answered from the cache when the folder is unchanged. */
	parse: DisclosureParser;
	/** audit, answered from the cache when the folder and its unit are unchanged. */
	audit: Auditor;
	/**
	 * Writes what changed and, when the cache was opened with `prune`, deletes the records of folders that are no
	 * longer in the content (a unit-year removed or renamed, or records of another version of the code) once no
	 * check has read them for a day (`UNUSED_ENTRY_MS`), so a build of other code or content sharing the cache
	 * folder keeps its own; returns how many unit-years were reused whole (entry and findings), how many not, and
	 * how many records were deleted.
	 */
	save(): { reused: number; checked: number; pruned: number };
}

const sha = (...parts: (string | Uint8Array)[]) => {
	const h = createHash('sha256');
	// Each part with its length: no two different lists of parts hash alike.
	for (const p of parts) h.update(`${p.length}:`).update(p);
	return h.digest('hex');
};

/** The record or undefined: a missing, corrupt or foreign file is a miss, never trusted. */
function readRecord(path: string): CheckRecord | undefined {
	let value: unknown;
	try {
		value = deserialize(readFileSync(path));
	} catch {
		return undefined;
	}
	const r = value as Partial<CheckRecord> | null;
	if (!r || typeof r !== 'object' || r.format !== FORMAT || typeof r.key !== 'string') return undefined;
	const p = r.parsed as Partial<Result<Disclosure>> | undefined;
	if (!p || typeof p !== 'object' || !Array.isArray(p.errors)) return undefined;
	if (p.ok === true ? !p.data || typeof p.data !== 'object' : p.ok !== false) return undefined;
	if (r.findings !== undefined && (typeof r.findings?.key !== 'string' || !Array.isArray(r.findings.list))) return undefined;
	return r as CheckRecord;
}

/** Writes by rename, so a check running beside this one never reads half a record. */
function writeAtomic(path: string, data: Uint8Array): void {
	const tmp = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(tmp, data);
		renameSync(tmp, path);
	} catch {
		// A cache that cannot be written only means the next check does the work again.
		rmSync(tmp, { force: true });
	}
}

/**
 * A folder's record file. Named by the code key too, so a record of other code is not even found: after an update
 * of gongkai every folder is missing its record (`foldersWithoutRecord`) and the check's work can be shared out.
 */
const recordPath = (dir: string, code: string, folder: string) => join(dir, `${sha(code, folder).slice(0, 32)}.v8`);

/**
 * The unit-year folders of `files` that have no record in `dir` for this code (all of them when `fresh`): the
 * work of a check, told apart without reading a file. A folder whose record is there but was made from other
 * texts (an edited entry) is not counted: that is the small work of an incremental check.
 */
export function foldersWithoutRecord(files: ContentFiles, code: string, dir = checkCacheDir(), fresh = false): string[] {
	return files.disclosures.map((f) => f.dir).filter((folder) => fresh || !existsSync(recordPath(dir, code, folder)));
}

/**
 * The key of every unit-year folder of `files` and the folder of each entry by `<unit>/<year>`. Each folder's
 * texts are hashed and dropped before the next folder's are read: with lazy files (readContentFiles' `lazy`) the
 * batch's text is never in memory at once. A function of its own, so nothing it reads lives in openCheckCache's
 * closures (V8 gives all closures of a scope one context).
 */
function folderKeys(files: ContentFiles, code: string) {
	const narratives = Map.groupBy(files.narratives, (n) => n.dir);
	const extras = Map.groupBy(files.extras, (e) => e.dir);
	const keys = new Map<string, string>();
	/** The folder of an entry by `<unit>/<year>`, as the catalogue names it. */
	const folderOfEntry = new Map<string, string>();
	for (const f of files.disclosures) {
		const parts = [FORMAT, code, f.dir, 'index', f.index.path, f.index.text];
		if (f.finalAccounts) parts.push('final-accounts', f.finalAccounts.path, f.finalAccounts.text);
		if (f.performance) parts.push('performance', f.performance.path, f.performance.text);
		for (const n of narratives.get(f.dir) ?? []) parts.push(`narrative:${n.document}`, n.path, n.text);
		for (const e of extras.get(f.dir) ?? []) {
			const text = e.text;
			parts.push(`extra:${e.name}`, e.path ?? '', text === undefined ? '\0binary' : `\0${text}`);
		}
		keys.set(f.dir, sha(...parts));
		folderOfEntry.set(f.dir.split('/').slice(-2).join('/'), f.dir);
	}
	return { keys, folderOfEntry, unitYears: files.disclosures.length };
}

/**
 * The cache for one check of `files`: keys are computed here, once, from the files as read (whole-batch maps
 * built once); `code` is the code key (scripts/build/incremental.ts `codeKey`). `fresh` reads no record (a full
 * build) but still writes them for the next check. `prune`: `files` is the whole content (not a selection of
 * folders), so a record of any other folder is stale and deleted by save() once a day unused.
 */
export function openCheckCache(
	files: ContentFiles,
	code: string,
	dir = checkCacheDir(),
	options: { fresh?: boolean; prune?: boolean } = {},
): CheckCache {
	const { keys, folderOfEntry, unitYears } = folderKeys(files, code);

	const records = new Map<string, CheckRecord | undefined>();
	const changed = new Set<string>();
	let reused = 0;
	const pathOf = (folder: string) => recordPath(dir, code, folder);
	/** The folder's record if it is this folder's as it is now. */
	const current = (folder: string, key: string) => {
		if (!records.has(folder)) {
			const record = options.fresh ? undefined : readRecord(pathOf(folder));
			// Marks it used (see save): another check's prune keeps it for a day.
			if (record) markUsed(pathOf(folder));
			records.set(folder, record);
		}
		const r = records.get(folder);
		return r?.key === key ? r : undefined;
	};

	const parse: DisclosureParser = (folder) => {
		const key = keys.get(folder.dir);
		// A folder this cache was not opened with (never in a check): no key, no cache.
		if (key === undefined) return parseDisclosure(folder);
		const hit = current(folder.dir, key);
		if (hit) return hit.parsed;
		const parsed = parseDisclosure(folder);
		records.set(folder.dir, { format: FORMAT, key, parsed });
		changed.add(folder.dir);
		return parsed;
	};

	const auditCached: Auditor = (d, context) => {
		const folder = folderOfEntry.get(`${d.unit}/${d.year}`);
		const key = folder === undefined ? undefined : keys.get(folder);
		const record = folder === undefined || key === undefined ? undefined : current(folder, key);
		// Only an entry this cache parsed (or read) has a record to keep its findings in.
		if (!record?.parsed.ok) return audit(d, context);
		// JSON, not v8: the same unit read again must give the same key, however V8 holds its strings.
		const findingsKey = sha(key!, JSON.stringify(context.unit ?? null));
		if (record.findings?.key === findingsKey) {
			reused++;
			return record.findings.list;
		}
		const list = audit(d, context);
		record.findings = { key: findingsKey, list };
		changed.add(folder!);
		return list;
	};

	return {
		parse,
		audit: auditCached,
		save() {
			if (changed.size) mkdirSync(dir, { recursive: true });
			for (const folder of changed) writeAtomic(pathOf(folder), serialize(records.get(folder)));
			const checked = unitYears - reused;
			changed.clear();
			let pruned = 0;
			if (options.prune) {
				const live = new Set([...keys.keys()].map((folder) => pathOf(folder)));
				const now = Date.now();
				let names: string[] = [];
				try {
					names = readdirSync(dir);
				} catch {
					// No cache folder: nothing to prune.
				}
				for (const name of names) {
					// Only this cache's own records: a `.tmp` may be a record another check is writing right now.
					if (!name.endsWith('.v8') || live.has(join(dir, name)) || !unusedLong(join(dir, name), now)) continue;
					rmSync(join(dir, name), { force: true });
					pruned++;
				}
			}
			return { reused, checked, pruned };
		},
	};
}
