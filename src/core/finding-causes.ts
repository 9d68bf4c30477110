/**
 * 数据核对 by cause (issue #14 point 6): one wrong figure reused in several places (收、支总计 580.44 = 290.22 × 2
 * in section 一, section 四, 图1 and 图4) is one problem, not four. Findings join one cause when they compare the
 * same two numbers (in either order, whatever the rule), when one rule finds the same real gap twice (a wrong
 * 人员经费 carried into 基本支出: 12.89 both times), or when one rule prints the same words for the same lack.
 */
import { SEVERITIES, type Finding, type Severity } from './rules/types.ts';

/** A printed value of a finding read as a number with its unit ('' when none was written). */
export interface FindingNumber {
	value: number;
	unit: string;
}

const NUMBER = /^([+-]?\d[\d,]*(?:\.\d+)?)\s*(%|个百分点|万元|元|[\u4e00-\u9fff]{1,2})?$/u;

/** Reads "2,940.05", "518.77 万元", "3.1%", "1 条" as a number and unit; undefined for words. */
export function findingNumber(text: string | undefined): FindingNumber | undefined {
	const m = text?.trim().match(NUMBER);
	if (!m) return undefined;
	const value = Number(m[1]!.replace(/,/g, ''));
	return Number.isFinite(value) ? { value, unit: m[2] ?? '' } : undefined;
}

/** Amount findings print bare numbers in 万元; a restatement writes the unit out: both are the same quantity. */
const unitTag = (unit: string) => (unit === '' ? '万元' : unit);

/** The keys that tie a finding to others: its pair of numbers, its real gap under its rule, or its words. */
export function causeKeys(f: Finding): string[] {
	const a = findingNumber(f.actual);
	const e = findingNumber(f.expected);
	if (a && e && unitTag(a.unit) === unitTag(e.unit)) {
		const [lo, hi] = [a.value, e.value].sort((x, y) => x - y);
		const keys = [`n:${unitTag(a.unit)}:${lo}|${hi}`];
		const gap = findingNumber(f.difference);
		if (f.severity !== '提示' && gap && gap.value !== 0) keys.push(`d:${f.rule}:${unitTag(gap.unit)}:${Math.abs(gap.value)}`);
		return keys;
	}
	if (f.actual !== undefined && f.expected !== undefined) return [`t:${f.rule}:${f.actual}|${f.expected}`];
	return [`u:${f.rule}:${f.path}`];
}

/** One problem and every place it shows; `severity` is that of its most serious finding. */
export interface FindingCause {
	/** The first key of its lead finding: stable for the same content. */
	key: string;
	severity: Severity;
	/** Most serious first, then in audit order; `findings[0]` states the cause best. */
	findings: Finding[];
}

/** Groups findings by cause; causes most serious first, then the widest (most places), then in audit order. */
export function groupByCause(findings: readonly Finding[]): FindingCause[] {
	const parent = findings.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
	const owner = new Map<string, number>();
	findings.forEach((f, i) => {
		for (const key of causeKeys(f)) {
			const j = owner.get(key);
			if (j === undefined) owner.set(key, i);
			else parent[root(i)] = root(j);
		}
	});
	const groups = new Map<number, Finding[]>();
	findings.forEach((f, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), f]));
	const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
	const causes = [...groups.entries()].map(([first, members]) => {
		const sorted = [...members].sort((x, y) => rank(x) - rank(y));
		return { first, cause: { key: causeKeys(sorted[0]!)[0]!, severity: sorted[0]!.severity, findings: sorted } };
	});
	causes.sort(
		(x, y) =>
			rank(x.cause.findings[0]!) - rank(y.cause.findings[0]!) || y.cause.findings.length - x.cause.findings.length || x.first - y.first,
	);
	return causes.map((c) => c.cause);
}

/** Causes counted by their severity (every severity present, zero when none). */
export function countCauses(causes: readonly FindingCause[]): Record<Severity, number> {
	const counts = { 确定: 0, 疑似: 0, 提示: 0 } satisfies Record<Severity, number>;
	for (const c of causes) counts[c.severity] += 1;
	return counts;
}

/** One cause as one 数据核对 block shows it: its findings in this block, and where else on the page it shows. */
export interface CauseInBlock {
	severity: Severity;
	/** This block's findings of the cause, most serious first. */
	here: Finding[];
	/** Anchors of the other blocks of the page that show the same cause, most serious finding first. */
	elsewhere: string[];
	/** Places of the cause on the whole page. */
	total: number;
}

/**
 * The causes of one block, reckoned against every finding of its page (`all`, which includes `block`), so a
 * block can say “同一原因另见 …”; most serious first.
 */
export function causesInBlock(block: readonly Finding[], all: readonly Finding[] = block): CauseInBlock[] {
	// The same finding may reach a block as another object (the page moves stray findings to one block).
	const id = (f: Finding) => `${f.rule}|${f.path}|${f.message}`;
	const mine = new Set(block.map(id));
	const others = all.filter((f) => !mine.has(id(f)));
	return groupByCause([...block, ...others])
		.map((cause) => {
			const here = cause.findings.filter((f) => mine.has(id(f)));
			const anchors = new Set(here.map((f) => f.anchor));
			const elsewhere = [...new Set(cause.findings.filter((f) => !mine.has(id(f)) && !anchors.has(f.anchor)).map((f) => f.anchor))];
			return { severity: here[0]?.severity ?? cause.severity, here, elsewhere, total: cause.findings.length };
		})
		.filter((c) => c.here.length > 0);
}
