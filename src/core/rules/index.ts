/** The one rule table. Ids are forever: URLs (/rules/<id>/), fixtures and the check's JSON use them. */
import type { Disclosure } from '../schema/disclosure.ts';
import { FINAL_ACCOUNTS_RULES } from './final-accounts.ts';
import { PERFORMANCE_RULES } from './performance.ts';
import { SEVERITIES, type Finding, type Rule, type Severity } from './types.ts';

export type { Finding, Rule, Severity };
export { SEVERITIES };

export const RULES: readonly Rule[] = [...FINAL_ACCOUNTS_RULES, ...PERFORMANCE_RULES];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
	return RULES.find((r) => r.id === id);
}

/** Runs every rule on one unit-year; findings sorted by severity, then by rule order. */
export function audit(d: Disclosure, rules: readonly Rule[] = RULES): Finding[] {
	const order = (f: Finding) => SEVERITIES.indexOf(f.severity) * 1000 + rules.findIndex((r) => r.id === f.rule);
	return rules.flatMap((rule) => rule.check(d)).sort((a, b) => order(a) - order(b));
}

/** Counts findings by severity (every severity present, zero when none). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
	const counts = { 确定: 0, 疑似: 0, 提示: 0 } satisfies Record<Severity, number>;
	for (const f of findings) counts[f.severity] += 1;
	return counts;
}
