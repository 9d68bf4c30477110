/** The same figure stated twice (说明 and 附件, text and figure) must agree; what the text names must exist. */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Evaluation } from '../schema/performance.ts';
import type { StatedAmount } from '../schema/primitives.ts';
import { previousFromChange } from '../computed.ts';
import { toFen, type MoneyUnit } from '../money.ts';
import { formatFen, formatNumber } from '../format.ts';
import { expectEqual, expectSum, expectSumAs, finding, wanFen, type Finding, type Rule } from './types.ts';
import { sameCategory } from './final-accounts.ts';
import { THREE_PUBLIC_LABEL, THREE_PUBLIC_PARTS } from '../templates/three-public.ts';
import { amountPath, textFigures, textTotals, type TextTotal } from '../performance-text.ts';

type Stated = Pick<NonNullable<Evaluation['statedAmounts']>[number], 'label' | 'amount' | 'unit'>;
const money = (s: Stated): MoneyUnit | undefined =>
	s.unit === undefined || s.unit === '万元' ? '万元' : s.unit === '元' ? '元' : undefined;
/** A stated amount in 万元 with its printing slack, or undefined when it is not money. */
function wan(s: Stated): { fen: number; slack: number } | undefined {
	const unit = money(s);
	return unit && (unit === '元' ? toFen(s.amount, unit) : wanFen(s.amount));
}

/** Labels in a report's text that name a figure of the final accounts, and where that figure is. */
const ALIASES: readonly { pattern: RegExp; name: string; anchor: string; get: (d: Disclosure) => number | undefined }[] = [
	{ pattern: /^(决算报表)?(总收入|收入总计)$/, name: '收入总计', anchor: 'totals', get: (d) => d.finalAccounts?.totals?.income },
	{ pattern: /^(决算报表)?(总支出|支出总计)$/, name: '支出总计', anchor: 'totals', get: (d) => d.finalAccounts?.totals?.expenditure },
	{ pattern: /^(决算报表中?)?本年收入(合计)?$/, name: '本年收入合计', anchor: 'income', get: (d) => d.finalAccounts?.income?.total },
	{
		pattern: /^(决算报表中?)?本年支出(合计)?$|^决算报表支出$/,
		name: '本年支出合计',
		anchor: 'expenditure',
		get: (d) => d.finalAccounts?.expenditure?.total,
	},
	{
		pattern: /^(当年)?财政拨款总收入$/,
		name: '财政拨款收入总计',
		anchor: 'fiscalTotals',
		get: (d) => d.finalAccounts?.fiscalTotals?.income,
	},
	{
		pattern: /^(当年)?财政拨款总支出$/,
		name: '财政拨款支出总计',
		anchor: 'fiscalTotals',
		get: (d) => d.finalAccounts?.fiscalTotals?.expenditure,
	},
	{
		pattern: /^(当年财政拨款)?基本支出(（支出数）)?$/,
		name: '基本支出',
		anchor: 'expenditure',
		get: (d) => d.finalAccounts?.expenditure?.basic?.amount,
	},
	{
		pattern: /机关运行经费(合计)?$/,
		name: '机关运行经费',
		anchor: 'otherMatters',
		get: (d) => d.finalAccounts?.otherMatters?.operatingCosts?.amount,
	},
	{ pattern: /^年初结转和结余$/, name: '年初结转和结余', anchor: 'totals', get: (d) => d.finalAccounts?.totals?.carryoverStart },
	{ pattern: /^(“三公”|三公)经费$/, name: THREE_PUBLIC_LABEL, anchor: 'threePublic', get: (d) => d.finalAccounts?.threePublic?.total },
	{
		pattern: /^政府采购支出总额$/,
		name: '政府采购支出总额',
		anchor: 'otherMatters',
		get: (d) => d.finalAccounts?.otherMatters?.procurement?.total,
	},
];

/** Every figure a report's text prints: its statedAmounts and its typed parts (funds, spendingKinds, fundingFlow). */
const stated = (d: Disclosure) =>
	(d.performance?.evaluations ?? []).flatMap((ev, i) => [
		...(ev.statedAmounts ?? []).map((s, j) => ({ ev, s, path: `performance.evaluations[${i}].statedAmounts[${j}]` })),
		...textFigures(ev, `performance.evaluations[${i}]`).map((s) => ({ ev, s, path: s.path })),
	]);

/** A 项 of the printed expenditure detail whose amount is exactly a gap (a figure on another basis), if any. */
function gapItem(d: Disclosure, gap: number) {
	return d.finalAccounts?.generalBudget?.detail?.items.find((it) => wanFen(it.amount).fen === Math.abs(gap));
}

