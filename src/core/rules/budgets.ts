/**
 * 预算与执行 beyond the rates: an adjusted budget with no reason, a budget figure restated differently in the
 * same report, mid-year projects said to be assessed at budget preparation, and project counts that disagree.
 */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Evaluation } from '../schema/performance.ts';
import { formatFen, formatNumber } from '../format.ts';
import { finding, wanFen, type Finding, type Rule } from './types.ts';
import { amountPath, textFigures } from '../performance-text.ts';

const evaluations = (d: Disclosure): readonly Evaluation[] => d.performance?.evaluations ?? [];
const base = (i: number) => `performance.evaluations[${i}]`;

/** Words of a report that name a column of its own budget table. */
const BUDGET_WORDS: readonly { pattern: RegExp; name: string; key: 'initial' | 'adjusted' | 'executed' }[] = [
	{ pattern: /^(项目)?(全年预算数?|调整后预算数?)$/, name: '调整后（全年）预算数', key: 'adjusted' },
	{ pattern: /^(项目)?年初预算(数|收入|支出)?$/, name: '年初预算数', key: 'initial' },
	{ pattern: /^(项目)?(执行数|实际支出数?)$/, name: '执行数', key: 'executed' },
];

export const budgetAdjusted: Rule = {
	id: 'budget-adjusted',
	family: '预算执行',
	severity: '疑似',
	title: '年初预算调整了，说明了理由',
	explain:
		'项目的年初预算数与调整后（全年）预算数不同，说明年中追加或调减了预算。自评表的模板要求“年中发生预算调整的（追加或调减），应单独说明理由”；没有写理由，读者不知道钱为什么变了。',
	why: '预算调整是预算执行中最需要解释的事；不说明理由，执行率 100% 也可能只是把预算调到和支出一样。',
	formula: '年初预算数（表中或正文）≠ 调整后预算数 ⇒ 写明调整理由',
	check: (d) =>
		evaluations(d).flatMap((ev, i): Finding[] => {
			const row = ev.budget?.rows[0];
			// 000: the table prints only the 全年 budget; the report's text gives 年初预算 1442.31 万元.
			const initial = row?.initial ?? statedBudget(ev, 'initial');
			if (initial === undefined || row?.adjusted === undefined || ev.budget?.note?.trim()) return [];
			const a = wanFen(initial);
			const b = wanFen(row.adjusted);
			if (Math.abs(a.fen - b.fen) <= a.slack + b.slack) return [];
			const gap = b.fen - a.fen;
			return [
				finding(
					budgetAdjusted,
					{ path: `${base(i)}.budget.rows[0].adjusted`, anchor: ev.id },
					`「${ev.project?.name ?? ev.title}」年初预算 ${formatFen(a.fen)} 万元，调整后预算 ${formatFen(b.fen)} 万元，` +
						`${gap > 0 ? '追加' : '调减'} ${formatFen(Math.abs(gap))} 万元，没有说明调整理由。`,
					{ expected: '调整理由', actual: '未说明', difference: formatFen(gap) },
				),
			];
		}),
};

/** A budget figure the report states in its text under one of BUDGET_WORDS. */
function statedBudget(ev: Evaluation, key: (typeof BUDGET_WORDS)[number]['key']): number | undefined {
	const word = BUDGET_WORDS.find((w) => w.key === key)!;
	return printedInText(ev, 0).find((s) => word.pattern.test(s.label.replace(/\s/g, '')) && (s.unit ?? '万元') === '万元')?.amount;
}

/** The figures a report's text prints: its statedAmounts, then its typed parts (funds, spendingKinds, fundingFlow). */
function printedInText(ev: Evaluation, i: number): { label: string; amount: number; unit?: string; path: string }[] {
	return [...(ev.statedAmounts ?? []).map((s, j) => ({ ...s, path: `${base(i)}.statedAmounts[${j}]` })), ...textFigures(ev, base(i))];
}

export const budgetRestated: Rule = {
	id: 'budget-restated',
	family: '预算执行',
	severity: '确定',
	title: '报告正文中的预算数与预算执行表一致',
	explain:
		'自评表或报告的文字（年度目标、评价结论）常常重述项目的全年预算数、年初预算数和执行数；它们应与同一份报告的预算执行表相同。' +
		'文字中的数恰好等于表中另一栏时（如把年初预算写成全年预算），可能只是用错了名称，记为疑似。',
	why: '同一个项目的预算在同一页上有两个数，执行率就无从判断。',
	formula: '正文“项目全年预算数 / 年初预算 / 执行数” = 预算执行表总额行的同名栏',
	check: (d) =>
		evaluations(d).flatMap((ev, i) => {
			const row = ev.budget?.rows[0];
			if (!row) return [];
			return printedInText(ev, i).flatMap((s): Finding[] => {
				const word = BUDGET_WORDS.find((w) => w.pattern.test(s.label.replace(/\s/g, '')));
				const table = word && row[word.key];
				if (!word || table === undefined || (s.unit && s.unit !== '万元')) return [];
				const said = wanFen(s.amount);
				const t = wanFen(table);
				if (Math.abs(said.fen - t.fen) <= said.slack + t.slack) return [];
				const other = BUDGET_WORDS.find((w) => w.key !== word.key && row[w.key] !== undefined && wanFen(row[w.key]!).fen === said.fen);
				return [
					finding(
						budgetRestated,
						{ path: amountPath(s.path), anchor: ev.id },
						`「${ev.project?.name ?? ev.title}」正文写${s.label} ${formatFen(said.fen)} 万元，预算执行表的${word.name}是 ${formatFen(t.fen)} 万元，` +
							`相差 ${formatFen(Math.abs(said.fen - t.fen))} 万元${other ? `；${formatFen(said.fen)} 万元正是表中的${other.name}，可能是用错了名称` : ''}。`,
						{
							severity: other ? '疑似' : '确定',
							expected: formatFen(t.fen),
							actual: formatFen(said.fen),
							difference: formatFen(said.fen - t.fen),
						},
					),
				];
			});
		}),
};

