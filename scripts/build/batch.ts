/**
 * The build's hand-off to Astro: the batch `check` validated and audited (with each narrative read once and
 * its rendered blocks cached on disk by content hash), written once to a file in the build's cache folder.
 * Astro's pages read it through src/lib/data.ts instead of validating, auditing and parsing again.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { batchOf, type Batch } from '../../src/core/batch.ts';
import type { AuditedCatalogue } from '../../src/core/catalogue.ts';
import type { CheckReport } from '../../src/core/report.ts';
import { BATCH_FILE_ENV, writeBatchFile } from '../../src/lib/batch-file.ts';
import { cacheRoot } from '../../src/lib/cache-folder.ts';
import { cachedNarrativeReader, narrativeCacheDir } from '../../src/lib/narrative-cache.ts';

/** The narrative reader the build's check uses: it leaves every rendered narrative in the cache for Astro. */
export const buildNarrativeReader = (root = process.cwd()) => cachedNarrativeReader(narrativeCacheDir(root));

/** Writes the hand-off; returns the environment that points Astro at it, the batch, and a function that removes it. */
export function handOff(
	check: { catalogue: AuditedCatalogue; report: CheckReport },
	root = process.cwd(),
): { env: NodeJS.ProcessEnv; batch: Batch; remove(): void } {
	// One file per build process: two builds of different output folders may share the cache folder.
	mkdirSync(cacheRoot(root), { recursive: true });
	const path = join(cacheRoot(root), `batch-${process.pid}.v8`);
	const batch = batchOf(check.catalogue, check.report.entries);
	writeBatchFile(path, batch);
	return { env: { [BATCH_FILE_ENV]: path }, batch, remove: () => rmSync(path, { force: true }) };
}
