/**
 * Real Chromium (Debian's package) driven by playwright-core, on the built site served from localhost
 * under the test sub-path. Start once per test file with `openSite()`; close it in afterAll.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../scripts/chromium.ts';
import { siteBase, siteDir } from './site.ts';

export interface OpenSite {
	context: BrowserContext;
	/** Absolute URL of a path below the site's base, e.g. url('units/x/2024/'). */
	url(path?: string): string;
	close(): Promise<void>;
}

/** Serves the built site on a free loopback port and launches Chromium. */
export async function openSite(
	options: { javaScriptEnabled?: boolean; dir?: string; base?: string; mounts?: Record<string, string> } = {},
): Promise<OpenSite> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`浏览器测试需要 Chromium：未找到 ${CHROMIUM}。请运行 \`apt-get install -y chromium fonts-wqy-microhei\`，或设置 CHROMIUM_PATH。`,
		);
	}
	const base = options.base ?? siteBase();
	// Each sub-path serves a folder (a portal and its shards: `mounts`), the longest matching one first.
	const mounts = Object.entries(options.mounts ?? { [base]: options.dir ?? siteDir() })
		.sort(([a], [b]) => b.length - a.length)
		.map(([prefix, dir]) => ({ prefix, serve: sirv(dir, { dev: true, etag: false }) }));
	const server: Server = createServer((req, res) => {
		const mount = mounts.find((m) => req.url?.startsWith(m.prefix));
		if (!req.url || !mount) {
			res.statusCode = 404;
			return res.end('not under base');
		}
		req.url = '/' + req.url.slice(mount.prefix.length);
		mount.serve(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const port = (server.address() as { port: number }).port;
	const profile = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'));
	const context = await launchChromium(profile, {
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: 1280, height: 900 },
		locale: 'zh-CN',
	});
	return {
		context,
		url: (path = '') => `http://127.0.0.1:${port}${base}${path}`,
		close: async () => {
			await context.close();
			await new Promise((ok) => server.close(ok));
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
