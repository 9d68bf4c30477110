/**
 * The groupings behind the home page, the unit list, a unit's profile and a year's batch. Pure: pages pass
 * units and unit-years in and render what comes back (pages never sort or count).
 */
import { countBySeverity, type FindingsOf, type Severity } from './rules/index.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Unit } from './schema/unit.ts';

const collator = new Intl.Collator('zh-CN');

/** The documents one unit-year holds, in the order the site shows them. */
export type DocumentKind = 'final-accounts' | 'performance';

/** Site paths (relative to the base; pages end in a slash): the one place a page address is written. */
export const paths = {
	units: () => 'units/',
	unit: (unit: string) => `${paths.units()}${unit}/`,
	unitYear: (unit: string, year: number) => `${paths.unit(unit)}${year}/`,
	performance: (unit: string, year: number) => `${paths.unitYear(unit, year)}performance/`,
	evaluation: (unit: string, year: number, id: string) => `${paths.performance(unit, year)}#${id}`,
	source: (unit: string, year: number) => `${paths.unitYear(unit, year)}source.txt`,
	/** The published PDF, where the entry folder keeps it (`source.pdf`). */
	sourcePdf: (unit: string, year: number) => `${paths.unitYear(unit, year)}source.pdf`,
	year: (year: number) => `years/${year}/`,
	/** The comparison: all years, one year, or one region's page of a year (`r-<slug>`, compare-pages.ts). */
	compare: (year?: number, region?: string) => (year === undefined ? 'compare/' : `compare/${year}/${region ? `${region}/` : ''}`),
	rules: () => 'rules/',
	rule: (id: string) => `${paths.rules()}${id}/`,
	glossary: (term?: string) => `glossary/${term ? `#${term}` : ''}`,
	search: () => 'search/',
	about: () => 'about/',
	/** Open data: the list of every unit-year's files (open-data.ts). */
	dataIndex: () => 'data/index.json',
	feed: () => 'feed.xml',
};

/** The file a page path is written to in the output folder: `units/x/` → `units/x/index.html`. */
export const pageFile = (path: string): string => `${path}index.html`;

/** The documents of a unit-year, each with its page path. The 部门决算 page is also where a self-evaluation-only year lands. */
export function documentsOf(
	d: Pick<Disclosure, 'unit' | 'year' | 'finalAccounts' | 'performance'>,
): { kind: DocumentKind; path: string }[] {
	const docs: { kind: DocumentKind; path: string }[] = [];
	if (d.finalAccounts) docs.push({ kind: 'final-accounts', path: paths.unitYear(d.unit, d.year) });
	if (d.performance) docs.push({ kind: 'performance', path: paths.performance(d.unit, d.year) });
	return docs;
}

/** Every year with at least one unit-year, newest first, with how many units published. */
export function yearsOf(disclosures: readonly Pick<Disclosure, 'year'>[]): { year: number; count: number }[] {
	const counts = new Map<number, number>();
	for (const d of disclosures) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
	return [...counts.entries()].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

/** A region's display name: 省 · 市 · 县 (市本级 when no county). */
export function regionName(r: Unit['region']): string {
	return [r.province, r.city, r.county ?? (r.city ? '市本级' : undefined)].filter(Boolean).join(' ');
}

/** Units grouped by province then city, in Chinese order; units inside by county then name. */
export function unitsByRegion(units: readonly Unit[]): { province: string; cities: { city: string; units: Unit[] }[] }[] {
	const provinces = new Map<string, Map<string, Unit[]>>();
	for (const u of units) {
		const cities = provinces.get(u.region.province) ?? new Map<string, Unit[]>();
		provinces.set(u.region.province, cities);
		const city = u.region.city ?? '';
		const list = cities.get(city);
		if (list) list.push(u);
		else cities.set(city, [u]);
	}
	const byCountyName = (a: Unit, b: Unit) =>
		collator.compare(a.region.county ?? '', b.region.county ?? '') || collator.compare(a.name, b.name);
	return [...provinces.entries()]
		.sort(([a], [b]) => collator.compare(a, b))
		.map(([province, cities]) => ({
			province,
			cities: [...cities.entries()]
				.sort(([a], [b]) => collator.compare(a, b))
				.map(([city, list]) => ({ city, units: [...list].sort(byCountyName) })),
		}));
}

/** The most recently published unit-years (by 公开时间, then year), at most `limit`. */
export function latestPublications<D extends Pick<Disclosure, 'unit' | 'year' | 'source'>>(disclosures: readonly D[], limit = 10): D[] {
	const key = (d: D) => d.source.publishedOn ?? `${d.year + 1}-00-00`;
	return [...disclosures].sort((a, b) => key(b).localeCompare(key(a)) || b.year - a.year || a.unit.localeCompare(b.unit)).slice(0, limit);
}

const byUnitCache = new WeakMap<readonly object[], Map<string, object[]>>();

/** One unit's years, newest first. Pages ask once per unit, so the batch is grouped by unit once per list. */
export function yearsOfUnit<D extends Pick<Disclosure, 'unit' | 'year'>>(unit: string, disclosures: readonly D[]): D[] {
	let byUnit = byUnitCache.get(disclosures) as Map<string, D[]> | undefined;
	if (!byUnit) {
		byUnit = new Map();
		for (const d of disclosures) {
			const list = byUnit.get(d.unit);
			if (list) list.push(d);
			else byUnit.set(d.unit, [d]);
		}
		for (const list of byUnit.values()) list.sort((a, b) => b.year - a.year);
		byUnitCache.set(disclosures, byUnit);
	}
	return [...(byUnit.get(unit) ?? [])];
}

/** One line of a year's batch table. */
export interface BatchRow {
	unit: Unit;
	disclosure: Disclosure;
	documents: { kind: DocumentKind; path: string }[];
	evaluations: number;
	findings: Record<Severity, number>;
}

/** A year's batch: every unit-year of that year with its documents and findings by severity, by region then name. */
export function batchOf(year: number, units: readonly Unit[], disclosures: readonly Disclosure[], findingsOf: FindingsOf): BatchRow[] {
	const byId = new Map(units.map((u) => [u.id, u]));
	const order = new Map(
		unitsByRegion(units)
			.flatMap((p) => p.cities.flatMap((c) => c.units))
			.map((u, i) => [u.id, i]),
	);
	return disclosures
		.filter((d) => d.year === year && byId.has(d.unit))
		.sort((a, b) => (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0))
		.map((d) => ({
			unit: byId.get(d.unit)!,
			disclosure: d,
			documents: documentsOf(d),
			evaluations: d.performance?.evaluations.length ?? 0,
			findings: countBySeverity(findingsOf(d)),
		}));
}

/** Sum of a batch's findings by severity (the table's 合计 row). */
export function batchTotals(rows: readonly BatchRow[]): Record<Severity, number> {
	const total = countBySeverity([]);
	for (const r of rows) for (const s of Object.keys(total) as Severity[]) total[s] += r.findings[s];
	return total;
}
