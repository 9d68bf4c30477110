/**
 * 图1–7 derived from a unit-year's printed data (DESIGN §1): never typed in by hand. Each figure knows the
 * template section it belongs to; a figure without data comes back with `empty` saying why.
 */
import type { Disclosure } from '../schema/disclosure.ts';
import { expenditureKinds, incomeSources, type FinalAccounts } from '../schema/final-accounts.ts';
import type { FinalAccountsSection } from '../mdx-safety.ts';
import { EXPENDITURE_LABELS, INCOME_LABELS } from '../templates/labels.ts';
import { changeFigure } from './change.ts';
import { fenToWan, toFen } from '../money.ts';
import { formatWan } from '../format.ts';
import { structureFigure, type StructurePart } from './structure.ts';
import { FIGURE_NUMBERS, isDrawable, type FigureNo, type FigureSpec } from './types.ts';
import { THREE_PUBLIC_PARTS } from '../templates/three-public.ts';

export * from './types.ts';

/** Template titles and the section each figure sits in. */
export const FIGURES: Record<FigureNo, { title: string; section: FinalAccountsSection; data: string }> = {
	1: { title: '收入、支出决算总计变动情况', section: 'totals', data: '收入支出决算总体情况' },
	2: { title: '收入决算结构', section: 'income', data: '收入决算情况' },
	3: { title: '支出决算结构', section: 'expenditure', data: '支出决算情况' },
	4: { title: '财政拨款收、支决算总计变动情况', section: 'fiscalTotals', data: '财政拨款收入支出决算总体情况' },
	5: { title: '一般公共预算财政拨款支出决算变动情况', section: 'generalBudget', data: '一般公共预算财政拨款支出决算情况' },
	6: { title: '一般公共预算财政拨款支出决算结构', section: 'generalBudget', data: '一般公共预算财政拨款支出结构（按功能分类“类”）' },
	7: { title: '“三公”经费财政拨款支出结构', section: 'threePublic', data: '“三公”经费支出决算情况' },
};

/** The figure a section of the document carries when it has no data at all. */
function noData(no: FigureNo): FigureSpec {
	const f = FIGURES[no];
	return {
		no,
		title: f.title,
		section: f.section,
		kind: no === 1 || no === 4 || no === 5 ? 'bar' : 'pie',
		unit: '万元',
		labels: [],
		series: [],
		notes: [],
		summary: `原文没有${f.data}的数据。`,
		empty: `原文没有${f.data}的数据，无法绘制。`,
	};
}

const present = <T>(x: T | undefined): x is T => x !== undefined;

function derive(no: FigureNo, fa: FinalAccounts, year: number): FigureSpec | undefined {
	const { title, section } = FIGURES[no];
	switch (no) {
		case 1:
		case 4: {
			const t = no === 1 ? fa.totals : fa.fiscalTotals;
			const prefix = no === 1 ? '' : '财政拨款';
			if (!t) return undefined;
			// A text printing only the combined 收入支出总计 has one bar pair, not two.
			const quantities =
				t.income === undefined && t.expenditure === undefined
					? [{ label: `${prefix}收入支出总计`, current: t.statedCombined!, change: t.change }]
					: [
							{ label: `${prefix}收入总计`, current: (t.income ?? t.statedCombined ?? t.expenditure)!, change: t.change },
							{ label: `${prefix}支出总计`, current: (t.expenditure ?? t.statedCombined ?? t.income)!, change: t.change },
						];
			return changeFigure({ no, title, section, year, quantities });
		}
		case 5: {
			const g = fa.generalBudget;
			return (
				g &&
				changeFigure({ no, title, section, year, quantities: [{ label: '一般公共预算财政拨款支出', current: g.amount, change: g.change }] })
			);
		}
		case 2: {
			const inc = fa.income;
			const parts = inc && incomeSources.map((k) => inc[k] && { label: INCOME_LABELS[k], amount: inc[k].amount }).filter(present);
			return inc && structureFigure({ no, title, section, whole: '本年收入合计', printedTotal: inc.total, parts: parts! });
		}
		case 3: {
			const exp = fa.expenditure;
			// 基本支出 and 项目支出 always; the other kinds only where the unit has them (DESIGN §1).
			const parts =
				exp &&
				expenditureKinds
					.map((k) =>
						exp[k] && (k === 'basic' || k === 'project' || exp[k].amount > 0)
							? { label: EXPENDITURE_LABELS[k], amount: exp[k].amount }
							: undefined,
					)
					.filter(present);
			return exp && structureFigure({ no, title, section, whole: '本年支出合计', printedTotal: exp.total, parts: parts! });
		}
		case 6: {
			const g = fa.generalBudget;
			if (!g || g.byCategory.length === 0) return undefined;
			const parts: StructurePart[] = g.byCategory.map((c) => ({ label: c.name, amount: c.amount }));
			return structureFigure({ no, title, section, whole: '一般公共预算财政拨款支出', printedTotal: g.amount, parts });
		}
		case 7: {
			const t = fa.threePublic;
			const parts = t && THREE_PUBLIC_PARTS.map(({ key, label }) => t[key] && { label, amount: t[key].amount }).filter(present);
			return t && structureFigure({ no, title, section, whole: '“三公”经费财政拨款支出', printedTotal: t.total, parts: parts! });
		}
	}
}

