/**
 * The typed figures of a self-evaluation's text (部门资金收支情况, 经费类别的预算与决算, 常年 / 一次性项目, 项目资金流向)
 * as page tables. The same models feed the page and the CSV (csv-tables.ts).
 */
import { FUNDS_SIDES, type DepartmentFunds, type FundingFlow, type ProjectStat, type SpendingKinds } from '../schema/performance-funds.ts';
import type { Evaluation } from '../schema/performance.ts';
import { amount, count, percent, pruneEmptyColumns, text, type Cell, type TableModel, type TableRow } from './model.ts';

const EMPTY = text(undefined);

/** 部门资金收支情况: each side's 年初预算, 调整后预算 and 决算, its items side by side by name, then 结转结余. */
export function fundsTable(id: string, f: DepartmentFunds): TableModel {
	const rows: TableRow[] = [];
	const notes: string[] = [];
	for (const [key, word] of FUNDS_SIDES) {
		const side = f[key];
		if (!side) continue;
		rows.push({
			header: `${f.scope ?? ''}${word}`,
			cells: [amount(side.initial), amount(side.adjusted), amount(side.final), EMPTY],
			total: true,
		});
		// An item printed under both 年初预算 and 决算 is one row; each keeps the amount of its own column.
		const labels = [...new Set([...side.initialItems, ...side.finalItems].map((x) => x.label))];
		for (const label of labels) {
			const a = side.initialItems.find((x) => x.label === label);
			const b = side.finalItems.find((x) => x.label === label);
			rows.push({ header: label, level: 1, cells: [amount(a?.amount), EMPTY, amount(b?.amount), percent(b?.share ?? a?.share)] });
		}
		if (side.finalLabel) notes.push(`${word}的决算数原文称“${side.finalLabel}”。`);
	}
	if (f.carryover) {
		rows.push({ header: '结转结余', cells: [EMPTY, EMPTY, amount(f.carryover.amount), EMPTY] });
		if (f.carryover.printedAs) notes.push(`结转结余原文：“${f.carryover.printedAs}”。`);
	}
	return pruneEmptyColumns({
		id,
		caption: `部门资金收支情况${f.scope ? `（${f.scope}）` : ''}`,
		unit: f.unit,
		columns: ['项目', '年初预算数', '调整后预算数', '决算数', '占比'],
		rows,
		notes,
	});
}

/** 人员经费 / 公用经费 / 特定目标类 (or 基本 / 项目支出): budget against actual as one passage prints it. */
export function spendingKindsTable(id: string, g: SpendingKinds): TableModel {
	const kinds = [...new Set(g.rows.map((r) => r.kind))];
	const rows: TableRow[] = g.rows.flatMap((r) => [
		{ header: r.label ?? r.kind, cells: [text(r.kind), amount(r.budget), amount(r.actual)] },
		...r.items.map((x) => ({ header: x.label, level: 1, cells: [EMPTY, EMPTY, amount(x.amount)] })),
	]);
	if (g.budgetTotal !== undefined || g.actualTotal !== undefined) {
		rows.push({ header: '合计', total: true, cells: [EMPTY, amount(g.budgetTotal), amount(g.actualTotal)] });
	}
	return pruneEmptyColumns({
		id,
		caption: `${kinds.join('、')}的预算与决算`,
		unit: g.unit,
		columns: [
			'项目',
			'类别',
			g.budgetLabel ? `预算数（原文：${g.budgetLabel}）` : '预算数',
			g.actualLabel ? `决算数（原文：${g.actualLabel}）` : '决算数',
		],
		rows,
	});
}

/** 常年项目 / 一次性项目: counts, budgets and progress as printed. */
export function projectStatsTable(id: string, stats: readonly ProjectStat[]): TableModel {
	return pruneEmptyColumns({
		id,
		caption: '常年项目与一次性项目',
		unit: '万元',
		columns: ['项目类别', '项目数（个）', '涉及预算总金额', '1—12 月预算执行总体进度', '预算结余率大于 10% 的项目（个）'],
		rows: stats.map((s) => ({
			header: s.label ?? `${s.kind}项目`,
			cells: [count(s.count), amount(s.amount), percent(s.progress), count(s.overBalance)],
		})),
	});
}

/** 项目资金申报及使用情况: each step of the money that is printed, with its rate, then where it went. */
export function fundingFlowTable(id: string, f: FundingFlow): TableModel {
	const step = (header: string, v: number | undefined, rate?: number): TableRow[] =>
		v === undefined && rate === undefined ? [] : [{ header, cells: [amount(v), percent(rate)] }];
	const rate = (header: string, r: number | undefined): TableRow[] => (r === undefined ? [] : [{ header, cells: [EMPTY, percent(r)] }]);
	const rows: TableRow[] = [
		...step('申报数', f.requested),
		...step('批复数（预算资金）', f.approved),
		...step('追加数', f.added),
		...step('追加后批复数', f.adjusted),
		...step('到位数（到位率）', f.arrived, f.arrived === undefined ? undefined : f.arrivalRate),
		...(f.arrived === undefined ? rate('资金到位率', f.arrivalRate) : []),
		...step('实际支出数（预算执行率）', f.spent, f.spent === undefined ? undefined : f.executionRate),
		...(f.spent === undefined ? rate('预算执行率', f.executionRate) : []),
		...rate('资金支付完成率', f.paymentRate),
		...f.allocation.map((x) => ({ header: `资金分配：${x.label}`, level: 1, cells: [amount(x.amount), EMPTY] as Cell[] })),
	];
	return pruneEmptyColumns({
		id,
		caption: '项目资金申报、批复、到位和支付',
		unit: f.unit,
		columns: ['环节', '金额', '比率'],
		rows,
		notes: f.printedAs ? [`原文：${f.printedAs}`] : [],
	});
}

/** Every typed table of an evaluation's text, in the order the reports print them. */
export function evaluationTextTables(ev: Evaluation): TableModel[] {
	const id = (suffix: string) => `${ev.id}-${suffix}`;
	// With the report's text on the page (performance.mdx), search indexes its figures there, not twice.
	const tables = [
		...(ev.funds ? [fundsTable(id('funds'), ev.funds)] : []),
		...(ev.spendingKinds ?? []).map((g, j) => spendingKindsTable(id(`kinds-${j + 1}`), g)),
		...(ev.projectStats?.length ? [projectStatsTable(id('project-stats'), ev.projectStats)] : []),
		...(ev.fundingFlow ? [fundingFlowTable(id('funding-flow'), ev.fundingFlow)] : []),
	];
	return tables.map((t) => ({ ...t, restatesNarrative: ev.narrative }));
}
