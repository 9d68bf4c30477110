/**
 * Search shards, indexed in a worker thread of `writeSearchIndex` (search-index.ts): the worker has its own copy
 * of Pagefind's Node module and so its own Pagefind service, and two of them index two shards on two cores.
 * Each shard gets a new service, closed before the worker answers, so its memory is returned with the shard.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { isSharedRuntimeFile } from '../../src/core/search-shards.ts';

export interface ShardJob {
	site: string;
	bundle: string;
	/** HTML files of the shard, relative to `site`. */
	pages: string[];
	/** The primary bundle keeps Pagefind's scripts; a merged shard runs on the primary's and drops its own copy. */
	primary: boolean;
}

/** Pages sent to Pagefind at once: enough to keep its service busy, few enough not to hold the site in memory. */
const IN_FLIGHT = 16;

async function indexShard({ site, bundle, pages, primary }: ShardJob): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
	try {
		const queue = [...pages];
		const worker = async () => {
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				const added = await index.addHTMLFile({ sourcePath: path, content: readFileSync(join(site, path), 'utf8') });
				if (added.errors.length) throw new Error(`Pagefind 无法索引 ${path}：${added.errors.join('；')}`);
			}
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
		const written = await index.writeFiles({ outputPath: join(site, bundle) });
		if (written.errors.length) throw new Error(`Pagefind 写入失败（${bundle}）：${written.errors.join('；')}`);
		if (!primary) for (const name of readdirSync(join(site, bundle))) if (isSharedRuntimeFile(name)) rmSync(join(site, bundle, name));
	} finally {
		// Ends the service process, so its memory is returned before the worker takes the next shard.
		await pagefind.close();
	}
}

// The worker takes shards one after another until its parent ends it. Staying alive between shards lets it
// collect each closed service's exit (a worker that ended at once would leave the process a zombie until the build ends).
parentPort?.on('message', (job: ShardJob) =>
	indexShard(job).then(
		() => parentPort!.postMessage({ ok: true }),
		(error: Error) => parentPort!.postMessage({ ok: false, message: error.message }),
	),
);
