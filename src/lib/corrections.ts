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
	if (!cache.has(id)) {
		const versions = entryVersions(join(contentRoot(), 'disclosures', id));
		// Not an error (a tarball has no history), but the bureau should know why the figures are not listed.
		if (!versions) console.warn(`更正记录：${id} 声明了更正，但内容目录没有它的 git 版本历史，页面只显示日期和原因。`);
		cache.set(id, correctionsOf(d.corrections, versions ?? []));
	}
	return cache.get(id)!;
}
