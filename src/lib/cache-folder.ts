/**
 * The build's cache folder and the life of the entries kept in it (the narratives, narrative-cache.ts; the check's
 * records, check-cache.ts): every read marks its entry used, and a prune deletes only what no check has used for
 * `UNUSED_ENTRY_MS`, so builds sharing the folder keep what each has read.
 */
import { statSync, utimesSync } from 'node:fs';
import { resolve } from 'node:path';

/** The build's cache folder (Astro's cacheDir too): `GONGKAI_CACHE_DIR`, else `.astro/` in the project. */
export function cacheRoot(projectRoot = process.cwd()): string {
	return resolve(projectRoot, process.env.GONGKAI_CACHE_DIR ?? '.astro');
}

/**
 * How long an entry of a cache (narratives, the check's records) that no check has read stays: longer than any
 * build takes from its check to its pages, so a build sharing the cache folder keeps what it read.
 */
export const UNUSED_ENTRY_MS = 24 * 60 * 60 * 1000;

/** Marks a cache entry used now: it stays at least `UNUSED_ENTRY_MS` more. False when it is gone (pruned by another check). */
export function markUsed(path: string): boolean {
	const now = new Date();
	try {
		utimesSync(path, now, now);
		return true;
	} catch {
		return false;
	}
}

/** Whether the cache entry at `path` has been unused for `UNUSED_ENTRY_MS` at `now`; false when it is gone already. */
export function unusedLong(path: string, now: number): boolean {
	try {
		return now - statSync(path).mtimeMs >= UNUSED_ENTRY_MS;
	} catch {
		return false; // Pruned by another check just now.
	}
}
