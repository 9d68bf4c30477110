/**
 * “At a glance” (issue #14 point 1): what a reader wants first from a 部门决算, taken from the printed values
 * only — totals with their stated change, the two largest sources and uses, 财政拨款, 三公, 机关运行经费,
 * staff, and the 数据核对 findings that concern this page, most serious first. Nothing here is recomputed
 * except shares of the two structure bars (of the printed parts, as 图2/图3 do).
 */
import type { Disclosure } from './schema/disclosure.ts';
import { expenditureKinds, incomeSources } from './schema/final-accounts.ts';
import type { Change } from './schema/primitives.ts';
import { EXPENDITURE_LABELS, INCOME_LABELS } from './templates/labels.ts';
import { countBySeverity, SEVERITIES, type Finding, type Severity } from './rules/index.ts';
import { countCauses, groupByCause } from './finding-causes.ts';
import { FINAL_ACCOUNTS_SECTIONS } from './mdx-safety.ts';
import { pctUnitsToNumber, ratioPct, sumFen, toFen } from './money.ts';
import { staffOf } from './compare.ts';
import { formatPercent, formatWan } from './format.ts';

/** One part of a whole, as printed, with its share of the printed parts (for the bar, two decimals). */
export interface SummaryPart {
	label: string;
	amount: number;
	/** Share as printed, when printed. */
	printedShare?: number;
	/** Share of the sum of the printed parts (0–100, two decimals): what the bar is drawn from. */
	share: number;
	/** Where its segment starts in the bar (0–100): the shares of the larger parts before it. */
	offset: number;
}

/** A whole and its non-zero parts, largest first; the two largest are named, the others summed up. */
export interface SummaryStructure {
	total: number;
	parts: SummaryPart[];
	named: SummaryPart[];
	rest?: { count: number; share: number };
}

/** How many parts the summary names (the issue asks for the two largest). */
const NAMED_PARTS = 2;

export interface FinalAccountsSummary {
	/** 收入总计 / 支出总计 of section 一 as printed (only `combined` where the text prints one 收、支总计), with the change stated for them. */
	totals?: { income?: number; expenditure?: number; combined?: number; change?: Change };
	/** 本年收入 by source and 本年支出 by kind (sections 二, 三). */
	income?: SummaryStructure;
	expenditure?: SummaryStructure;
	/** 财政拨款收入总计 (section 四). */
	fiscal?: { income?: number; combined?: number; change?: Change };
	threePublic?: { total: number; change?: Change };
	operatingCosts?: { amount: number; change?: Change };
	staff?: { onPayroll?: number; authorized?: number; asOf?: string };
	/** Findings shown on this page, by severity, and the one or two that matter most. */
	findings: {
		total: number;
		counts: Record<Severity, number>;
		/** The findings grouped by cause (finding-causes.ts): how many problems, by the severity of each. */
		causes: number;
		causeCounts: Record<Severity, number>;
		/** The lead finding of each of the one or two causes that matter most, and how many places each covers. */
		top: Finding[];
		topPlaces: number[];
		first: Record<Severity, string | undefined>;
	};
}

/** How many of the most serious findings the summary quotes. */
const TOP_FINDINGS = 2;

function structure(total: number, parts: { label: string; amount: number; share?: number }[]): SummaryStructure {
	const nonZero = parts.filter((p) => p.amount > 0);
	const fen = nonZero.map((p) => toFen(p.amount));
	const whole = sumFen(fen).fen;
	const withShare = nonZero.map((p, i) => ({
		label: p.label,
		amount: p.amount,
		printedShare: p.share,
		share: whole === 0 ? 0 : Math.round(pctUnitsToNumber(ratioPct(fen[i]!.fen, whole)) * 100) / 100,
	}));
	withShare.sort((a, b) => toFen(b.amount).fen - toFen(a.amount).fen);
	let offset = 0;
	const placed = withShare.map((p) => {
		const at = offset;
		offset = Math.round((offset + p.share) * 100) / 100;
		return { ...p, offset: at };
	});
	const others = placed.slice(NAMED_PARTS);
	const rest = others.length ? { count: others.length, share: Math.round(others.reduce((a, p) => a + p.share * 100, 0)) / 100 } : undefined;
	return { total, parts: placed, named: placed.slice(0, NAMED_PARTS), rest };
}

