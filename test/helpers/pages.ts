/**
 * The pages a site-wide browser test visits: every page of the built sitemap (what the site declares
 * public), plus the pages a sitemap leaves out on purpose (404, search). Without a sitemap: every HTML file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteBase, siteDir, sitePages } from './site.ts';

/** Paths below the base, as `url()` of browser.ts takes them ('' for the home page, 'units/x/' …). */
export function pagesToVisit(): string[] {
	const dir = siteDir();
	const index = join(dir, 'sitemap-index.xml');
	if (!existsSync(index)) return sitePages().map(toPath);
	const base = siteBase();
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
	const pages = locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
		const file = join(dir, new URL(sitemap).pathname.slice(base.length));
		return locs(readFileSync(file, 'utf8'));
	});
	const paths = pages.map((loc) => decodeURI(new URL(loc).pathname).slice(base.length));
	const extras = ['404.html', 'search/index.html'].filter((p) => existsSync(join(dir, p))).map(toPath);
	return [...new Set([...paths, ...extras])];
}

/** `units/x/index.html` → `units/x/`; `404.html` stays. */
export function toPath(file: string): string {
	return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** The built HTML file of a path from `pagesToVisit()`. */
export function fileOf(path: string): string {
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
