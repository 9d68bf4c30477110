/**
 * One search shard, written by Pagefind's own command line (`pagefind --site … --output-path …`) over a folder
 * holding only the shard's pages (hard links into the built site, at the same paths, so every URL is the site's).
 * The command line reads and indexes the pages on every core and writes the bundle; measured on 700 pages of
 * 350 unit-years: 17 s and 2.4 GB, where the Node API's service (one page at a time through `addHTMLFile`, then
 * `writeFiles`) took 33 s, and two services at once 53 s for two shards (issue #13). One shard at a time, so the
 * indexer's memory is one shard's.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSharedRuntimeFile } from '../../src/core/search-shards.ts';

export interface ShardJob {
	site: string;
	bundle: string;
	/** HTML files of the shard, relative to `site`. */
	pages: string[];
	/** The primary bundle keeps Pagefind's scripts; a merged shard runs on the primary's and drops its own copy. */
	primary: boolean;
}

/** The Pagefind binary the npm package installed, found the way its own Node API finds it (and with its overrides). */
async function pagefindBinary(): Promise<string> {
	const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
		resolveBinaryPath(names: string[]): string;
	};
	return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Pagefind processes still running. */
const running = new Set<ReturnType<typeof spawn>>();

/** Ends the Pagefind processes still running: a build that stops (an error, Ctrl-C) calls it before it removes its folders. */
export function stopIndexing(): void {
	for (const pagefind of running) pagefind.kill('SIGKILL');
}
process.on('exit', stopIndexing);

/** Links (or, across file systems, copies) the shard's pages into `dir` at the same paths. */
function placePages(site: string, pages: string[], dir: string): void {
	for (const path of pages) {
		const to = join(dir, path);
		mkdirSync(dirname(to), { recursive: true });
		try {
			linkSync(join(site, path), to);
		} catch {
			copyFileSync(join(site, path), to);
		}
	}
}

/** Writes the shard's bundle into `site`; rejects with Pagefind's own output when it fails. */
export async function indexShard({ site, bundle, pages, primary }: ShardJob): Promise<void> {
	// Inside the site being built: removed with it if the build stops.
	const pagesDir = mkdtempSync(join(site, '.search-pages-'));
	try {
		placePages(site, pages, pagesDir);
		const output = join(site, bundle);
		const pagefind = spawn(await pagefindBinary(), ['--site', pagesDir, '--output-path', output, '--quiet'], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		running.add(pagefind);
		let said = '';
		const keep = (chunk: Buffer) => (said = (said + chunk.toString()).slice(-4000));
		pagefind.stdout.on('data', keep);
		pagefind.stderr.on('data', keep);
		const code = await new Promise<number | null>((done, failed) => {
			pagefind.once('error', failed);
			pagefind.once('close', (exit) => done(exit));
		}).finally(() => running.delete(pagefind));
		if (code !== 0) throw new Error(`Pagefind 写入失败（${bundle}，退出码 ${code}）：${said.trim()}`);
		if (!primary) for (const name of readdirSync(output)) if (isSharedRuntimeFile(name)) rmSync(join(output, name));
	} finally {
		rmSync(pagesDir, { recursive: true, force: true });
	}
}
