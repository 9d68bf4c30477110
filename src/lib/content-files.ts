/**
 * Reads `content/` from disk into the plain file lists core validates. Node only (fs), no Astro: shared by
 * the content loader (src/content.config.ts) and the check CLI, so both see exactly the same files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentFiles } from '../core/catalogue.ts';

/** The content folder: `GONGKAI_CONTENT_DIR` if set (bench, tests), else `content/` in the project. */
export function contentRoot(projectRoot = process.cwd()): string {
	return resolve(projectRoot, process.env.GONGKAI_CONTENT_DIR ?? 'content');
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const isDir = (p: string) => statSync(p).isDirectory();

/** Lists and reads every content file; paths in messages are relative to `projectRoot`. */
export function readContentFiles(root = contentRoot(), projectRoot = process.cwd()): ContentFiles {
	const rel = (p: string) => {
		const r = relative(projectRoot, p).split('\\').join('/');
		return r && !r.startsWith('..') ? r : p;
	};
	const read = (p: string) => ({ path: rel(p), text: readFileSync(p, 'utf8') });
	const files: ContentFiles = { units: [], disclosures: [], narratives: [], extras: [], years: readRosterFiles(root, projectRoot) };

	const unitsDir = join(root, 'units');
	for (const name of list(unitsDir)) {
		if (/\.ya?ml$/.test(name)) files.units.push(read(join(unitsDir, name)));
	}

	const disclosuresDir = join(root, 'disclosures');
	for (const unit of list(disclosuresDir).filter((u) => isDir(join(disclosuresDir, u)))) {
		for (const year of list(join(disclosuresDir, unit)).filter((y) => isDir(join(disclosuresDir, unit, y)))) {
			const dir = join(disclosuresDir, unit, year);
			const names = list(dir);
			const has = (n: string) => names.includes(n);
			if (!has('index.yaml')) {
				files.disclosures.push({ dir: rel(dir), index: { path: rel(join(dir, 'index.yaml')), text: '' } });
				continue;
			}
			files.disclosures.push({
				dir: rel(dir),
				index: read(join(dir, 'index.yaml')),
				...(has('final-accounts.yaml') ? { finalAccounts: read(join(dir, 'final-accounts.yaml')) } : {}),
				...(has('performance.yaml') ? { performance: read(join(dir, 'performance.yaml')) } : {}),
			});
			for (const name of names) {
				const m = /^(final-accounts|performance)\.mdx$/.exec(name);
				if (m) files.narratives.push({ ...read(join(dir, name)), dir: rel(dir), document: m[1] as 'final-accounts' | 'performance' });
				else if (name.endsWith('.txt')) files.extras.push({ dir: rel(dir), name, text: readFileSync(join(dir, name), 'utf8') });
				else if (!name.endsWith('.yaml')) files.extras.push({ dir: rel(dir), name });
			}
		}
	}
	return files;
}

/** `content/years/<year>.yaml`: the year rosters (a folder of its own, so entries and rosters never mix). */
export function readRosterFiles(root = contentRoot(), projectRoot = process.cwd()): { path: string; text: string }[] {
	const dir = join(root, 'years');
	return list(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => {
			const r = relative(projectRoot, join(dir, name)).split('\\').join('/');
			return { path: r && !r.startsWith('..') ? r : join(dir, name), text: readFileSync(join(dir, name), 'utf8') };
		});
}
