/** The data table every figure carries (always in the HTML, so the figure reads without JavaScript). */
import { formatPercent } from '../format.ts';
import { amount, text, type TableModel } from '../sections/model.ts';
import type { FigureSpec } from './types.ts';
import { fenToWan, sumFen, toFen } from '../money.ts';

/** Bars: one row per quantity, one column per year. Pies: amount and share per part, then the sum. */
export function figureTable(spec: FigureSpec): TableModel {
	const caption = `图${spec.no} ${spec.title}（数据表）`;
	if (spec.kind === 'bar') {
		return {
			id: `figure-${spec.no}-table`,
			caption,
			unit: spec.unit,
			columns: ['项目', ...spec.series.map((s) => (s.derived ? `${s.name}（推算）` : s.name))],
			rows: spec.labels.map((label, i) => ({ header: label, cells: spec.series.map((s) => amount(s.values[i] ?? undefined)) })),
		};
	}
	const values = spec.series[0]?.values ?? [];
	const sum = fenToWan(sumFen(values.map((v) => toFen(v ?? 0))).fen);
	return {
		id: `figure-${spec.no}-table`,
		caption,
		unit: spec.unit,
		columns: ['项目', '金额', '占比'],
		rows: [
			...spec.labels.map((label, i) => ({
				header: label,
				cells: [
					amount(values[i] ?? undefined),
					sum > 0 ? { text: formatPercent(spec.shares?.[i] ?? 0, 2), numeric: true } : text(undefined),
				],
			})),
			{
				header: '各部分合计',
				cells: [amount(sum), sum > 0 ? { text: formatPercent(100, 2), numeric: true } : text(undefined)],
				total: true,
			},
		],
	};
}