export const crossReference: Rule = {
	id: 'cross-reference',
	family: '交叉核对',
	severity: '确定',
	title: '同一个数在说明和附件中一致',
	explain:
		'附件（绩效评价报告）的正文常常重述决算说明中的数：收入总计、本年收入、机关运行经费……同一个数在两处应完全相同（换算元与万元后）。相差的正好是支出明细中某一项的金额时，附件可能按另一口径计算，只说“疑似”。',
	why: '同一份公开文件对同一个数给出两个说法，读者无法判断哪一个是真的。',
	formula: '附件中印出的数 = 决算说明中的同名数（按印出精度比较）',
	check: (d) =>
		stated(d).flatMap(({ ev, s, path }): Finding[] => {
			const label = s.label.replace(/\s/g, '').replace(/^.*[：:]/, '');
			const alias = ALIASES.find((a) => a.pattern.test(label));
			const value = alias?.get(d);
			const mine = wan(s);
			if (!alias || value === undefined || !mine) return [];
			const theirs = wanFen(value);
			const gap = mine.fen - theirs.fen;
			// 2902158.24 元 and 290.22 万元 are the same figure at two precisions: round the finer to the coarser.
			const coarse = Math.max(mine.slack, theirs.slack) * 2;
			if (gap === 0 || Math.round(mine.fen / coarse) === Math.round(theirs.fen / coarse)) return [];
			const rounding = Math.abs(gap) <= mine.slack + theirs.slack;
			// 002: 附件1 机关运行经费 19.25 = 说明 17.11 + 一般行政管理事务 2.14: the 附件 counts a 项 on another basis.
			const item = rounding ? undefined : gapItem(d, gap);
			return [
				finding(
					crossReference,
					{ path: amountPath(path), anchor: alias.anchor },
					`「${ev.title}」写${s.label} ${formatFen(mine.fen)} 万元${money(s) === '元' ? `（原文 ${s.amount} 元）` : ''}，` +
						`决算说明中的${alias.name}是 ${formatFen(theirs.fen)} 万元，相差 ${formatFen(Math.abs(gap))} 万元` +
						(item
							? `；相差的正好是支出明细中“${item.item}”的 ${formatFen(wanFen(item.amount).fen)} 万元，附件可能按另一口径${gap > 0 ? '把它计入了' : '没有计入它'}。`
							: '。'),
					{
						severity: rounding ? '提示' : item ? '疑似' : '确定',
						expected: formatFen(theirs.fen),
						actual: formatFen(mine.fen),
						difference: formatFen(gap),
					},
				),
			];
		}),
};

export const statedSum: Rule = {
	id: 'stated-sum',
	family: '交叉核对',
	severity: '确定',
	title: '正文中的合计等于其分项之和',
	explain:
		'报告或说明的正文写“总收入 X 万元，其中：A 万元、B 万元”时，分项之和应等于合计。分项少于合计时可能只列了一部分（疑似），分项多于合计则一定有错。政府采购总额同样等于货物、工程、服务之和，中小企业在预留项目和其他项目中中标或成交的金额合计不会超过采购总额。',
	why: '正文里的合计和分项自相矛盾，附件中的分析也就站不住。',
	formula: '合计 = Σ 分项（同一单位，按印出精度）',
	check: (d) => [
		...(d.performance?.evaluations ?? []).flatMap((ev, i) => [
			...statedSums(ev.statedAmounts ?? [], `performance.evaluations[${i}].statedAmounts`, () => ev.id, `「${ev.title}」中的`),
			...textTotals(ev, `performance.evaluations[${i}]`).flatMap((t) => totalSum(t, ev.id, `「${ev.title}」中的`)),
		]),
		...statedSums(d.finalAccounts?.statedAmounts ?? [], 'finalAccounts.statedAmounts', (a) => a.section ?? 'overview', '正文中的'),
		...procurementSums(d),
	],
};

/**
 * 政府采购: the total against 货物 + 工程 + 服务 (when all three are printed), and what 中小企业 won — in the
 * reserved projects and in the others — against the total it is part of (普陀区委社会工作部 2024: 21.07 twice
 * within 21.07).
 */
