/** The only file that calls getCollection: pages ask here for units, unit-years and narratives. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Disclosure } from '../core/schema/disclosure.ts';
import type { Unit } from '../core/schema/unit.ts';
import type { Roster } from '../core/schema/roster.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderOf } from '../core/catalogue.ts';
import { contentRoot } from './content-files.ts';
import { audit, type Finding, type FindingsOf } from '../core/rules/index.ts';

/** Every unit, sorted by id. */
export async function getUnits(): Promise<Unit[]> {
	return (await getCollection('units')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every unit-year, newest year first. */
export async function getDisclosures(): Promise<Disclosure[]> {
	return (await getCollection('disclosures')).map((e) => e.data).sort((a, b) => b.year - a.year || a.unit.localeCompare(b.unit));
}

/** Unit-years paired with their unit (the loader has already checked every reference). */
export async function getUnitYears(): Promise<{ unit: Unit; disclosure: Disclosure }[]> {
	const units = new Map((await getUnits()).map((u) => [u.id, u]));
	return (await getDisclosures()).map((disclosure) => ({ unit: units.get(disclosure.unit)!, disclosure }));
}

let narratives: Promise<Map<string, CollectionEntry<'narratives'>>> | undefined;

/** The narrative entry of one document of a unit-year, if the folder has one (absent is normal: no warning). */
export async function getNarrative(d: Pick<Disclosure, 'unit' | 'year'>, document: 'final-accounts' | 'performance') {
	narratives ??= getCollection('narratives').then((all) => new Map(all.map((e) => [e.id, e])));
	return (await narratives).get(`${d.unit}/${d.year}/${document}`);
}

/** The entry's source.txt, as `npm run check` reads it (the 录入核对 rule compares the figures with it). */
function sourceText(d: Disclosure): string | undefined {
	const path = join(contentRoot(), 'disclosures', d.unit, String(d.year), d.source.file);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

let audited: Promise<Map<string, Finding[]>> | undefined;

/**
 * Every unit-year audited once, with the same context as `npm run check` (its unit, both narratives), so the
 * 数据核对 notes, the counts on year, compare and rules pages, the feed and the open data all agree.
 */
export async function getFindingsOf(): Promise<FindingsOf> {
	audited ??= getUnitYears().then(async (entries) => {
		const pairs = await Promise.all(
			entries.map(async ({ unit, disclosure: d }) => {
				const fa = d.finalAccounts ? await getNarrative(d, 'final-accounts') : undefined;
				const pf = d.performance ? await getNarrative(d, 'performance') : undefined;
				return [folderOf(d), audit(d, { unit, narratives: { finalAccounts: fa?.body, performance: pf?.body }, source: sourceText(d) })] as const;
			}),
		);
		return new Map(pairs);
	});
	const byId = await audited;
	return (d) => byId.get(folderOf(d)) ?? [];
}

/** Every year roster, newest year first. */
export async function getRosters(): Promise<Roster[]> {
	return (await getCollection('rosters')).map((e) => e.data).sort((a, b) => b.year - a.year);
}
