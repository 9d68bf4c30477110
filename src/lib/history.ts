/**
 * The committed versions of an entry folder, read with git (`git log` + `git show`), for the 更正记录. Node only.
 * A content folder outside any git repository (a CI tarball, a copied folder) has no history: the
 * corrections are then listed without their figures, and the page says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntryVersion } from '../core/corrections.ts';

const FILES = { index: 'index.yaml', finalAccounts: 'final-accounts.yaml', performance: 'performance.yaml' } as const;

const git = (dir: string, args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const parseOr = (text: string | undefined): unknown => {
	if (text === undefined) return undefined;
	try {
		return parse(text);
	} catch {
		return undefined; // an old version that no longer parses simply has no figures to compare
	}
};

function version(read: (name: string) => string | undefined, commit?: string): EntryVersion {
	return {
		...(commit ? { commit } : {}),
		index: parseOr(read(FILES.index)),
		finalAccounts: parseOr(read(FILES.finalAccounts)),
		performance: parseOr(read(FILES.performance)),
	};
}

/** Versions of the folder oldest first, ending with the files as they are now; undefined without git history. */
export function entryVersions(dir: string): EntryVersion[] | undefined {
	const log = git(dir, ['log', '--format=%H', '--', '.']);
	if (log.status !== 0 || !log.stdout.trim()) return undefined;
	const commits = log.stdout.trim().split('\n').reverse();
	const committed = commits.map((commit) =>
		version((name) => {
			const r = git(dir, ['show', `${commit}:./${name}`]);
			return r.status === 0 ? r.stdout : undefined;
		}, commit),
	);
	const current = version((name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined));
	return [...committed, current];
}
