// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readReuse } from './src/lib/reuse.ts';

// Deployment settings come from the environment so one build command serves every bureau:
// GONGKAI_SITE (absolute origin, for the sitemap and feed), GONGKAI_BASE (sub-path), GONGKAI_OUT_DIR.
const site = process.env.GONGKAI_SITE ?? 'https://gongkai.example.gov.cn';
const base = process.env.GONGKAI_BASE ?? '/';

/** Pages an incremental build reuses instead of rendering (scripts/build/incremental.ts), as the sitemap writes a rendered page's URL. */
function reusedPages() {
	const root = new URL(base, site);
	if (!root.pathname.endsWith('/')) root.pathname += '/';
	return (readReuse()?.pages ?? []).map((page) => new URL(root.pathname + page, root).href);
}

export default defineConfig({
	site,
	base,
	outDir: process.env.GONGKAI_OUT_DIR ?? './dist',
	cacheDir: process.env.GONGKAI_CACHE_DIR ?? './.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Never inline a bundled script into the page: the Content-Security-Policy (src/lib/csp.ts) allows only the site's own files.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	// The sitemap lists stable pages only: the search page (its results depend on the query) is left out.
	integrations: [sitemap({ filter: (page) => !/\/search\/$/.test(page), customPages: reusedPages() })],
});
