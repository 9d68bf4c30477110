/**
 * On-disk cache of read narratives, by content hash: `<cache dir>/narratives/<sha256>.json` holds the rendered
 * blocks (read by the one page that shows them) and `<sha256>.read.json` what the audit reads. A rebuild with
 * an unchanged narrative neither parses nor renders it again. Only safe narratives are cached: an unsafe one is
 * read (and refused, with its file and line) on every build.
 *
 * A check of the whole content prunes the cache (`prune`): the narratives it did not read and no one has used
 * for a day go. Every read marks its entry as used (its time), so a build of other content sharing the cache
 * folder keeps what it has read until its pages are written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheRoot, markUsed, unusedLong } from './cache-folder.ts';
import { readNarrative, type NarrativeRead, type NarrativeReader } from '../core/narrative-read.ts';
import type { NarrativeBlock } from '../core/narrative-render.ts';
import type { NarrativeContext } from '../core/mdx-safety.ts';

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

/** A narrative reader over the disk cache. */
export interface CachedNarrativeReader extends NarrativeReader {
	/**
	 * Deletes the entries this reader did not read that are unused for `UNUSED_ENTRY_MS` (cache-folder.ts); returns how many
	 * narratives went. Only after reading the whole content: what a selection did not read is still in use.
	 */
	prune(now?: number): number;
}

/** A reader that keeps what it reads in `dir` and returns it without the blocks (they stay on disk, under `key`). */
export function cachedNarrativeReader(dir = narrativeCacheDir()): CachedNarrativeReader {
	mkdirSync(dir, { recursive: true });
	const used = new Set<string>();
	const read: NarrativeReader = (source, file, context) => {
		const key = narrativeKey(source, context);
		const readPath = join(dir, `${key}.read.json`);
		const blocksPath = join(dir, `${key}.json`);
		// Marked used (see prune) before it is read, so a prune running beside this check keeps it.
		if (existsSync(readPath) && markUsed(blocksPath)) {
			try {
				const cached = JSON.parse(readFileSync(readPath, 'utf8')) as NarrativeRead;
				used.add(key);
				return { errors: [], read: { ...cached, key } };
			} catch {
				// Pruned by another check in between: read and store it anew.
			}
		}
		const result = readNarrative(source, file, context);
		if (!result.read) return result;
		const { blocks, ...rest } = result.read;
		writeAtomic(blocksPath, JSON.stringify(blocks));
		writeAtomic(readPath, JSON.stringify(rest));
		used.add(key);
		return { errors: [], read: { ...rest, key } };
	};
	const prune = (now = Date.now()) => {
		let pruned = 0;
		for (const name of readdirSync(dir)) {
			// Only this cache's own entries: a `.tmp` may be an entry another build is writing right now.
			const m = /^([0-9a-f]{64})\.json$/.exec(name);
			if (!m || used.has(m[1]) || !unusedLong(join(dir, name), now)) continue;
			rmSync(join(dir, `${m[1]}.read.json`), { force: true });
			rmSync(join(dir, name), { force: true });
			pruned++;
		}
		return pruned;
	};
	return Object.assign(read, { prune });
}

/** The rendered blocks of a cached narrative. */
export function cachedBlocks(key: string, dir = narrativeCacheDir()): NarrativeBlock[] {
	return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as NarrativeBlock[];
}
