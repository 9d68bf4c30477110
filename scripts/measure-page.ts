/**
 * Measures what one page costs a reader, in real Chromium: bytes transferred on load (before any figure
 * is scrolled into view) and JavaScript loaded once every figure is drawn. Used by `npm run bench`;
 * also runs alone: `node scripts/measure-page.ts <siteDir> <base> <pagePath>`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { Response } from 'playwright-core';
import { launchChromium, scrollAsAReader } from './chromium.ts';

export interface PageMeasure {
	page: string;
	/** Everything transferred by the time the page is loaded and idle, no figure scrolled into view. */
	initialBytes: number;
	initialJsBytes: number;
	/** JavaScript transferred once every figure on the page is drawn. */
	jsBytesAllDrawn: number;
	totalBytesAllDrawn: number;
	figures: number;
	drawn: number;
	/** Each response: path and body bytes, in order. */
	responses: { url: string; bytes: number; phase: 'initial' | 'figures' }[];
}

async function serve(siteDir: string, base: string): Promise<{ server: Server; origin: string }> {
	const files = sirv(siteDir, { dev: true, etag: false });
	const server = createServer((req, res) => {
		if (!req.url?.startsWith(base)) {
			res.statusCode = 404;
			return res.end();
		}
		req.url = '/' + req.url.slice(base.length);
		files(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

const isJs = (r: Response) => /javascript/.test(r.headers()['content-type'] ?? '') || /\.m?js(\?|$)/.test(r.url());

/** Loads `pagePath` (below `base`) from the built site in `siteDir` and counts bytes in two phases. */
export async function measurePage(siteDir: string, base: string, pagePath: string): Promise<PageMeasure> {
	const { server, origin } = await serve(siteDir, base);
	const profile = mkdtempSync(join(tmpdir(), 'gongkai-measure-'));
	const context = await launchChromium(profile, {
		viewport: { width: 390, height: 844 },
	});
	try {
		const page = await context.newPage();
		const responses: PageMeasure['responses'] = [];
		let phase: 'initial' | 'figures' = 'initial';
		const pending: Promise<void>[] = [];
		const jsUrls = new Set<string>();
		page.on('response', (r) => {
			const at = phase;
			pending.push(
				r
					.body()
					.then(
						(b) => void responses.push({ url: r.url().replace(origin, ''), bytes: b.length, phase: at }),
						() => undefined,
					)
					.then(() => {
						if (isJs(r)) jsUrls.add(r.url().replace(origin, ''));
					}),
			);
		});
		await page.goto(`${origin}${base}${pagePath}`, { waitUntil: 'networkidle' });
		await Promise.all(pending);
		phase = 'figures';
		const figures = await page.locator('figure[data-figure-chart]').count();
		for (let i = 0; i < figures; i += 1) {
			const figure = page.locator('figure[data-figure-chart]').nth(i);
			await scrollAsAReader(figure);
			await page.waitForFunction(
				(el) => el?.getAttribute('data-state') === 'drawn' || el?.getAttribute('data-state') === 'failed',
				await figure.elementHandle(),
				{ timeout: 15_000 },
			);
		}
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		const drawn = await page.locator('figure[data-state="drawn"]').count();
		const sum = (xs: typeof responses) => xs.reduce((a, r) => a + r.bytes, 0);
		const initial = responses.filter((r) => r.phase === 'initial');
		const js = responses.filter((r) => jsUrls.has(r.url));
		return {
			page: pagePath,
			initialBytes: sum(initial),
			initialJsBytes: sum(initial.filter((r) => jsUrls.has(r.url))),
			jsBytesAllDrawn: sum(js),
			totalBytesAllDrawn: sum(responses),
			figures,
			drawn,
			responses,
		};
	} finally {
		await context.close();
		await new Promise((ok) => server.close(ok));
		rmSync(profile, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [siteDir = 'dist', base = '/', pagePath = 'units/wutongqiao-shebao/2024/'] = process.argv.slice(2);
	const m = await measurePage(siteDir, base, pagePath);
	process.stdout.write(JSON.stringify(m, null, 2) + '\n');
}
