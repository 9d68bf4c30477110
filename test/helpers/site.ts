/** Access to the site built by test/setup/build-site.ts. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export const siteDir = () => inject('siteDir');
export const siteBase = () => inject('siteBase');

/** Reads a built file by its path below the site root. */
export function readSite(path: string): string {
	return readFileSync(join(siteDir(), path), 'utf8');
}

export function siteHas(path: string): boolean {
	return existsSync(join(siteDir(), path));
}

/** Every HTML page of the built site, as paths below the root. */
export function sitePages(dir = ''): string[] {
	return readdirSync(join(siteDir(), dir), { withFileTypes: true }).flatMap((e) => {
		const p = dir ? `${dir}/${e.name}` : e.name;
		if (e.isDirectory()) return p === 'pagefind' ? [] : sitePages(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}
