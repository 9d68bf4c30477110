/** 图2, 图3, 图6, 图7: pie charts of a whole split into its parts. */
import { formatPercent, formatWan } from '../format.ts';
import { fenToWan, pctUnitsToNumber, ratioPct, sumFen, toFen } from '../money.ts';
import type { FinalAccountsSection } from '../mdx-safety.ts';
import type { FigureNo, FigureSpec } from './types.ts';

export interface StructurePart {
	label: string;
	amount: number;
}

interface StructureFigure {
	no: FigureNo;
	title: string;
	section: FinalAccountsSection;
	/** What the whole is called, e.g. “本年收入合计”. */
	whole: string;
	/** The printed total, when the document prints one. */
	printedTotal?: number;
	parts: readonly StructurePart[];
}

/** How many parts the summary sentence names before “等”. */
const NAMED_PARTS = 3;

/** Builds a pie figure; shares are of the sum of the parts, so the slices always add up to 100%. */
export function structureFigure({ no, title, section, whole, printedTotal, parts }: StructureFigure): FigureSpec {
	const fen = parts.map((p) => toFen(p.amount).fen);
	const sum = sumFen(parts.map((p) => toFen(p.amount))).fen;
	const shares = fen.map((f) => (sum === 0 ? 0 : Math.round(pctUnitsToNumber(ratioPct(f, sum)) * 100) / 100));
	const base = {
		no,
		title,
		section,
		kind: 'pie' as const,
		unit: '万元' as const,
		labels: parts.map((p) => p.label),
		series: [{ name: '金额', values: parts.map((p) => p.amount) }],
		shares,
	};
	const total = printedTotal ?? fenToWan(sum);
	const notes =
		printedTotal !== undefined && toFen(printedTotal).fen !== sum && sum > 0
			? [
					`各部分之和为 ${formatWan(fenToWan(sum))} 万元，与原文印出的${whole} ${formatWan(printedTotal)} 万元不一致；图中占比按各部分之和计算。`,
				]
			: [];
	if (parts.length === 0) {
		return { ...base, notes, summary: `原文未分项列出${whole}。`, empty: `原文未分项列出${whole}的构成，没有可绘制的结构。` };
	}
	if (sum === 0) {
		return {
			...base,
			notes,
			summary: `${whole}为${formatWan(total)}万元，各项均为 0。`,
			empty: `各项金额均为 0 万元，饼图没有可显示的部分，故不绘制；数据见下表。`,
		};
	}
	const ranked = parts
		.map((p, i) => ({ ...p, share: shares[i]! }))
		.filter((p) => p.amount > 0)
		.sort((a, b) => b.share - a.share);
	const named = ranked.slice(0, NAMED_PARTS).map((p) => `${p.label}${formatWan(p.amount)}万元，占${formatPercent(p.share, 2)}`);
	const rest =
		ranked.length > NAMED_PARTS
			? `，其余 ${ranked.length - NAMED_PARTS} 项合占${formatPercent(Math.round((100 - ranked.slice(0, NAMED_PARTS).reduce((a, p) => a + p.share, 0)) * 100) / 100, 2)}`
			: '';
	const only = ranked.length === 1 ? '全部为' : '其中';
	const summary =
		ranked.length === 1
			? `${whole}${formatWan(total)}万元，${only}${ranked[0]!.label}。`
			: `${whole}${formatWan(total)}万元，${only}${named.join('；')}${rest}。`;
	// A pie of one slice is a full circle that says nothing the sentence does not (issue #14 point 8).
	const instead = ranked.length === 1 ? `只有${ranked[0]!.label}一项，占 100%，饼图只是一个整圆，故不绘制；数据见下表。` : undefined;
	return { ...base, notes, summary, ...(instead && { instead }) };
}
