/**
 * Open data: one JSON document per unit-year (`/data/<unit>/<year>.json`) and an index (`/data/index.json`).
 * The shape is documented in README.md ("开放数据"); `schemaVersion` changes when it does.
 */
import { countBySeverity, type Finding, type FindingsOf } from './rules/index.ts';
import { computeFigures } from './computed.ts';
import { folderOf } from './catalogue.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Unit } from './schema/unit.ts';
import { templateFor } from './templates/index.ts';
import { tablesOpenData } from './templates/outputs.ts';
import type { Correction } from './corrections.ts';

export const OPEN_DATA_VERSION = 1;

/** The public identity of a unit in open data. */
const unitRef = (u: Unit) => ({ id: u.id, name: u.name, region: u.region, supervisor: u.supervisor, kind: u.kind });

/** Path of a unit-year's JSON, relative to the site root. */
export const openDataPath = (d: Pick<Disclosure, 'unit' | 'year'>) => `data/${folderOf(d)}.json`;

/** The JSON document of one unit-year: printed figures, computed figures, findings and its 更正记录. */
export function unitYearDocument(unit: Unit, d: Disclosure, findings: readonly Finding[], corrections: readonly Correction[] = []) {
	return {
		schemaVersion: OPEN_DATA_VERSION,
		id: folderOf(d),
		unit: unitRef(unit),
		year: d.year,
		source: d.source,
		staffing: d.staffing,
		organisation: d.organisation,
		notes: d.notes,
		corrections,
		printed: { finalAccounts: d.finalAccounts ?? null, performance: d.performance ?? null },
		/** The 部门决算 tables with every cell keyed by row and column (templates/outputs.ts). */
		tables: tablesOf(d),
		computed: computeFigures(d),
		findings,
		findingCounts: countBySeverity(findings),
	};
}

function tablesOf(d: Disclosure) {
	const template = templateFor(d.finalAccounts?.template);
	return template
		? { template: template.id, templateName: template.name, tables: tablesOpenData(template, d.finalAccounts?.tables) }
		: null;
}

/** `/data/index.json`: every published unit-year with its links. */
export function openDataIndex(units: readonly Unit[], disclosures: readonly Disclosure[], findingsOf: FindingsOf, base = '/') {
	const byId = new Map(units.map((u) => [u.id, u]));
	return {
		schemaVersion: OPEN_DATA_VERSION,
		// Newest year first, then unit id: the same order whatever order the batch was read in.
		entries: [...disclosures]
			.sort((a, b) => b.year - a.year || a.unit.localeCompare(b.unit))
			.map((d) => ({
				id: folderOf(d),
				unit: unitRef(byId.get(d.unit)!),
				year: d.year,
				documents: [...(d.finalAccounts ? ['final-accounts'] : []), ...(d.performance ? ['performance'] : [])],
				publishedOn: d.source.publishedOn ?? null,
				json: `${base}${openDataPath(d)}`,
				page: `${base}units/${folderOf(d)}/`,
				findingCounts: countBySeverity(findingsOf(d)),
			})),
	};
}
