/**
 * Navigation for a city (issue #14 point 9): units grouped by 主管部门 as well as by 地区, and what a year page
 * says of each unit-year — its printed 收入 / 支出 totals and where its publication stands. Pure.
 */
import type { Disclosure } from './schema/disclosure.ts';
import type { Unit } from './schema/unit.ts';
import type { StatusRow, YearStatus } from './status.ts';
import { timelinessText } from './status-table.ts';
import { formatDate, formatWan } from './format.ts';

const collator = new Intl.Collator('zh-CN');

/** Units by 主管部门, departments and units in Chinese collation order. */
export function unitsBySupervisor(units: readonly Unit[]): { supervisor: string; units: Unit[] }[] {
	const groups = new Map<string, Unit[]>();
	for (const u of units) groups.set(u.supervisor, [...(groups.get(u.supervisor) ?? []), u]);
	return [...groups.entries()]
		.sort(([a], [b]) => collator.compare(a, b))
		.map(([supervisor, list]) => ({ supervisor, units: [...list].sort((a, b) => collator.compare(a.name, b.name)) }));
}

/**
 * 收入总计 / 支出总计 as printed, in 万元 text; a text printing only one 收、支总计 gives it for both. A year with
 * no 部门决算, or one that prints no totals, says which in words rather than showing a blank or a zero.
 */
export function printedTotals(d: Pick<Disclosure, 'finalAccounts'>): { income: string; expenditure: string } {
	if (!d.finalAccounts) return { income: '无部门决算', expenditure: '无部门决算' };
	const t = d.finalAccounts.totals;
	const show = (v: number | undefined) => (v === undefined ? '未印出' : formatWan(v));
	return { income: show(t?.income ?? t?.statedCombined), expenditure: show(t?.expenditure ?? t?.statedCombined) };
}

/** Where a published unit-year stands: the roster's timeliness when the year has a roster, else its date. */
export function publicationState(d: Pick<Disclosure, 'unit' | 'source'>, status: YearStatus | undefined): string {
	const row = status?.rows.find((r) => r.unit.id === d.unit);
	if (row && status) return `已公开，${timelinessText(row, status.deadlineDays)}`;
	return d.source.publishedOn ? `已公开（${formatDate(d.source.publishedOn)}）` : '已公开（原文未注明公开时间）';
}

/** Units on the year's roster with nothing published: the year page lists them too, never drops them. */
export function unpublished(status: YearStatus | undefined): StatusRow[] {
	return status?.rows.filter((r) => !r.published) ?? [];
}
