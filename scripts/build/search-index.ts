/**
 * Step of `npm run build` after Astro has exited: the full-text search index, one Pagefind index per shard
 * (src/core/search-shards.ts). Each shard gets a Pagefind service of its own that is closed before the next
 * starts, so the build's peak memory is the larger of Astro and one shard, not their sum (issue #13).
 * Only pages that mark their text with `data-pagefind-body` are sent; any Pagefind error stops the build
 * (a site without its search index is not a complete site).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { isSharedRuntimeFile } from '../../src/core/search-shards.ts';
import { searchShardPlan } from '../../src/lib/search-shards.ts';
import { footerHash, intact, placeGroups, stampsOf, type Group } from './incremental.ts';

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
	const reports: ShardReport[] = [];
	const key = keys.map((h) => h.digest('hex'));
	for (const [i, { bundle }] of plan.shards.entries()) {
		const before = previous?.shards[bundle];
		if (previous && intact(previous.site, before, key[i]!)) {
			placeGroups(previous.site, site, [before]);
			reports.push({ bundle, pages: pages[i]!.length, reused: true });
			continue;
		}
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
			reports.push({ bundle, pages: pages[i]!.length, reused: false });
		} finally {
			// Ends the service process, so its memory is returned before the next shard starts.
			await pagefind.close();
		}
	}
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