/** A project name without quotes, spaces, year prefixes and trailing 项目/资金 words, for matching lists. */
export const projectKey = (name: string): string =>
	name
		.replace(/[\s“”"'「」]/g, '')
		.replace(/^20\d\d年度?/, '')
		.replace(/[（(][^)）]*[)）]/g, '')
		.replace(/(项目|资金|经费)+$/, '');
const sameProject = (a: string, b: string) => {
	const x = projectKey(a);
	const y = projectKey(b);
	return x.length > 1 && y.length > 1 && (x.includes(y) || y.includes(x));
};

export const budgetStage: Rule = {
	id: 'budget-stage',
	family: '预算执行',
	severity: '疑似',
	title: '年中追加的项目没有被说成在预算编制阶段评估过',
	explain:
		'说明十“预算绩效管理情况”写明在预算编制阶段对哪些项目开展了事前绩效评估、编制了绩效目标。年初预算为 0、到年中才追加预算的项目，在预算编制阶段还不存在，不可能在那时评估。',
	why: '把年中才有的项目算进“编制阶段已评估”，夸大了预算绩效管理的覆盖面。',
	formula: '说明十列出的项目 ∩ 年初预算为 0 的项目 = ∅',
	check: (d) => {
		const listed = d.finalAccounts?.otherMatters?.performance?.projects ?? [];
		if (!listed.length) return [];
		return evaluations(d).flatMap((ev): Finding[] => {
			const row = ev.budget?.rows[0];
			const name = ev.project?.name;
			if (!name || row?.initial === undefined || wanFen(row.initial).fen !== 0 || !row.adjusted) return [];
			const k = listed.findIndex((p) => sameProject(p, name));
			if (k < 0) return [];
			return [
				finding(
					budgetStage,
					{ path: `finalAccounts.otherMatters.performance.projects[${k}]`, anchor: 'otherMatters' },
					`说明十称在预算编制阶段对“${listed[k]}”开展了事前绩效评估、编制了绩效目标，但该项目自评表的年初预算为 0，全年预算 ${formatFen(wanFen(row.adjusted).fen)} 万元是年中追加的。`,
					{ expected: '年初预算 > 0', actual: '年初预算 0.00' },
				),
			];
		});
	},
};

export const performanceCounts: Rule = {
	id: 'performance-counts',
	family: '预算执行',
	severity: '疑似',
	title: '绩效目标、监控、自评的项目数与列出的项目相符',
	explain:
		'说明十写明对几个项目编制了绩效目标、开展了监控和自评。附件的报告另列出全部项目（常年项目几个、一次性项目几个）' +
		'；项目都应有绩效目标，编制目标的项目数少于项目总数，或自评的项目数与附上的项目自评表数不同，需要说明。',
	why: '项目数对不上，读者无法知道哪些项目的钱没有绩效目标。',
	formula: '编制绩效目标的项目数 ≥ 附件列出的项目总数；开展自评的项目数 = 附上的项目自评数',
	check: (d) => {
		const p = d.finalAccounts?.otherMatters?.performance;
		if (!p) return [];
		const out: Finding[] = [];
		const place = { path: 'finalAccounts.otherMatters.performance.targetsSet', anchor: 'otherMatters' };
		// 常年 / 一次性项目 as the department report counts them (projectStats).
		const totals = evaluations(d).flatMap((ev) =>
			(ev.projectStats ?? []).flatMap((s) =>
				s.count === undefined ? [] : [{ ev, s: { label: `${s.label ?? `${s.kind}项目`}总数`, amount: s.count } }],
			),
		);
		const all = totals.reduce((n, { s }) => n + s.amount, 0);
		if (p.targetsSet !== undefined && totals.length && all > p.targetsSet) {
			out.push(
				finding(
					performanceCounts,
					place,
					`「${totals[0].ev.title}」列出项目 ${all} 个（${totals.map(({ s }) => `${s.label.replace(/总数$/, '')} ${formatNumber(s.amount)} 个`).join('、')}）` +
						`，说明十只对 ${p.targetsSet} 个项目编制了绩效目标。`,
					{ expected: `${all} 个`, actual: `${p.targetsSet} 个`, difference: `${p.targetsSet - all} 个` },
				),
			);
		}
		const projects = evaluations(d).filter((ev) => ev.level === 'project').length;
		if (p.selfEvaluated !== undefined && projects && p.selfEvaluated !== projects) {
			out.push(
				finding(
					performanceCounts,
					{ ...place, path: 'finalAccounts.otherMatters.performance.selfEvaluated' },
					`说明十称对 ${p.selfEvaluated} 个项目开展了绩效自评，附上的项目自评是 ${projects} 个。`,
					{ expected: `${projects} 个`, actual: `${p.selfEvaluated} 个`, difference: `${p.selfEvaluated - projects} 个` },
				),
			);
		}
		return out;
	},
};

export const BUDGET_RULES: readonly Rule[] = [budgetAdjusted, budgetRestated, budgetStage, performanceCounts];
