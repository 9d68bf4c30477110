/** Findings across the site, grouped for /rules/ (per rule, per family) and /rules/<id>/ (every place it fires). */
import type { Severity } from './types.ts';
import { countBySeverity, FAMILIES, RULES, type Finding, type Rule } from './index.ts';

/** One audited unit-year, as the pages and the check report hold it. */
export interface AuditedEntry {
	unit: string;
	unitName: string;
	year: number;
	findings: readonly Finding[];
}

export interface RuleSummary {
	rule: Rule;
	count: number;
	counts: Record<Severity, number>;
	/** Unit-years where the rule fires. */
	entries: number;
}

/** Every rule with its findings counted across the site, grouped by family in table order. */
export function ruleSummaries(audited: readonly AuditedEntry[]): { family: string; rules: RuleSummary[] }[] {
	return FAMILIES.map((family) => ({
		family,
		rules: RULES.filter((r) => r.family === family).map((rule) => {
			const mine = audited.map((e) => e.findings.filter((f) => f.rule === rule.id));
			const all = mine.flat();
			return { rule, count: all.length, counts: countBySeverity(all), entries: mine.filter((m) => m.length > 0).length };
		}),
	}));
}

export interface Occurrence {
	unit: string;
	unitName: string;
	year: number;
	finding: Finding;
	/** The page that shows the finding: the 部门决算 page, or the performance page for an evaluation. */
	page: 'final-accounts' | 'performance';
}

/** Where one rule fires across the site: newest year first, then by unit. */
export function ruleOccurrences(audited: readonly AuditedEntry[], id: string): Occurrence[] {
	return [...audited]
		.sort((a, b) => b.year - a.year || a.unit.localeCompare(b.unit))
		.flatMap((e) =>
			e.findings
				.filter((f) => f.rule === id)
				.map((finding) => ({
					unit: e.unit,
					unitName: e.unitName,
					year: e.year,
					finding,
					page: finding.path.startsWith('performance.') ? ('performance' as const) : ('final-accounts' as const),
				})),
		);
}

/** A stable DOM id for a 数据核对 block (same findings → same id, so builds are reproducible). */
export function findingsDomId(findings: readonly Finding[]): string {
	let h = 0;
	for (const ch of findings.map((f) => `${f.rule}${f.path}`).join('|')) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	return `findings-${h.toString(36)}`;
}
