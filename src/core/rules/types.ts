/**
 * Audit rules are data: one object per rule with a stable id (used in URLs, fixtures, the CLI and /rules/),
 * and a pure check returning findings. Findings never stop publishing; they are shown to readers.
 */
import { agreement, compareRate, printedAmount, sumFen, toPct, pctUnitsToNumber, type Fen } from '../money.ts';
import type { Disclosure } from '../schema/disclosure.ts';
import type { Unit } from '../schema/unit.ts';
import { formatFen, formatPercent, formatPercentPoints } from '../format.ts';
import type { NarrativeInput } from '../narrative-audit.ts';

/** 确定: the numbers contradict each other. 疑似: likely wrong, needs a reader's judgement. 提示: rounding-level. */
export type Severity = '确定' | '疑似' | '提示';

export const SEVERITIES: readonly Severity[] = ['确定', '疑似', '提示'];

/** One disagreement between what was printed and what it should be. */
export interface Finding {
	rule: string;
	severity: Severity;
	/** Dotted path of the printed figure in the entry, e.g. `finalAccounts.income.total`. */
	path: string;
	/** Where on the page it belongs: a final-accounts section key or an evaluation id. */
	anchor: string;
	/** Plain Chinese: what was printed, what it should be, the gap. */
	message: string;
	expected?: string;
	actual?: string;
	difference?: string;
}

export interface Rule {
	id: string;
	family: string;
	severity: Severity;
	/** Short Chinese title. */
	title: string;
	/** What the rule checks and why it matters, in plain Chinese. */
	explain: string;
	/** How it is computed (formula), shown on /rules/<id>/. */
	formula: string;
	/** Why a reader should care, in plain Chinese (shown on /rules/<id>/). */
	why?: string;
	check(d: Disclosure, context?: AuditContext): Finding[];
}

/** What some rules need besides the entry: the unit (单位性质) and the narratives (MDX source, or as the build read it). */
export interface AuditContext {
	unit?: Pick<Unit, 'kind'> & Partial<Pick<Unit, 'name' | 'shortName'>>;
	narratives?: { finalAccounts?: NarrativeInput; performance?: NarrativeInput };
	/** The entry's source.txt, for the 录入核对 rule (absent: that rule is skipped). */
	source?: string;
}

/** A printed 万元 amount in 分 with its slack: the one tolerance helper (money.ts `printedAmount`). */
export const wanFen = (value: number): Fen => printedAmount(value);

/** Where a finding sits: the first two path segments name the section or evaluation. */
export interface Place {
	path: string;
	anchor: string;
	/** What the figure is called, in Chinese, e.g. "本年收入合计". */
	label: string;
}

/**
 * Compares a printed amount with the sum of printed parts. A gap within the parts' rounding slack is a
 * 提示, a larger one gets the rule's severity.
 */
export function expectSum(rule: Rule, place: Place, printed: number, parts: readonly number[], formula: string): Finding[] {
	const total = wanFen(printed);
	const sum = sumFen(parts.map((p) => wanFen(p)));
	return compareFen(rule, place, total, sum, formula);
}

/** Compares two printed amounts that should be equal. */
export function expectEqual(rule: Rule, place: Place, printed: number, other: number, formula: string): Finding[] {
	return compareFen(rule, place, wanFen(printed), wanFen(other), formula);
}

function compareFen(rule: Rule, place: Place, printed: Fen, computed: Fen, formula: string): Finding[] {
	const verdict = agreement(printed.fen, computed.fen, printed.slack + computed.slack);
	if (verdict === 'equal') return [];
	const gap = printed.fen - computed.fen;
	return [
		{
			rule: rule.id,
			severity: verdict === 'rounding' ? '提示' : rule.severity,
			path: place.path,
			anchor: place.anchor,
			message: `${place.label}印为 ${formatFen(printed.fen)} 万元，按 ${formula} 应为 ${formatFen(computed.fen)} 万元，相差 ${formatFen(Math.abs(gap))} 万元。`,
			expected: formatFen(computed.fen),
			actual: formatFen(printed.fen),
			difference: formatFen(gap),
		},
	];
}

/** Compares a printed share (%) with part / whole at the printed precision. */
export function expectShare(rule: Rule, place: Place, printedShare: number, part: number, whole: number, wholeLabel: string): Finding[] {
	const printed = toPct(printedShare);
	const p = wanFen(part);
	const w = wanFen(whole);
	const rate = compareRate(printedShare, p, w);
	if (!rate) return [];
	const { verdict, computed } = rate;
	if (verdict === 'equal') return [];
	const gap = printed.units - computed;
	return [
		{
			rule: rule.id,
			severity: verdict === 'rounding' ? '提示' : rule.severity,
			path: place.path,
			anchor: place.anchor,
			message:
				`${place.label}的占比印为 ${formatPercent(printedShare)}，按 ${formatFen(p.fen)} ÷ ${wholeLabel} ${formatFen(w.fen)} 计算应为 ${formatPercent(pctUnitsToNumber(computed), 2)}，` +
				`相差 ${formatPercentPoints(Math.abs(pctUnitsToNumber(gap)))} 个百分点。`,
			expected: formatPercent(pctUnitsToNumber(computed), 2),
			actual: formatPercent(printedShare),
			difference: formatPercent(pctUnitsToNumber(gap), 2),
		},
	];
}

/** A finding at one place with the rule's severity unless another is given. */
export function finding(
	rule: Rule,
	place: Omit<Place, 'label'>,
	message: string,
	extra: { severity?: Severity; expected?: string; actual?: string; difference?: string } = {},
): Finding {
	const { severity = rule.severity, ...values } = extra;
	return { rule: rule.id, severity, path: place.path, anchor: place.anchor, message, ...values };
}

/** Like expectSum, but a real gap gets `severity` instead of the rule's own (for identities a reader must judge). */
export function expectSumAs(
	severity: Severity,
	rule: Rule,
	place: Place,
	printed: number,
	parts: readonly number[],
	formula: string,
): Finding[] {
	return expectSum(rule, place, printed, parts, formula).map((f) => (f.severity === '提示' ? f : { ...f, severity }));
}
