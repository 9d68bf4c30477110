/**
 * What an incremental build takes from the previous site instead of asking Astro to render it
 * (scripts/build/incremental.ts): a small JSON file whose path is in `GONGKAI_REUSE_FILE`. Without it (a full
 * build, `astro dev`) every page is rendered.
 */
import { readFileSync } from 'node:fs';

/** The environment variable naming the file. */
export const REUSE_FILE_ENV = 'GONGKAI_REUSE_FILE';

export interface Reuse {
	/** Unit-year folders (`<unit>/<year>`) whose pages are reused. */
	unitYears: string[];
	/** Units whose page (`/units/<unit>/`) is reused. */
	units: string[];
	/** The reused pages as paths below the site root (`units/x/2024/`), for the sitemap. */
	pages: string[];
}

let read: Reuse | null | undefined;

/** The reuse note of this build, if any. */
export function readReuse(env: NodeJS.ProcessEnv = process.env): Reuse | undefined {
	if (read === undefined) read = env[REUSE_FILE_ENV] ? (JSON.parse(readFileSync(env[REUSE_FILE_ENV], 'utf8')) as Reuse) : null;
	return read ?? undefined;
}
