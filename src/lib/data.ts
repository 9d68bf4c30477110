/**
 * What pages ask for: units, unit-years, narratives, findings, rosters. They come from the batch the build's
 * check computed once and handed over (GONGKAI_BATCH_FILE, scripts/build/batch.ts): no second validation,
 * audit or narrative parse here. Without a hand-off (`astro dev`) the same batch is computed from content/.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Batch } from '../core/batch.ts';
import { folderOf } from '../core/catalogue.ts';
import type { NarrativeBlock } from '../core/narrative-render.ts';
import type { FindingsOf } from '../core/rules/index.ts';
import type { Placements } from '../core/sections/plan.ts';
import type { Disclosure } from '../core/schema/disclosure.ts';
import type { Roster } from '../core/schema/roster.ts';
import type { Unit } from '../core/schema/unit.ts';
import { BATCH_FILE_ENV, computeBatch, readBatchFile } from './batch-file.ts';
import { contentRoot } from './content-files.ts';
import { cachedBlocks } from './narrative-cache.ts';
import { readCacheKeys } from './cache-keys.ts';

let handed: Batch | undefined;
let computed: { stamp: string; batch: Batch; checkedAt: number } | undefined;

/** Paths, sizes and times of the content files: the dev server recomputes the batch when they change. */
function contentStamp(dir: string): string {
	const parts: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const s = lstatSync(join(d, name));
			if (s.isDirectory()) walk(join(d, name));
			else parts.push(`${name}:${s.size}:${s.mtimeMs}`);
		}
	};
	try {
		walk(dir);
	} catch {
		return '';
	}
	return parts.join('|');
}

function batch(): Batch {
	const file = process.env[BATCH_FILE_ENV];
	if (file) return (handed ??= readBatchFile(file));
	if (computed && Date.now() - computed.checkedAt < 1000) return computed.batch;
	const stamp = contentStamp(contentRoot());
	if (computed?.stamp !== stamp) computed = { stamp, batch: computeBatch(), checkedAt: 0 };
	computed.checkedAt = Date.now();
	return computed.batch;
}

const unitsById = new WeakMap<Batch, Map<string, Unit>>();

/** Every unit, sorted by id. */
export async function getUnits(): Promise<Unit[]> {
	return [...batch().units];
}

/** Every unit-year, newest year first. */
export async function getDisclosures(): Promise<Disclosure[]> {
	return [...batch().disclosures];
}

/** Unit-years paired with their unit (the check has already refused every broken reference). */
export async function getUnitYears(): Promise<{ unit: Unit; disclosure: Disclosure }[]> {
	const b = batch();
	let units = unitsById.get(b);
	if (!units) unitsById.set(b, (units = new Map(b.units.map((u) => [u.id, u]))));
	return b.disclosures.map((disclosure) => ({ unit: units.get(disclosure.unit)!, disclosure }));
}

/** A narrative ready for its page: the rendered blocks and where it places sections and figures. */
export interface Narrative {
	blocks: NarrativeBlock[];
	placements: Placements;
}

/** The narrative of one document of a unit-year, if the folder has one (absent is normal: no warning). */
export async function getNarrative(
	d: Pick<Disclosure, 'unit' | 'year'>,
	document: 'final-accounts' | 'performance',
): Promise<Narrative | undefined> {
	const ref = batch().narratives[folderOf(d)]?.[document === 'final-accounts' ? 'finalAccounts' : 'performance'];
	if (!ref) return undefined;
	// Only the page that shows a narrative reads its blocks, from the cache the check wrote.
	return { placements: ref.placements, blocks: ref.blocks ?? cachedBlocks(ref.key!) };
}

/**
 * The findings of every unit-year, as `npm run check` computed them (with its unit, both narratives and its
 * source text), so the 数据核对 notes, the counts on year, compare and rules pages, the feed and the open data agree.
 */
export async function getFindingsOf(): Promise<FindingsOf> {
	const { findings } = batch();
	return (d) => findings[folderOf(d)] ?? [];
}

/** Every year roster, newest year first. */
export async function getRosters(): Promise<Roster[]> {
	return [...batch().rosters];
}

/** Astro's `cacheKey` for the pages of a unit-year (src/lib/cache-keys.ts); undefined outside `npm run build`. */
export function unitYearCacheKey(d: Pick<Disclosure, 'unit' | 'year'>): string | undefined {
	return readCacheKeys()?.unitYears[folderOf(d)];
}

/** Astro's `cacheKey` for the page of a unit (`/units/<unit>/`). */
export function unitCacheKey(unit: string): string | undefined {
	return readCacheKeys()?.units[unit];
}
