/** 图1, 图4, 图5: bar charts comparing the previous year with this year. */
import { previousFromChange } from '../computed.ts';
import { formatPercent, formatWan } from '../format.ts';
import { fenToWan, pctUnitsToNumber, ratioPct, toFen } from '../money.ts';
import type { FinalAccountsSection } from '../mdx-safety.ts';
import type { Change } from '../schema/primitives.ts';
import type { FigureNo, FigureSpec } from './types.ts';

/** One quantity compared across the two years (收入总计, 支出总计 …). */
export interface ChangeQuantity {
	label: string;
	current: number;
	change: Change | undefined;
}

interface ChangeFigure {
	no: FigureNo;
	title: string;
	section: FinalAccountsSection;
	year: number;
	quantities: readonly ChangeQuantity[];
}

const yearLabel = (y: number) => `${y}年`;

/** “比2023年（881.37万元）减少32.47万元，下降3.68%” for one quantity. */
function describeChange(prevYear: number, prev: number, current: number): string {
	const delta = toFen(current).fen - toFen(prev).fen;
	if (delta === 0) return `与${yearLabel(prevYear)}（${formatWan(prev)}万元）持平`;
	const pct = Math.round(pctUnitsToNumber(ratioPct(Math.abs(delta), toFen(prev).fen)) * 100) / 100;
	const [verb, rate] = delta > 0 ? ['增加', '增长'] : ['减少', '下降'];
	const pctText = prev === 0 ? '' : `，${rate}${formatPercent(pct, 2)}`;
	return `比${yearLabel(prevYear)}（${formatWan(prev)}万元）${verb}${formatWan(fenToWan(Math.abs(delta)))}万元${pctText}`;
}

/** Builds a 上年 vs 本年 bar figure; previous-year values come only from a stated change, and say so. */
export function changeFigure({ no, title, section, year, quantities }: ChangeFigure): FigureSpec {
	const previous = quantities.map((q) => previousFromChange(q.current, q.change));
	const prevValues = previous.map((p) => p?.value ?? null);
	const how = previous.find((p) => p)?.how;
	const base = {
		no,
		title,
		section,
		kind: 'bar' as const,
		unit: '万元' as const,
		labels: quantities.map((q) => q.label),
		series: [
			{ name: yearLabel(year - 1), values: prevValues, ...(how ? { derived: how } : {}) },
			{ name: yearLabel(year), values: quantities.map((q) => q.current) },
		],
	};
	const notes = how ? [`${yearLabel(year - 1)}数据原文未直接印出，${how}。`] : [];
	const sameValues = quantities.every((q) => q.current === quantities[0]!.current) && prevValues.every((v) => v === prevValues[0]);
	const names = quantities.map((q) => q.label).join('、');
	const now = quantities.map((q) => `${q.label}${formatWan(q.current)}万元`).join('，');
	if (prevValues.some((v) => v === null)) {
		return {
			...base,
			notes,
			summary: `${yearLabel(year)}${now}；原文未给出${yearLabel(year - 1)}的数。`,
			empty: `原文既未印出${yearLabel(year - 1)}的数，也未写明与上年相比的变动金额，无法比较两年，故不绘制变动图。`,
		};
	}
	if (quantities.every((q) => q.current === 0) && prevValues.every((v) => v === 0)) {
		return {
			...base,
			notes,
			summary: `${yearLabel(year - 1)}和${yearLabel(year)}的${names}均为 0 万元。`,
			empty: `两年的${names}均为 0 万元，没有可比较的柱形。`,
		};
	}
	const summary =
		sameValues && quantities.length > 1
			? `${yearLabel(year)}${names}均为${formatWan(quantities[0]!.current)}万元，${describeChange(year - 1, prevValues[0]!, quantities[0]!.current)}。`
			: `${yearLabel(year)}${quantities.map((q, i) => `${q.label}${formatWan(q.current)}万元，${describeChange(year - 1, prevValues[i]!, q.current)}`).join('；')}。`;
	return { ...base, notes, summary };
}
