/**
 * The figures a self-evaluation's text prints in its typed parts (部门资金收支, 经费类别, 项目资金流向), each with its
 * label as the report words it and its path: the audit compares them with the final accounts and sums them,
 * exactly as it does the untyped statedAmounts. Nothing here is computed; it only names and places.
 */
import { FUNDS_SIDES } from './schema/performance-funds.ts';
import type { Evaluation } from './schema/performance.ts';

/** One printed figure; `unit` is left out for 万元 (as in statedAmounts). */
export interface TextFigure {
	label: string;
	amount: number;
	unit?: string;
	share?: number;
	path: string;
}

/** A printed total with the items the text lists under it (“其中：…”). */
export interface TextTotal {
	total: TextFigure;
	parts: TextFigure[];
}

/** The path of a figure's number: an item of a list holds it in `.amount`, a typed field is the number itself. */
export const amountPath = (path: string): string => (path.endsWith(']') ? `${path}.amount` : path);

const unitOf = (u: '万元' | '元' | undefined) => (u === '元' ? '元' : undefined);

/** Every amount of the typed parts, labelled as the report words it. */
export function textFigures(ev: Evaluation, base: string): TextFigure[] {
	// A row of a printed total may be a total of its own items too: each figure once.
	const seen = new Set<string>();
	return textTotals(ev, base)
		.flatMap((t) => [t.total, ...t.parts])
		.filter((x) => !seen.has(x.path) && Boolean(seen.add(x.path)));
}

/** The totals of the typed parts with their items; a figure printed with no items is a total with no parts. */
export function textTotals(ev: Evaluation, base: string): TextTotal[] {
	const out: TextTotal[] = [];
	const add = (label: string, amount: number | undefined, unit: string | undefined, path: string, parts: TextFigure[] = []) => {
		if (amount !== undefined) out.push({ total: { label, amount, unit, path }, parts });
	};
	const items = (list: readonly { label: string; amount: number; share?: number }[], unit: string | undefined, path: string) =>
		list.map((x, k) => ({ label: x.label, amount: x.amount, share: x.share, unit, path: `${path}[${k}]` }));

	const f = ev.funds;
	if (f) {
		const u = unitOf(f.unit);
		const scope = f.scope ?? '';
		for (const [key, word] of FUNDS_SIDES) {
			const side = f[key];
			if (!side) continue;
			const p = `${base}.funds.${key}`;
			add(`年初预算${word}`, side.initial, u, `${p}.initial`, items(side.initialItems, u, `${p}.initialItems`));
			add(`${scope}调整后预算${word}`, side.adjusted, u, `${p}.adjusted`);
			add(side.finalLabel ?? `${scope}决算${word}`, side.final, u, `${p}.final`, items(side.finalItems, u, `${p}.finalItems`));
		}
		add('结转结余', f.carryover?.amount, u, `${base}.funds.carryover.amount`);
	}
	(ev.spendingKinds ?? []).forEach((g, j) => {
		const u = unitOf(g.unit);
		const p = `${base}.spendingKinds[${j}]`;
		const rowsOf = (col: 'budget' | 'actual') =>
			g.rows.flatMap((r, k) =>
				r[col] === undefined ? [] : [{ label: kindLabel(r, col), amount: r[col]!, unit: u, path: `${p}.rows[${k}].${col}` }],
			);
		// Rows are the parts of the printed total; a row's own items are the parts of the row.
		add(g.budgetLabel ?? '预算合计', g.budgetTotal, u, `${p}.budgetTotal`, rowsOf('budget'));
		add(g.actualLabel ?? '决算合计', g.actualTotal, u, `${p}.actualTotal`, rowsOf('actual'));
		g.rows.forEach((r, k) => {
			if (g.budgetTotal === undefined && r.budget !== undefined) add(kindLabel(r, 'budget'), r.budget, u, `${p}.rows[${k}].budget`);
			const parts = items(r.items, u, `${p}.rows[${k}].items`);
			if (g.actualTotal === undefined || parts.length) add(kindLabel(r, 'actual'), r.actual, u, `${p}.rows[${k}].actual`, parts);
		});
	});
	const flow = ev.fundingFlow;
	if (flow) {
		const u = unitOf(flow.unit);
		const p = `${base}.fundingFlow`;
		add('申报数', flow.requested, u, `${p}.requested`);
		add('批复数', flow.approved, u, `${p}.approved`);
		add('追加数', flow.added, u, `${p}.added`);
		add('追加后批复数', flow.adjusted, u, `${p}.adjusted`);
		add('到位数', flow.arrived, u, `${p}.arrived`);
		add('支出数', flow.spent, u, `${p}.spent`);
	}
	return out;
}

/** “人员经费支出（预算）”, “当年财政拨款基本支出”: the row's printed name, the budget column marked. */
function kindLabel(r: { kind: string; label?: string }, col: 'budget' | 'actual'): string {
	const name = r.label ?? r.kind;
	return col === 'budget' ? `${name}（预算）` : name;
}
