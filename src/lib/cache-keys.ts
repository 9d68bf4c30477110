/**
 * The keys of Astro's incremental build (`experimental.incrementalBuild`): `npm run build` computes, for each
 * unit-year and each unit, a key of everything its pages are made from (scripts/build/incremental.ts) and hands
 * them over in a small JSON file whose path is in `GONGKAI_CACHE_KEYS_FILE`. The `getStaticPaths` of
 * `src/pages/units/**` return them as `cacheKey`: Astro reuses a page whose key and code did not change.
 * Without the file (`astro dev`, a bare `astro build`) there are no keys and every page is rendered.
 */
import { readFileSync } from 'node:fs';

/** The environment variable naming the file. */
export const CACHE_KEYS_FILE_ENV = 'GONGKAI_CACHE_KEYS_FILE';

export interface CacheKeys {
	/** Key by unit-year folder (`<unit>/<year>`). */
	unitYears: Record<string, string>;
	/** Key by unit id (its page `/units/<unit>/`). */
	units: Record<string, string>;
}

let read: CacheKeys | null | undefined;

/** The keys of this build, if any. */
export function readCacheKeys(env: NodeJS.ProcessEnv = process.env): CacheKeys | undefined {
	if (read === undefined)
		read = env[CACHE_KEYS_FILE_ENV] ? (JSON.parse(readFileSync(env[CACHE_KEYS_FILE_ENV], 'utf8')) as CacheKeys) : null;
	return read ?? undefined;
}
