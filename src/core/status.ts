/**
 * 年度公开情况: for every unit on a year's roster, whether it published, on time by the 20-day rule, complete,
 * and with how many data errors and findings. Pure: the roster, the entries and their findings come in.
 */
import { countBySeverity, type FindingsOf, type Severity } from './rules/index.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Roster } from './schema/roster.ts';
import { STANDARD_TABLES } from './schema/tables.ts';
import { templateFor } from './templates/index.ts';
import { addDays, daysBetween } from './dates.ts';
import type { Unit } from './schema/unit.ts';

export { daysBetween };

/** on-time / late: both dates known; unknown: a date is missing; missing: no entry at all. */
export type Timeliness = 'on-time' | 'late' | 'unknown' | 'missing';

/** One completeness requirement and whether the entry meets it. */
export interface Requirement {
	id: 'final-accounts' | 'tables' | 'three-public' | 'performance';
	ok: boolean;
	/** What is missing, in Chinese (empty when ok). */
	missing: string[];
}

export interface StatusRow {
	unit: Pick<Unit, 'id' | 'name'>;
	published: boolean;
	approvedOn: string | null;
	publishedOn: string | null;
	/** Where `publishedOn` comes from: the roster, the entry's source, or nowhere. */
	publishedOnFrom: 'roster' | 'entry' | null;
	/** Last day allowed by the rule: 批复日期 + deadline days. */
	dueOn: string | null;
	/** Natural days from 批复 to 公开 (null when a date is unknown). */
	days: number | null;
	timeliness: Timeliness;
	complete: boolean | null;
	requirements: Requirement[];
	errors: number;
	findings: Record<Severity, number>;
	note: string | null;
}

export interface YearStatus {
	year: number;
	bureau: string | null;
	deadlineDays: number;
	rows: StatusRow[];
	totals: { expected: number; published: number; missing: number; late: number; onTime: number; complete: number };
}

/** A typed table with a printed row, or printed empty with its notes (空表说明). */
function typedTablePrinted(t: { notes?: string[]; printed?: boolean; [side: string]: unknown } | undefined): boolean {
	if (!t || t.printed === false) return false;
	const rows = Object.entries(t).filter(([k, v]) => k !== 'notes' && k !== 'printed' && Array.isArray(v));
	return rows.some(([, v]) => (v as unknown[]).length > 0) || (t.notes?.length ?? 0) > 0;
}

/** What 部门决算 completeness requires of one entry, judged from its data only. */
export function requirementsOf(d: Pick<Disclosure, 'finalAccounts' | 'performance'>): Requirement[] {
	const fa = d.finalAccounts;
	const template = templateFor(fa?.template);
	// A table counts when its rows are printed, or when it is printed empty with its 空表说明, typed under `tables:`
	// or as an appendix grid of the same title. An entry that names its form is held to that form's tables; one
	// that does not, to the 13 tables the older set lists.
	const inAppendix = (title: string) => {
		const t = fa?.appendixTables.find((x) => x.title === title);
		return !!t && ((t.printed && t.rows.length > 0) || !!t.emptyNote);
	};
	const missingTables = template
		? template.tables.filter((spec) => !typedTablePrinted(fa?.tables?.[spec.id]) && !inAppendix(spec.title)).map((spec) => spec.title)
		: STANDARD_TABLES.filter((title) => !inAppendix(title));
	return [
		{ id: 'final-accounts', ok: !!fa, missing: fa ? [] : ['部门决算'] },
		{ id: 'tables', ok: !!fa && missingTables.length === 0, missing: fa ? missingTables : [...STANDARD_TABLES] },
		{
			id: 'three-public',
			ok: !!fa?.threePublic?.explanation?.trim(),
			missing: fa?.threePublic?.explanation?.trim() ? [] : ['“三公”经费说明'],
		},
		{ id: 'performance', ok: (d.performance?.evaluations.length ?? 0) > 0, missing: d.performance?.evaluations.length ? [] : ['绩效自评'] },
	];
}

/** The status of every unit on the roster, in roster order; `errorsOf` counts data errors of an entry folder. */
export function yearStatus(
	roster: Roster,
	units: readonly Pick<Unit, 'id' | 'name'>[],
	disclosures: readonly Disclosure[],
	findingsOf: FindingsOf,
	errorsOf: (unit: string, year: number) => number = () => 0,
): YearStatus {
	// Maps built once: a province's roster lists thousands of units.
	const unitById = new Map(units.map((u) => [u.id, u]));
	const entryOf = new Map(disclosures.filter((x) => x.year === roster.year).map((x) => [x.unit, x]));
	const rows = roster.units.map((r): StatusRow => {
		const unit = unitById.get(r.unit) ?? { id: r.unit, name: r.unit };
		const d = entryOf.get(r.unit);
		const publishedOn = d ? (r.publishedOn ?? d.source.publishedOn ?? null) : null;
		const days = r.approvedOn && publishedOn ? daysBetween(r.approvedOn, publishedOn) : null;
		const requirements = d ? requirementsOf(d) : [];
		return {
			unit: { id: unit.id, name: unit.name },
			published: !!d,
			approvedOn: r.approvedOn ?? null,
			publishedOn,
			publishedOnFrom: !d ? null : r.publishedOn ? 'roster' : d.source.publishedOn ? 'entry' : null,
			dueOn: r.approvedOn ? addDays(r.approvedOn, roster.deadlineDays) : null,
			days,
			timeliness: !d ? 'missing' : days === null ? 'unknown' : days <= roster.deadlineDays ? 'on-time' : 'late',
			complete: d ? requirements.every((q) => q.ok) : null,
			requirements,
			errors: errorsOf(r.unit, roster.year),
			findings: countBySeverity(d ? findingsOf(d) : []),
			note: r.note ?? null,
		};
	});
	return { year: roster.year, bureau: roster.bureau ?? null, deadlineDays: roster.deadlineDays, rows, totals: statusTotals(rows) };
}

/** How many units of a status table are published, missing, on time, late and complete. */
export function statusTotals(rows: readonly StatusRow[]): YearStatus['totals'] {
	const count = (f: (r: StatusRow) => boolean) => rows.filter(f).length;
	return {
		expected: rows.length,
		published: count((r) => r.published),
		missing: count((r) => !r.published),
		late: count((r) => r.timeliness === 'late'),
		onTime: count((r) => r.timeliness === 'on-time'),
		complete: count((r) => r.complete === true),
	};
}
