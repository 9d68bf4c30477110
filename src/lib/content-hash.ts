/**
 * The build's content hash: SHA-256 over every file of the content folder (path and bytes, sorted), shown in
 * the footer beside the link to SHA256SUMS. The same content gives the same hash in any folder. The same pass
 * hashes each unit-year folder on its own, for the incremental build (scripts/build/incremental.ts).
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

interface Hashes {
	root: string;
	hash: string;
	folders: Map<string, string>;
}
let cached: Hashes | undefined;

function hashes(root: string): Hashes {
	if (cached?.root === root) return cached;
	const h = createHash('sha256');
	const folders = new Map<string, ReturnType<typeof createHash>>();
	for (const rel of files(root).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
		const bytes = readFileSync(join(root, rel));
		h.update(`${rel}\0${bytes.length}\0`).update(bytes);
		const folder = /^disclosures\/([^/]+\/[^/]+)\//.exec(rel)?.[1];
		if (!folder) continue;
		if (!folders.has(folder)) folders.set(folder, createHash('sha256'));
		folders.get(folder)!.update(`${rel}\0${bytes.length}\0`).update(bytes);
	}
	cached = { root, hash: h.digest('hex'), folders: new Map([...folders].map(([f, fh]) => [f, fh.digest('hex')])) };
	return cached;
}

/** Hex SHA-256 of the content folder. */
export const contentHash = (root = contentRoot()): string => hashes(root).hash;

/** Hex SHA-256 of each unit-year folder (`<unit>/<year>` → hash of its files' paths and bytes). */
export const folderHashes = (root = contentRoot()): ReadonlyMap<string, string> => hashes(root).folders;
