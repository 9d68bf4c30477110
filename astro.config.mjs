// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkSafeNarrative } from './src/lib/remark-safe-narrative.ts';
import { pagefindIndex } from './src/lib/pagefind.ts';

// Deployment settings come from the environment so one build command serves every bureau:
// GONGKAI_SITE (absolute origin, for the sitemap and feed), GONGKAI_BASE (sub-path), GONGKAI_OUT_DIR.
export default defineConfig({
	site: process.env.GONGKAI_SITE ?? 'https://gongkai.example.gov.cn',
	base: process.env.GONGKAI_BASE ?? '/',
	outDir: process.env.GONGKAI_OUT_DIR ?? './dist',
	cacheDir: process.env.GONGKAI_CACHE_DIR ?? './.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Never inline a bundled script into the page: the Content-Security-Policy (src/lib/csp.ts) allows only the site's own files.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	// Narratives are MDX, compiled by remark: the safety plugin must run there (Sätteri runs no remark plugins).
	markdown: { processor: unified({ remarkPlugins: [remarkSafeNarrative] }) },
	// The sitemap lists stable pages only: the search page (its results depend on the query) is left out.
	integrations: [mdx(), sitemap({ filter: (page) => !/\/search\/$/.test(page) }), pagefindIndex()],
});