function procurementSums(d: Disclosure): Finding[] {
	const p = d.finalAccounts?.otherMatters?.procurement;
	if (!p) return [];
	const place = { path: 'finalAccounts.otherMatters.procurement.total', anchor: 'otherMatters', label: '政府采购支出总额' };
	const kinds = [p.goods, p.works, p.services];
	const byKind = kinds.every((k) => k !== undefined) ? expectSum(statedSum, place, p.total, kinds as number[], '货物 + 工程 + 服务') : [];
	if (p.smeAwardedReserved === undefined || p.smeAwardedOther === undefined) return byKind;
	const won = wanFen(p.smeAwardedReserved).fen + wanFen(p.smeAwardedOther).fen;
	const total = wanFen(p.total);
	const excess = won - total.fen;
	const slack = wanFen(p.smeAwardedReserved).slack + wanFen(p.smeAwardedOther).slack + total.slack;
	if (excess <= 0) return byKind;
	return [
		...byKind,
		finding(
			statedSum,
			{ path: 'finalAccounts.otherMatters.procurement.smeAwardedOther', anchor: 'otherMatters' },
			`中小企业中标或成交的采购金额：预留项目中 ${formatFen(wanFen(p.smeAwardedReserved).fen)} 万元、其他项目中 ${formatFen(wanFen(p.smeAwardedOther).fen)} 万元，` +
				`合计 ${formatFen(won)} 万元，比政府采购总额 ${formatFen(total.fen)} 万元还多 ${formatFen(excess)} 万元。`,
			{
				severity: excess <= slack ? '提示' : '确定',
				expected: `≤ ${formatFen(total.fen)}`,
				actual: formatFen(won),
				difference: formatFen(excess),
			},
		),
	];
}

/** A label in quotes; one that already holds “” (“川渝通办”办理) gets corner brackets instead. */
const quote = (label: string) => (/[“”]/.test(label) ? `「${label}」` : `“${label}”`);

/** Every printed total in a list of stated figures against the items listed under it (same unit). */
function statedSums<A extends StatedAmount>(list: readonly A[], path: string, anchorOf: (a: A) => string, labelPrefix: string): Finding[] {
	return list.flatMap((total, j) => {
		if (total.group === total.label) return [];
		const parts = list.filter((p) => p.group === total.label && p.unit === total.unit);
		return sumOfParts(total, parts, { path: `${path}[${j}].amount`, anchor: anchorOf(total), label: `${labelPrefix}${total.label}` });
	});
}

/** A typed total of a report's text (funds, spendingKinds) against its printed items. */
function totalSum(t: TextTotal, anchor: string, labelPrefix: string): Finding[] {
	return sumOfParts(t.total, t.parts, { path: t.total.path, anchor, label: `${labelPrefix}${t.total.label}` });
}

/** A printed total against the sum of the items printed under it; fewer than two items say nothing. */
function sumOfParts(
	total: { label: string; amount: number; unit?: string },
	parts: readonly { label: string; amount: number }[],
	place: { path: string; anchor: string; label: string },
): Finding[] {
	if (parts.length < 2) return [];
	const sum = parts.reduce((s, p) => s + wanFen(p.amount).fen, 0);
	const excess = sum - wanFen(total.amount).fen;
	// 002: 办件 64664 = 窗口 32292 + 网厅 32372; the 50 “川渝通办” listed between them is counted inside one of them.
	const inner = excess > 0 ? parts.find((p) => wanFen(p.amount).fen === excess) : undefined;
	const severity = excess > 0 && !inner ? '确定' : '疑似';
	const unit = total.unit ?? '万元';
	const findings = expectSumAs(
		severity,
		statedSum,
		place,
		total.amount,
		parts.map((p) => p.amount),
		'其后所列分项之和',
	).map((f) =>
		inner
			? {
					...f,
					message: `${f.message.replace(/。$/, '')}；多出的正好是${quote(inner.label)}${formatNumber(inner.amount)} ${unit}，它可能是另一项中的一部分（分项中的分项），合计未必有错。`,
				}
			: f,
	);
	if (unit === '万元') return findings;
	// Counts (人, 件, 条…): the same comparison, said in their own unit.
	return findings.map((f) => ({
		...f,
		message:
			`${place.label}印为 ${formatNumber(total.amount)} ${unit}，其后所列分项之和为 ${formatNumber(sum / 1_000_000)} ${unit}，` +
			`相差 ${formatNumber(Math.abs(total.amount - sum / 1_000_000))} ${unit}${inner ? `；多出的正好是${quote(inner.label)}${formatNumber(inner.amount)} ${unit}，它可能是另一项中的一部分（分项中的分项），合计未必有错` : ''}。`,
		expected: `${formatNumber(sum / 1_000_000)} ${unit}`,
		actual: `${formatNumber(total.amount)} ${unit}`,
		difference: `${formatNumber(total.amount - sum / 1_000_000)} ${unit}`,
	}));
}

