// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// Deployment settings come from the environment so one build command serves every bureau:
// GONGKAI_SITE (absolute origin, for the sitemap and feed), GONGKAI_BASE (sub-path), GONGKAI_OUT_DIR.
export default defineConfig({
	site: process.env.GONGKAI_SITE ?? 'https://gongkai.example.gov.cn',
	base: process.env.GONGKAI_BASE ?? '/',
	outDir: process.env.GONGKAI_OUT_DIR ?? './dist',
	cacheDir: process.env.GONGKAI_CACHE_DIR ?? './.astro',
	trailingSlash: 'always',
	// Stylesheets are files, never inlined: an inlined component stylesheet was repeated in every unit-year page
	// (about 5 KB each, issue #13); as a file it is fetched once and cached.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Never inline a bundled script into the page: the Content-Security-Policy (src/lib/csp.ts) allows only the site's own files.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	// A unit-year's pages are reused while the cacheKey its getStaticPaths returns is unchanged (src/lib/cache-keys.ts).
	experimental: { incrementalBuild: true },
	// The sitemap lists stable pages only: the search page (its results depend on the query) is left out.
	integrations: [sitemap({ filter: (page) => !/\/search\/$/.test(page) })],
});