/** Page anchor of a finding: its section, or the block of findings placed nowhere else (FINDINGS_OTHER_ID). */
export const FINDINGS_OTHER_ID = 'findings-other';

/** Findings the 部门决算 page shows (those of the performance page are counted there). */
export function finalAccountsFindings(d: Disclosure, findings: readonly Finding[]): Finding[] {
	const evaluations = new Set(d.performance?.evaluations.map((e) => e.id) ?? []);
	const sections = new Set<string>(FINAL_ACCOUNTS_SECTIONS);
	return findings.filter((f) => !evaluations.has(f.anchor)).map((f) => (sections.has(f.anchor) ? f : { ...f, anchor: FINDINGS_OTHER_ID }));
}

/** Findings by severity and by cause, plus the causes that matter most: most serious, then most places. */
export function findingsSummary(findings: readonly Finding[]): FinalAccountsSummary['findings'] {
	const counts = countBySeverity(findings);
	const causes = groupByCause(findings);
	const top = causes.filter((c) => c.severity !== '提示').slice(0, TOP_FINDINGS);
	const first = Object.fromEntries(SEVERITIES.map((s) => [s, findings.find((f) => f.severity === s)?.anchor])) as Record<
		Severity,
		string | undefined
	>;
	return {
		total: findings.length,
		counts,
		causes: causes.length,
		causeCounts: countCauses(causes),
		top: top.map((c) => c.findings[0]!),
		topPlaces: top.map((c) => c.findings.length),
		first,
	};
}

/** The summary of one unit-year's 部门决算; undefined without one. */
export function finalAccountsSummary(d: Disclosure, findings: readonly Finding[]): FinalAccountsSummary | undefined {
	const fa = d.finalAccounts;
	if (!fa) return undefined;
	const inc = fa.income;
	const exp = fa.expenditure;
	const staffing = d.staffing.find((s) => s.onPayroll !== undefined || s.authorized !== undefined);
	return {
		totals: fa.totals && {
			income: fa.totals.income,
			expenditure: fa.totals.expenditure,
			combined: fa.totals.statedCombined,
			change: fa.totals.change,
		},
		income:
			inc &&
			structure(
				inc.total,
				incomeSources.flatMap((k) => (inc[k] ? [{ label: INCOME_LABELS[k], ...inc[k] }] : [])),
			),
		expenditure:
			exp &&
			structure(
				exp.total,
				expenditureKinds.flatMap((k) => (exp[k] ? [{ label: EXPENDITURE_LABELS[k], ...exp[k] }] : [])),
			),
		fiscal: fa.fiscalTotals && { income: fa.fiscalTotals.income, combined: fa.fiscalTotals.statedCombined, change: fa.fiscalTotals.change },
		threePublic: fa.threePublic && { total: fa.threePublic.total, change: fa.threePublic.change },
		operatingCosts: fa.otherMatters?.operatingCosts && {
			amount: fa.otherMatters.operatingCosts.amount,
			change: fa.otherMatters.operatingCosts.change,
		},
		staff: staffing && { onPayroll: staffOf(d), authorized: staffing.authorized, asOf: staffing.asOf },
		findings: findingsSummary(finalAccountsFindings(d, findings)),
	};
}

/** A stated change in words: “比上年减少 32.47 万元（下降 3.68%）”; undefined when nothing usable was printed. */
export function changeText(change: Change | undefined, unit = '万元'): string | undefined {
	if (!change || change.direction === 'unstated') return undefined;
	if (change.direction === 'flat') return '与上年持平';
	const up = change.direction === 'increase';
	const amount = change.amount === undefined ? '' : ` ${formatWan(change.amount)} ${unit}`;
	const pct = change.percent === undefined ? '' : `（${up ? '增长' : '下降'} ${formatPercent(change.percent)}）`;
	return `比上年${up ? '增加' : '减少'}${amount}${pct}`;
}
