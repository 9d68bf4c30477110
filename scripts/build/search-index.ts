/**
 * Step of `npm run build` after Astro has exited: the full-text search index, one Pagefind index per shard
 * (src/core/search-shards.ts). Each shard gets a Pagefind service of its own that is closed before the next
 * starts, so the build's peak memory is the larger of Astro and one shard, not their sum (issue #13).
 * Only pages that mark their text with `data-pagefind-body` are sent; any Pagefind error stops the build
 * (a site without its search index is not a complete site).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Catalogue } from '../../src/core/catalogue.ts';
import { isSharedRuntimeFile } from '../../src/core/search-shards.ts';
import { searchShardPlan } from '../../src/lib/search-shards.ts';

/** Pages sent to Pagefind at once: enough to keep its service busy, few enough not to hold the site in memory. */
const IN_FLIGHT = 16;

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
}

/** Indexes the built site in `site` shard by shard, as planned from the catalogue; returns the pages indexed per shard. */
export async function writeSearchIndex(site: string, catalogue: Pick<Catalogue, 'units' | 'disclosures'>): Promise<ShardReport[]> {
	const plan = searchShardPlan(catalogue);
	const pages = plan.shards.map((): string[] => []);
	for (const path of htmlFiles(site).sort()) {
		if (readFileSync(join(site, path), 'utf8').includes('data-pagefind-body')) pages[plan.shardOf(path)]!.push(path);
	}
	const reports: ShardReport[] = [];
	for (const [i, { bundle }] of plan.shards.entries()) {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
		try {
			const queue = [...pages[i]!];
			const worker = async () => {
				for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
					const added = await index.addHTMLFile({ sourcePath: path, content: readFileSync(join(site, path), 'utf8') });
					if (added.errors.length) throw new Error(`Pagefind 无法索引 ${path}：${added.errors.join('；')}`);
				}
			};
			await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
			const written = await index.writeFiles({ outputPath: join(site, bundle) });
			if (written.errors.length) throw new Error(`Pagefind 写入失败（${bundle}）：${written.errors.join('；')}`);
			// A merged shard runs on the primary bundle's code: its own copy would be dead weight in every shard.
			if (i > 0) for (const name of readdirSync(join(site, bundle))) if (isSharedRuntimeFile(name)) rmSync(join(site, bundle, name));
			reports.push({ bundle, pages: pages[i]!.length });
		} finally {
			// Ends the service process, so its memory is returned before the next shard starts.
			await pagefind.close();
		}
	}
	return reports;
}
