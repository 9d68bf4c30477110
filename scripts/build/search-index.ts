/**
 * Step of `npm run build` after Astro has exited: the full-text search index, one Pagefind index per shard
 * (src/core/search-shards.ts). Each shard is indexed in a worker thread with a Pagefind service of its own,
 * closed when the shard is written; `concurrency` shards at a time (`GONGKAI_SEARCH_CONCURRENCY`, default two:
 * one service keeps about one core busy), so the build's peak memory is the larger of Astro and that many
 * shards, not their sum (issue #13).
 * Only pages that mark their text with `data-pagefind-body` are sent; any Pagefind error stops the build
 * (a site without its search index is not a complete site).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { searchShardPlan } from '../../src/lib/search-shards.ts';
import { footerHash, intact, placeGroups, stampsOf, type Group } from './incremental.ts';
import type { ShardJob } from './search-shard.ts';

/**
 * Indexes the shards in `jobs` in `threads` worker threads (search-shard.ts), each taking the next shard when
 * it is done with one; rejects with the first error (Pagefind's message), and ends the threads either way.
 */
async function indexInThreads(jobs: ShardJob[], threads: number): Promise<void> {
	const queue = [...jobs];
	const workers = Array.from({ length: Math.min(threads, queue.length) }, () => new Worker(new URL('./search-shard.ts', import.meta.url)));
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((done, failed) => {
						const next = () => {
							const job = queue.shift();
							if (job) worker.postMessage(job);
							else done();
						};
						worker.on('message', (answer: { ok: boolean; message?: string }) => (answer.ok ? next() : failed(new Error(answer.message))));
						worker.once('error', failed);
						worker.once('exit', (code) => failed(new Error(`检索索引的工作线程意外退出（退出码 ${code}）`)));
						next();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
}

/** HTML files below `dir`, as paths relative to it (Pagefind's own output left out). */
function htmlFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
		const path = prefix ? `${prefix}/${e.name}` : e.name;
		if (e.isDirectory()) return path === 'pagefind' ? [] : htmlFiles(dir, path);
		return e.name.endsWith('.html') ? [path] : [];
	});
}

export interface ShardReport {
	bundle: string;
	pages: number;
	/** Taken from the previous site: none of its pages changed. */
	reused: boolean;
}

/** What an incremental build knows of the previous site: its folder and its shards. */
export interface PreviousShards {
	site: string;
	shards: Record<string, Group>;
}

/**
 * Indexes the built site in `site` shard by shard, as planned from the catalogue; returns the pages indexed per
 * shard and, for the next incremental build, each shard's key and files (`footer`: this build's content-hash
 * text). A shard whose pages are all as they were (`previous`) is taken from the previous site instead.
 */
export async function writeSearchIndex(
	site: string,
	catalogue: Parameters<typeof searchShardPlan>[0],
	footer: string,
	previous?: PreviousShards,
	concurrency = 1,
): Promise<ShardReport[] & { groups: Record<string, Group> }> {
	const plan = searchShardPlan(catalogue);
	const pages = plan.shards.map((): string[] => []);
	// Pagefind's version is in the code key (package-lock.json): a new version means a full build anyway.
	const keys = plan.shards.map(({ bundle }) => createHash('sha256').update(`${bundle}\0`));
	for (const path of htmlFiles(site).sort()) {
		const html = readFileSync(join(site, path), 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const shard = plan.shardOf(path);
		pages[shard]!.push(path);
		// Pagefind reads only the main text: a page whose only change is the content hash in its footer indexes the same.
		keys[shard]!.update(`${path}\0`).update(html.split(footer).join(footerHash('')));
	}
	const key = keys.map((h) => h.digest('hex'));
	const reports: ShardReport[] = plan.shards.map(({ bundle }, i) => ({ bundle, pages: pages[i]!.length, reused: false }));
	const jobs: ShardJob[] = [];
	for (const [i, { bundle }] of plan.shards.entries()) {
		const before = previous?.shards[bundle];
		if (previous && intact(previous.site, before, key[i]!)) {
			placeGroups(previous.site, site, [before]);
			reports[i]!.reused = true;
		} else jobs.push({ site, bundle, pages: pages[i]!, primary: i === 0 });
	}
	// `concurrency` shards at a time, each with its own Pagefind service.
	await indexInThreads(jobs, concurrency);
	// Each file belongs to the innermost bundle it is in (`pagefind/2024/…` is not the primary's).
	const files = plan.shards.map((): string[] => []);
	const bundles = plan.shards.map((s) => s.bundle);
	for (const path of allFiles(site, 'pagefind')) {
		const owner = bundles.reduce((best, b, i) => (path.startsWith(b) && b.length > bundles[best]!.length ? i : best), 0);
		files[owner]!.push(path);
	}
	const groups = Object.fromEntries(plan.shards.map(({ bundle }, i) => [bundle, { key: key[i]!, files: stampsOf(site, files[i]!) }]));
	return Object.assign(reports, { groups });
}

function allFiles(dir: string, prefix: string): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? allFiles(dir, `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
	);
}
