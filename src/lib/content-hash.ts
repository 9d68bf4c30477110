/**
 * The build's content hash: SHA-256 over every file of the content folder (path and bytes, sorted), shown in
 * the footer beside the link to SHA256SUMS. The same content gives the same hash in any folder.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './content-files.ts';

function files(root: string, prefix = ''): string[] {
	return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((e) => {
		const rel = prefix ? `${prefix}/${e.name}` : e.name;
		return e.isDirectory() ? files(root, rel) : e.isFile() ? [rel] : [];
	});
}

let cached: { root: string; hash: string } | undefined;

/** Hex SHA-256 of the content folder. */
export function contentHash(root = contentRoot()): string {
	if (cached?.root === root) return cached.hash;
	const h = createHash('sha256');
	for (const rel of files(root).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
		const bytes = readFileSync(join(root, rel));
		h.update(`${rel}\0${bytes.length}\0`).update(bytes);
	}
	cached = { root, hash: h.digest('hex') };
	return cached.hash;
}
