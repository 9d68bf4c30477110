/**
 * On-disk cache of read narratives, by content hash: `<cache dir>/narratives/<sha256>.json` holds the rendered
 * blocks (read by the one page that shows them) and `<sha256>.read.json` what the audit reads. A rebuild with
 * an unchanged narrative neither parses nor renders it again. Only safe narratives are cached: an unsafe one is
 * read (and refused, with its file and line) on every build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { readNarrative, type NarrativeRead, type NarrativeReader } from '../core/narrative-read.ts';
import type { NarrativeBlock } from '../core/narrative-render.ts';
import type { NarrativeContext } from '../core/mdx-safety.ts';

/** The build's cache folder (Astro's cacheDir too): `GONGKAI_CACHE_DIR`, else `.astro/` in the project. */
export function cacheRoot(projectRoot = process.cwd()): string {
	return resolve(projectRoot, process.env.GONGKAI_CACHE_DIR ?? '.astro');
}

/** Where the narratives are cached. */
export const narrativeCacheDir = (projectRoot = process.cwd()) => join(cacheRoot(projectRoot), 'narratives');

/** The packages whose output the cache holds: a new version of any of them is a new key. */
const PIPELINE = [
	'remark-parse',
	'remark-mdx',
	'remark-gfm',
	'remark-smartypants',
	'mdast-util-to-hast',
	'hast-util-to-html',
	'github-slugger',
];

let pipeline: string | undefined;
/** Versions of the pipeline's packages and the source of the project's own reading code, hashed once. */
function pipelineStamp(): string {
	if (pipeline) return pipeline;
	const require = createRequire(import.meta.url);
	const h = createHash('sha256');
	for (const name of PIPELINE) {
		try {
			h.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
		} catch {
			h.update(`${name}@?\0`);
		}
	}
	// The project's reading code: a change there (a new statement pattern, a new block shape) must not reuse old entries.
	for (const file of [
		'mdx-safety.ts',
		'safe-url.ts',
		'narrative-read.ts',
		'narrative-render.ts',
		'narrative-audit.ts',
		'sections/plan.ts',
	]) {
		const path = join(import.meta.dirname ?? '', '../core', file);
		h.update(existsSync(path) ? readFileSync(path) : file);
	}
	return (pipeline = h.digest('hex'));
}

/** The key of a narrative: its text, what it may use (that decides whether it is safe) and the pipeline. */
export function narrativeKey(source: string, context: NarrativeContext): string {
	const allowed = `${context.figures === false ? 'no-figures' : 'figures'}\0${context.sectionIds.join('\0')}`;
	return createHash('sha256').update(pipelineStamp()).update(`\0${allowed}\0`).update(source).digest('hex');
}

/** Writes by rename, so a build running beside this one never reads half a file. */
function writeAtomic(path: string, text: string): void {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

/** A reader that keeps what it reads in `dir` and returns it without the blocks (they stay on disk, under `key`). */
export function cachedNarrativeReader(dir = narrativeCacheDir()): NarrativeReader {
	mkdirSync(dir, { recursive: true });
	return (source, file, context) => {
		const key = narrativeKey(source, context);
		const readPath = join(dir, `${key}.read.json`);
		if (existsSync(readPath) && existsSync(join(dir, `${key}.json`))) {
			return { errors: [], read: { ...(JSON.parse(readFileSync(readPath, 'utf8')) as NarrativeRead), key } };
		}
		const result = readNarrative(source, file, context);
		if (!result.read) return result;
		const { blocks, ...read } = result.read;
		writeAtomic(join(dir, `${key}.json`), JSON.stringify(blocks));
		writeAtomic(readPath, JSON.stringify(read));
		return { errors: [], read: { ...read, key } };
	};
}

/** The rendered blocks of a cached narrative. */
export function cachedBlocks(key: string, dir = narrativeCacheDir()): NarrativeBlock[] {
	return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as NarrativeBlock[];
}
