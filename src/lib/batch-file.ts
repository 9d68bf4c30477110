/**
 * The hand-off from `npm run build` to Astro: the batch the check computed, in one file whose path is in
 * `GONGKAI_BATCH_FILE`. Without it (`astro dev`, a bare `astro build`) the batch is computed here the same way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { batchOf, type Batch } from '../core/batch.ts';
import { auditedCatalogue } from '../core/catalogue.ts';
import { audit } from '../core/rules/index.ts';
import { buildReport } from '../core/report.ts';
import { formatSchemaError } from '../core/schema/errors.ts';
import { contentRoot, readContentFiles } from './content-files.ts';
import { cachedNarrativeReader } from './narrative-cache.ts';

/** The environment variable naming the hand-off file. */
export const BATCH_FILE_ENV = 'GONGKAI_BATCH_FILE';

// v8.serialize: measured cheaper than JSON for this shape (see docs/batch.md), and it keeps `undefined` as is.
/** Writes the hand-off. */
export function writeBatchFile(path: string, batch: Batch): void {
	writeFileSync(path, serialize(batch));
}

/** Reads the hand-off. */
export function readBatchFile(path: string): Batch {
	return deserialize(readFileSync(path)) as Batch;
}

/** Computes the batch from the content folder, as `npm run check` does; throws on any data error (no partial site). */
export function computeBatch(root = contentRoot()): Batch {
	const catalogue = auditedCatalogue(readContentFiles(root), { read: cachedNarrativeReader(), audit });
	if (catalogue.errors.length) {
		throw new Error(`内容有 ${catalogue.errors.length} 处数据错误，站点未生成：\n${catalogue.errors.map(formatSchemaError).join('\n')}`);
	}
	return batchOf(catalogue, buildReport(catalogue).entries);
}
