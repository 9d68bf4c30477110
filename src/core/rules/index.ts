/** The one rule table. Ids are forever: URLs (/rules/<id>/), fixtures and the check's JSON use them. */
import type { Disclosure } from '../schema/disclosure.ts';
import { narrativeFigure } from '../narrative-audit.ts';
import { BALANCE_RULES } from './balance.ts';
import { CHANGE_RULES } from './change.ts';
import { CLASSIFICATION_RULES } from './classification.ts';
import { CROSS_REFERENCE_RULES } from './cross-reference.ts';
import { EXECUTION_RULES } from './execution.ts';
import { FINAL_ACCOUNTS_RULES } from './final-accounts.ts';
import { INDICATOR_RULES } from './indicators.ts';
import { INDICATOR_FORM_RULES } from './indicator-form.ts';
import { BUDGET_RULES } from './budgets.ts';
import { FUNDING_FLOW_RULES } from './funding-flow.ts';
import { SCORE_FORM_RULES } from './score-form.ts';
import { RESTATEMENT_RULES } from './restatements.ts';
import { REFERENCE_RULES } from './references.ts';
import { FORM_RULES } from './form.ts';
import { DOCUMENT_RULES } from './document.ts';
import { PERFORMANCE_RULES } from './performance.ts';
import { SCORE_RULES } from './scores.ts';
import { SHARE_RULES } from './shares.ts';
import { sourceNumber } from './source.ts';
import { TABLE_RULES } from './tables.ts';
import { THREE_PUBLIC_RULES } from './three-public.ts';
import { WORDING_RULES } from './wording.ts';
import { SEVERITIES, type AuditContext, type Finding, type Rule, type Severity } from './types.ts';

export type { AuditContext, Finding, Rule, Severity };
export { SEVERITIES };

/**
 * The findings of a unit-year, audited once with its full context (unit, narratives) by the caller, so every
 * page, count and file shows the same findings. Core functions that show findings take this, never re-audit.
 */
export type FindingsOf = (d: Disclosure) => readonly Finding[];

export const RULES: readonly Rule[] = [
	...FINAL_ACCOUNTS_RULES,
	...BALANCE_RULES,
	...SHARE_RULES,
	...CHANGE_RULES,
	...CLASSIFICATION_RULES,
	...THREE_PUBLIC_RULES,
	...EXECUTION_RULES,
	...WORDING_RULES,
	...BUDGET_RULES,
	...FUNDING_FLOW_RULES,
	...PERFORMANCE_RULES,
	...SCORE_RULES,
	...SCORE_FORM_RULES,
	...INDICATOR_RULES,
	...INDICATOR_FORM_RULES,
	...CROSS_REFERENCE_RULES,
	...TABLE_RULES,
	...RESTATEMENT_RULES,
	...REFERENCE_RULES,
	...FORM_RULES,
	...DOCUMENT_RULES,
	narrativeFigure,
	sourceNumber,
];

/** Families in the order /rules/ lists them. */
export const FAMILIES: readonly string[] = [...new Set(RULES.map((r) => r.family))];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
	return RULES.find((r) => r.id === id);
}

/**
 * Runs every rule on one unit-year; findings sorted by severity, then by rule order. A narrative finding that
 * repeats what another rule already reported (same values) is dropped.
 */
export function audit(d: Disclosure, context: AuditContext = {}, rules: readonly Rule[] = RULES): Finding[] {
	const order = (f: Finding) => SEVERITIES.indexOf(f.severity) * 1000 + rules.findIndex((r) => r.id === f.rule);
	const all = rules.flatMap((rule) => rule.check(d, context));
	const structured = all.filter((f) => f.rule !== narrativeFigure.id);
	const seen = new Set(structured.map((f) => `${f.actual}|${f.expected}`));
	const narrative = all.filter((f) => f.rule === narrativeFigure.id && !seen.has(`${f.actual}|${f.expected}`));
	return [...structured, ...narrative].sort((a, b) => order(a) - order(b));
}

/** Counts findings by severity (every severity present, zero when none). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
	const counts = { 确定: 0, 疑似: 0, 提示: 0 } satisfies Record<Severity, number>;
	for (const f of findings) counts[f.severity] += 1;
	return counts;
}