/** 图N of one unit-year; `undefined` when the unit-year has no 部门决算 at all. */
export function deriveFigure(no: FigureNo, d: Disclosure): FigureSpec | undefined {
	if (!d.finalAccounts) return undefined;
	const spec = derive(no, d.finalAccounts, d.year) ?? noData(no);
	const same = isDrawable(spec)
		? FIGURE_NUMBERS.filter((n) => n < no).find((n) => repeats(spec, derive(n, d.finalAccounts!, d.year)))
		: undefined;
	return same === undefined ? spec : { ...spec, instead: repeatNote(spec, same) };
}

/** The distinct values a figure draws, in 分 (null and zero left out), in order. */
function drawnValues(spec: FigureSpec): number[] {
	const fen = spec.series
		.flatMap((s) => s.values)
		.filter((v): v is number => v !== null && v !== 0)
		.map((v) => toFen(v).fen);
	return [...new Set(fen)].sort((a, b) => a - b);
}

/**
 * Whether a figure draws nothing but the numbers an earlier, drawn figure of the same kind draws: where all
 * income is 财政拨款, 图4 and 图5 repeat 图1's 本年 and 上年 and need no second chart (issue #14 point 8).
 */
function repeats(spec: FigureSpec, earlier: FigureSpec | undefined): boolean {
	if (!earlier || !isDrawable(earlier) || earlier.kind !== spec.kind) return false;
	const [mine, theirs] = [drawnValues(spec), drawnValues(earlier)];
	return mine.length > 0 && mine.length === theirs.length && mine.every((v, i) => v === theirs[i]);
}

function repeatNote(spec: FigureSpec, earlier: FigureNo): string {
	const values = drawnValues(spec)
		.map((fen) => formatWan(fenToWan(fen)))
		.join('、');
	return `图中的数（${values} 万元）与图${earlier}完全相同，不再重复绘制；数据见下表。`;
}

/** All seven figures in template order (empty list without a 部门决算). */
export function deriveAll(d: Disclosure): FigureSpec[] {
	return FIGURE_NUMBERS.map((no) => deriveFigure(no, d)).filter(present);
}

/** The figures the template places in a section, in order. */
export function figuresOfSection(section: string): FigureNo[] {
	return FIGURE_NUMBERS.filter((no) => FIGURES[no].section === section);
}

/** Parses the `no` attribute of `<Figure no="3" />`. */
export function figureNo(value: string | number): FigureNo | undefined {
	const n = Number(value);
	return FIGURE_NUMBERS.includes(n as FigureNo) ? (n as FigureNo) : undefined;
}

export { figureTable } from './table.ts';
