/**
 * A finding's figures in plain words (issue #14 point 6): what was printed and what it should be, each with its
 * unit, and the gap with its unit and direction ("少 0.01 万元", "多 0.08 个百分点"). Rules write amounts bare
 * (the message carries the unit); this reads the unit back from the values or the message, never guesses.
 */
import { findingNumber } from './finding-causes.ts';
import type { Finding } from './rules/types.ts';

export interface FindingValues {
	printed?: string;
	expected?: string;
	/** The size of the gap with its unit, without sign. */
	gap?: string;
	/** Whether the printed figure is more or less than it should be; absent when that cannot be said. */
	direction?: 'more' | 'less';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_AFTER = '\\s*(万元|元|个百分点|分|人|个|条|件|张|台|辆|次|项|%)';

/** The unit a bare figure of the finding is written with in its message, if any. */
function unitInMessage(f: Finding, figure: string | undefined): string | undefined {
	if (!figure) return undefined;
	return f.message.match(new RegExp(`${escape(figure.replace(/^[+-]/, ''))}${UNIT_AFTER}`))?.[1];
}

const withUnit = (text: string, unit: string | undefined) => (unit && unit !== '%' ? `${text} ${unit}` : text);

/** Printed, expected and the gap of a finding, each with its unit where one can be read. */
export function findingValues(f: Finding): FindingValues {
	const a = findingNumber(f.actual);
	const e = findingNumber(f.expected);
	const d = findingNumber(f.difference);
	const unit = a?.unit || e?.unit || unitInMessage(f, f.actual) || unitInMessage(f, f.expected) || unitInMessage(f, f.difference);
	const printed = f.actual && (a && !a.unit ? withUnit(f.actual, unit) : f.actual);
	const expected = f.expected && (e && !e.unit ? withUnit(f.expected, unit) : f.expected);
	if (!a || !e || (a.unit || unit) !== (e.unit || unit) || a.value === e.value) return { printed, expected };
	const gapUnit = unit === '%' ? '个百分点' : unit;
	const size = d ? f.difference!.replace(/^[+-]/, '').replace(/\s*(%|个百分点|万元|元|[\u4e00-\u9fff]{1,2})$/u, '') : undefined;
	return {
		printed,
		expected,
		gap: size === undefined ? undefined : withUnit(size, d?.unit && d.unit !== '%' ? d.unit : gapUnit),
		direction: a.value > e.value ? 'more' : 'less',
	};
}
