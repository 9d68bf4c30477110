/**
 * Search cost for `npm run bench`: the Pagefind index size on disk, and the bytes a reader's first search
 * downloads (real Chromium via playwright-core, the built site served on 127.0.0.1 under its base, every
 * response counted from opening /search/?q=… until the results are shown).
 * Standalone: `node scripts/measure-search.ts <siteDir> [base] [query]`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { launchChromium } from './chromium.ts';

export interface SearchMeasurement {
	query: string;
	/** Bytes of `pagefind/` on disk, in total and by kind. */
	index: { totalBytes: number; files: number; byKind: Record<string, number> };
	/** Bytes downloaded by the first search: everything, and the part under /pagefind/. */
	firstSearch: { totalBytes: number; pagefindBytes: number; requests: number; results: number; byKind: Record<string, number> };
}

/** What a Pagefind file is: the script and styles, the wasm, the index chunks, the result fragments… */
function kindOf(name: string): string {
	if (name.endsWith('.pf_index')) return 'index';
	if (name.endsWith('.pf_fragment')) return 'fragment';
	if (name.endsWith('.pf_filter')) return 'filter';
	if (name.endsWith('.pf_meta')) return 'meta';
	if (name.includes('wasm')) return 'wasm';
	if (name.endsWith('.js')) return 'js';
	if (name.endsWith('.css')) return 'css';
	return 'other';
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const add = (to: Record<string, number>, key: string, n: number) => void (to[key] = (to[key] ?? 0) + n);

/** Measures the index of a built site and one first search on it. */
export async function measureSearch(siteDir: string, base = '/', query = '社会保险'): Promise<SearchMeasurement> {
	const index = { totalBytes: 0, files: 0, byKind: {} as Record<string, number> };
	for (const file of walk(join(siteDir, 'pagefind'))) {
		const size = statSync(file).size;
		index.totalBytes += size;
		index.files += 1;
		add(index.byKind, kindOf(file), size);
	}

	const serve = sirv(siteDir, { dev: true, etag: false });
	const server: Server = createServer((req, res) => {
		if (!req.url?.startsWith(base)) return void res.writeHead(404).end();
		req.url = '/' + req.url.slice(base.length);
		serve(req, res, () => void res.writeHead(404).end());
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	const profile = mkdtempSync(join(tmpdir(), 'gongkai-measure-'));
	const context = await launchChromium(profile);
	const firstSearch = { totalBytes: 0, pagefindBytes: 0, requests: 0, results: 0, byKind: {} as Record<string, number> };
	try {
		const page = await context.newPage();
		const pending: Promise<void>[] = [];
		page.on('response', (response) => {
			pending.push(
				response.body().then(
					(body) => {
						const path = new URL(response.url()).pathname;
						firstSearch.totalBytes += body.length;
						firstSearch.requests += 1;
						if (path.startsWith(`${base}pagefind/`)) {
							firstSearch.pagefindBytes += body.length;
							add(firstSearch.byKind, kindOf(path), body.length);
						} else add(firstSearch.byKind, 'page', body.length);
					},
					() => undefined,
				),
			);
		});
		await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
		await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
		await page.waitForLoadState('networkidle');
		firstSearch.results = await page.locator('.pagefind-ui__result').count();
		await Promise.all(pending);
	} finally {
		await context.close();
		await new Promise((ok) => server.close(ok));
		rmSync(profile, { recursive: true, force: true });
	}
	return { query, index, firstSearch };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [siteDir = 'dist', base = '/', query] = process.argv.slice(2);
	const m = await measureSearch(siteDir, base, query);
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
	console.log(`检索索引：${kb(m.index.totalBytes)}（${m.index.files} 个文件）`, m.index.byKind);
	console.log(
		`首次搜索“${m.query}”下载：${kb(m.firstSearch.totalBytes)}，其中 Pagefind ${kb(m.firstSearch.pagefindBytes)}（${m.firstSearch.requests} 个请求，${m.firstSearch.results} 条结果）`,
		m.firstSearch.byKind,
	);
}
