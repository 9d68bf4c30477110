/** The only file that calls getCollection: pages ask here for units, unit-years and narratives. */
import { getCollection, getEntry } from 'astro:content';
import type { Disclosure } from '../core/schema/disclosure.ts';
import type { Unit } from '../core/schema/unit.ts';

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

/** The narrative entry of one document of a unit-year, if the folder has one. */
export async function getNarrative(d: Pick<Disclosure, 'unit' | 'year'>, document: 'final-accounts' | 'performance') {
	return getEntry('narratives', `${d.unit}/${d.year}/${document}`);
}