/** Printed figure data (图1–7) against the fields the figure is drawn from. */
function figureExpectations(d: Disclosure, no: number): { label: string; match: (l: string) => boolean; value: number | undefined }[] {
	const f = d.finalAccounts!;
	const year = String(d.year);
	const prevYear = String(d.year - 1);
	const byYear = (cur: number | undefined, change: Parameters<typeof previousFromChange>[1]) => [
		{ label: '所印的本年数', match: (l: string) => l.includes(year), value: cur },
		{
			label: '本年数与所印变动额推算的上年数',
			match: (l: string) => l.includes(prevYear),
			value: cur === undefined ? undefined : previousFromChange(cur, change)?.value,
		},
	];
	switch (no) {
		case 1:
			return byYear(f.totals?.income, f.totals?.change);
		case 4:
			return byYear(f.fiscalTotals?.income, f.fiscalTotals?.change);
		case 5:
			return byYear(f.generalBudget?.amount, f.generalBudget?.change);
		case 3:
			return [
				{ label: '基本支出', match: (l) => l.includes('基本支出'), value: f.expenditure?.basic?.amount },
				{ label: '项目支出', match: (l) => l.includes('项目支出'), value: f.expenditure?.project?.amount },
			];
		case 6:
			return (f.generalBudget?.byCategory ?? []).map((c) => ({
				label: c.name,
				match: (l: string) => sameCategory(l, c.name),
				value: c.amount,
			}));
		case 7:
			return THREE_PUBLIC_PARTS.map(({ key, short }) => ({
				label: short,
				match: (l: string) => l.includes(short),
				value: f.threePublic?.[key]?.amount,
			}));
		default:
			return [];
	}
}

export const figureData: Rule = {
	id: 'figure-data',
	family: '交叉核对',
	severity: '确定',
	title: '图表数据与正文数字一致',
	explain:
		'文件印出的图1–7 数据（如 002 附的图表数据），应与正文中同一项目的金额一致；上年数按正文的变动额推算。以“%”印出的结构图不核对金额。',
	why: '图表是读者最先看的地方；图上的数与正文不同，图就在误导读者。',
	formula: '图中本年数 = 正文本年数；图中上年数 = 本年数 ∓ 正文所印变动额',
	check: (d) =>
		(d.finalAccounts?.printedFigures ?? []).flatMap((fig, i): Finding[] => {
			if (fig.unit === '%') return [];
			return figureExpectations(d, fig.no).flatMap((e) => {
				const k = fig.labels.findIndex(e.match);
				if (k < 0 || e.value === undefined || fig.values[k] === undefined) return [];
				return expectEqual(
					figureData,
					{
						path: `finalAccounts.printedFigures[${i}].values[${k}]`,
						anchor:
							fig.no === 7
								? 'threePublic'
								: fig.no === 6 || fig.no === 5
									? 'generalBudget'
									: fig.no === 4
										? 'fiscalTotals'
										: fig.no === 3
											? 'expenditure'
											: 'totals',
						label: `图${fig.no}“${fig.title}”中的${fig.labels[k]}`,
					},
					fig.values[k],
					e.value,
					`正文${e.label}`,
				);
			});
		}),
};

export const namedParts: Rule = {
	id: 'named-parts',
	family: '交叉核对',
	severity: '疑似',
	title: '正文列出的附表、附件都已公开',
	explain: '决算说明列出了附表或附件，公开的文件里就应能找到它们。只列标题、不印内容的附表，读者无法核对正文中的数。',
	why: '附表是正文数字的出处；缺了附表，正文中的数就无从核对。',
	formula: '列出的附表 / 附件 ⊆ 印出的附表 / 附件',
	check: (d) => {
		const f = d.finalAccounts;
		if (!f) return [];
		const out: Finding[] = [];
		const missing = f.appendixTables.filter((t) => !t.printed);
		if (missing.length) {
			out.push(
				finding(
					namedParts,
					{ path: 'finalAccounts.appendixTables', anchor: 'appendixTables' },
					`正文列出的 ${f.appendixTables.length} 张附表中，${missing.length} 张只有标题、没有印出内容：` +
						`${missing
							.slice(0, 3)
							.map((t) => t.title)
							.join('、')}${missing.length > 3 ? ' 等' : ''}。`,
					{ expected: `${f.appendixTables.length} 张`, actual: `${f.appendixTables.length - missing.length} 张` },
				),
			);
		}
		f.attachments.forEach((a, i) => {
			if (!a.evaluation)
				out.push(
					finding(
						namedParts,
						{ path: `finalAccounts.attachments[${i}]`, anchor: 'attachments' },
						`列出的附件“${a.title}”没有对应的评价内容。`,
						{ severity: '提示' },
					),
				);
		});
		return out;
	},
};

export const CROSS_REFERENCE_RULES: readonly Rule[] = [crossReference, statedSum, figureData, namedParts];
