/**
 * The batch as the pages need it, computed once per build by the check (validation, audit, narratives read
 * once) and handed to Astro: nothing is validated, audited or parsed again at page time. Pure.
 */
import { folderOf, type Catalogue } from './catalogue.ts';
import { narrativeRef, type NarrativeRef } from './narrative-read.ts';
import type { Finding } from './rules/types.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Roster } from './schema/roster.ts';
import type { Unit } from './schema/unit.ts';

export type { NarrativeRef };

export interface Batch {
	/** Units sorted by id. */
	units: Unit[];
	/** Unit-years, newest year first, then by unit. */
	disclosures: Disclosure[];
	/** Rosters, newest year first. */
	rosters: Roster[];
	/** The audit's findings by entry folder (`<unit>/<year>`). */
	findings: Record<string, Finding[]>;
	/** Narratives by entry folder. */
	narratives: Record<string, { finalAccounts?: NarrativeRef; performance?: NarrativeRef }>;
}

/** The batch of a valid catalogue and the findings the check computed for it (`entries` of its report). */
export function batchOf(catalogue: Catalogue<NarrativeRef>, entries: readonly { id: string; findings: Finding[] }[]): Batch {
	const ref = (n: NarrativeRef | undefined) => n && narrativeRef(n);
	const narratives: Batch['narratives'] = {};
	for (const d of catalogue.disclosures) {
		const n = catalogue.narratives?.[folderOf(d)];
		if (n) narratives[folderOf(d)] = { finalAccounts: ref(n.finalAccounts), performance: ref(n.performance) };
	}
	return {
		units: catalogue.units,
		disclosures: catalogue.disclosures,
		rosters: catalogue.rosters ?? [],
		findings: Object.fromEntries(entries.map((e) => [e.id, e.findings])),
		narratives,
	};
}
