/** The 更正记录 of every unit-year that declares corrections, computed once per build from its history. */
import { join } from 'node:path';
import { correctionsOf, type Correction } from '../core/corrections.ts';
import { folderOf } from '../core/catalogue.ts';
import type { Disclosure } from '../core/schema/disclosure.ts';
import { contentRoot } from './content-files.ts';
import { entryVersions } from './history.ts';

const cache = new Map<string, Correction[]>();

/** An entry's corrections, oldest first; git is only asked about entries that declare one. */
export function getCorrections(d: Pick<Disclosure, 'unit' | 'year' | 'corrections'>): Correction[] {
	if (!d.corrections.length) return [];
	const id = folderOf(d);
	if (!cache.has(id)) cache.set(id, correctionsOf(d.corrections, entryVersions(join(contentRoot(), 'disclosures', id)) ?? []));
	return cache.get(id)!;
}
