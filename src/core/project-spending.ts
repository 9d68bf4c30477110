/**
 * Where the project money went (issue #14 point 2): 项目支出 of the 部门决算 broken down by the project
 * self-evaluations of the same year, each with what it spent as printed in its own budget table. The sum is
 * set beside the printed 项目支出 and the gap is said, never hidden: not every project need be evaluated.
 */
import { agreement, fenToWan, sumFen, toFen, type Agreement } from './money.ts';
import type { Disclosure } from './schema/disclosure.ts';

export interface ProjectLine {
	/** Evaluation id: the anchor on the performance page. */
	id: string;
	name: string;
	/** 执行数 as printed on the project's 总额 line, when printed. */
	executed?: number;
	/** 调整后预算数 / 全年预算数, else 年初预算数. */
	budget?: number;
}

export interface ProjectSpending {
	lines: ProjectLine[];
	/** Sum of the printed 执行数 (万元). */
	sum: number;
	/** How many projects print a 执行数. */
	withAmount: number;
	/** 项目支出 as printed in section 三, when printed. */
	printedProject?: number;
	/** printedProject − sum (万元); 0 when the evaluations account for all of it. */
	unexplained?: number;
	/** Whether the sum and the printed 项目支出 agree, differ by rounding only, or differ. */
	agreement?: Agreement;
}

const TOTAL_LINE = /总额|合计|总计/;

/** Project evaluations with their spending; undefined when the year has no project evaluation. */
export function projectSpending(d: Disclosure): ProjectSpending | undefined {
	const projects = (d.performance?.evaluations ?? []).filter((e) => e.level === 'project');
	if (projects.length === 0) return undefined;
	const lines = projects.map((ev): ProjectLine => {
		const rows = ev.budget?.rows ?? [];
		const row = rows.find((r) => TOTAL_LINE.test(r.label)) ?? rows[0];
		// A report with no budget table may print the flow of the project's money instead (申报 → 批复 → 追加).
		const flow = ev.fundingFlow?.unit === '万元' ? ev.fundingFlow : undefined;
		return {
			id: ev.id,
			name: ev.project?.name ?? ev.title,
			executed: row?.executed ?? flow?.spent,
			budget: row?.adjusted ?? row?.initial ?? flow?.adjusted ?? flow?.approved,
		};
	});
	const amounts = lines.flatMap((l) => (l.executed === undefined ? [] : [toFen(l.executed)]));
	const total = sumFen(amounts);
	const sumFenValue = total.fen;
	const printed = d.finalAccounts?.expenditure?.project?.amount;
	const printedFen = printed === undefined ? undefined : toFen(printed);
	return {
		// Largest first: the reader asks where most of the money went.
		lines: [...lines].sort((a, b) => (b.executed ?? -1) - (a.executed ?? -1)),
		sum: fenToWan(sumFenValue),
		withAmount: amounts.length,
		printedProject: printed,
		unexplained: printedFen && fenToWan(printedFen.fen - sumFenValue),
		agreement: printedFen && agreement(printedFen.fen, sumFenValue, printedFen.slack + total.slack),
	};
}
