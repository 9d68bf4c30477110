/**
 * The structured tables each section of the 部门决算 shows under its narrative, built from the printed data.
 * Pure: the components only render these models.
 */
import { organisationTable } from './organisation.ts';
import type { Disclosure } from '../schema/disclosure.ts';
import type { Change, StatedAmount } from '../schema/primitives.ts';
import { expenditureKinds, incomeSources, type FinalAccounts } from '../schema/final-accounts.ts';
import { EXPENDITURE_LABELS, INCOME_LABELS } from '../rules/final-accounts.ts';
import { formatDate, formatNumber, formatWan } from '../format.ts';
import { amount, changeText, count, percent, pruneEmptyColumns, text, type Cell, type TableModel, type TableRow } from './model.ts';
import { appendixTableModels } from './appendix.ts';
import { templateFor } from '../templates/index.ts';
import { tablePageModels } from '../templates/outputs.ts';
import { RECEPTION_PARTS, THREE_PUBLIC_PARTS, VEHICLE_PARTS } from '../templates/three-public.ts';

type Fa = FinalAccounts;
const shared = (p: { amount: number; share?: number; printedAs?: string } | undefined): Cell[] =>
	p?.printedAs ? [text(`${p.printedAs}（${p.amount}）`), percent(p.share)] : [amount(p?.amount), percent(p?.share)];

function totalsTable(id: string, t: NonNullable<Fa['totals']>, prefix: string): TableModel {
	const rows: TableRow[] = [
		{ header: `${prefix}收入总计`, cells: [amount(t.income), text(changeText(t.change))] },
		{ header: `${prefix}支出总计`, cells: [amount(t.expenditure), text(changeText(t.change))] },
	];
	if (t.statedCombined !== undefined) rows.push({ header: '原文印出的“收、支总计”', cells: [amount(t.statedCombined), text(undefined)] });
	return {
		id,
		caption: `${prefix}收入、支出总计`,
		unit: '万元',
		columns: ['项目', '本年金额', '与上年相比'],
		rows,
		notes: t.change?.reason ? [`变动原因（原文）：${t.change.reason}`] : [],
	};
}

function incomeTable(inc: NonNullable<Fa['income']>): TableModel {
	const rows: TableRow[] = incomeSources.flatMap((k) => (inc[k] ? [{ header: INCOME_LABELS[k], cells: shared(inc[k]) }] : []));
	rows.push({ header: '本年收入合计', cells: [amount(inc.total), text(undefined)], total: true });
	return { id: 'income-table', caption: '本年收入构成', unit: '万元', columns: ['收入来源', '金额', '占比（原文）'], rows };
}

function expenditureTable(exp: NonNullable<Fa['expenditure']>): TableModel {
	const rows: TableRow[] = expenditureKinds.flatMap((k) => (exp[k] ? [{ header: EXPENDITURE_LABELS[k], cells: shared(exp[k]) }] : []));
	rows.push({ header: '本年支出合计', cells: [amount(exp.total), text(undefined)], total: true });
	return { id: 'expenditure-table', caption: '本年支出构成', unit: '万元', columns: ['支出类型', '金额', '占比（原文）'], rows };
}

function generalBudgetTables(g: NonNullable<Fa['generalBudget']>): TableModel[] {
	const out: TableModel[] = [
		{
			id: 'general-budget-total',
			caption: '一般公共预算财政拨款支出总体情况',
			unit: '万元',
			columns: ['项目', '金额', '占本年支出合计', '与上年相比'],
			rows: [{ header: '一般公共预算财政拨款支出', cells: [amount(g.amount), percent(g.shareOfExpenditure), text(changeText(g.change))] }],
			notes: g.change?.reason ? [`变动原因（原文）：${g.change.reason}`] : [],
		},
	];
	if (g.byCategory.length) {
		out.push({
			id: 'general-budget-categories',
			caption: '一般公共预算财政拨款支出结构（按功能分类“类”）',
			unit: '万元',
			columns: ['功能分类', '金额', '占比（原文）', '科目编码'],
			rows: [
				...g.byCategory.map((c) => ({ header: c.name, cells: [amount(c.amount), percent(c.share), text(c.code)] })),
				{ header: '合计（原文）', cells: [amount(g.amount), text(undefined), text(undefined)], total: true },
			],
		});
	}
	const d = g.detail;
	if (d?.items.length) {
		out.push({
			id: 'general-budget-detail',
			caption: '一般公共预算财政拨款支出具体情况（按类、款、项）',
			unit: '万元',
			// Amounts first: on a phone they are what the reader scrolls for; 类 and 款 follow.
			columns: ['项', '决算数', '完成预算', '预算数', '类', '款', '科目编码'],
			rows: [
				...d.items.map((i) => ({
					header: i.item,
					cells: [amount(i.amount), percent(i.completion), amount(i.budget), text(i.category), text(i.section), text(i.code)],
				})),
				{
					header: '合计（原文）',
					cells: [amount(d.total), percent(d.completion), text(undefined), text(undefined), text(undefined), text(undefined)],
					total: true,
				},
			],
			notes: d.items.flatMap((i) => (i.remark ? [`${i.item}：${i.remark}`] : [])),
		});
	}
	return out;
}

function basicTable(b: NonNullable<Fa['basicExpenditure']>): TableModel {
	const part = (name: string, p: typeof b.personnel): TableRow[] => [
		{ header: name, cells: [amount(p.amount)] },
		...p.items.filter((i) => i.amount !== undefined).map((i) => ({ header: i.name, cells: [amount(i.amount)], level: 1 })),
	];
	const list = (name: string, p: typeof b.personnel) =>
		p.items.length && p.items.every((i) => i.amount === undefined) ? [`${name}主要包括：${p.items.map((i) => i.name).join('、')}。`] : [];
	return {
		id: 'basic-expenditure-table',
		caption: '一般公共预算财政拨款基本支出',
		unit: '万元',
		columns: ['项目', '金额'],
		rows: [
			...part('人员经费', b.personnel),
			...part('公用经费', b.publicUse),
			{ header: '基本支出合计', cells: [amount(b.total)], total: true },
		],
		notes: [...list('人员经费', b.personnel), ...list('公用经费', b.publicUse)],
	};
}

function threePublicTables(t: NonNullable<Fa['threePublic']>): TableModel[] {
	type Part = { amount: number; budget?: number; completion?: number; share?: number; change?: Change };
	const line = (header: string, p: Part | undefined, level?: number): TableRow[] =>
		p
			? [
					{
						header,
						cells: [amount(p.amount), amount(p.budget), percent(p.completion), percent(p.share), text(changeText(p.change))],
						...(level ? { level } : {}),
					},
				]
			: [];
	const v = t.vehicles;
	const r = t.reception;
	// A sub-part (购置费, 国内接待…) prints its amount only.
	const sub = (label: string, p: { amount: number } | undefined): TableRow[] =>
		p
			? [
					{
						header: `其中：${label}`,
						cells: [amount(p.amount), text(undefined), text(undefined), text(undefined), text(undefined)],
						level: 1,
					},
				]
			: [];
	const subParts: Record<(typeof THREE_PUBLIC_PARTS)[number]['key'], TableRow[]> = {
		outbound: [],
		vehicles: VEHICLE_PARTS.flatMap(({ key, label }) => sub(label, v?.[key])),
		reception: RECEPTION_PARTS.flatMap(({ key, label }) => sub(label, r?.[key])),
	};
	const rows: TableRow[] = [
		...THREE_PUBLIC_PARTS.flatMap(({ key, label }) => [...line(label, t[key]), ...subParts[key]]),
		{
			header: '“三公”经费合计',
			cells: [amount(t.total), amount(t.budget), percent(t.completion), text(undefined), text(changeText(t.change))],
			total: true,
		},
	];
	const out: TableModel[] = [
		{
			id: 'three-public-table',
			caption: '财政拨款“三公”经费支出',
			unit: '万元',
			columns: ['项目', '决算数', '预算数', '完成预算', '占比（原文）', '与上年相比'],
			rows,
			notes: t.explanation ? [`决算数与预算数差异的原因（原文）：${t.explanation}`] : [],
		},
	];
	const counts: TableRow[] = [
		...(t.outbound?.groups !== undefined ? [{ header: '因公出国（境）团组（个）', cells: [count(t.outbound.groups)] }] : []),
		...(t.outbound?.persons !== undefined ? [{ header: '因公出国（境）人次', cells: [count(t.outbound.persons)] }] : []),
		...(v?.purchase?.count !== undefined ? [{ header: '本年购置公务用车（辆）', cells: [count(v.purchase.count)] }] : []),
		...(v?.fleet ? [{ header: `公务用车保有量（辆）${v.fleet.asOf ? `，截至${v.fleet.asOf}` : ''}`, cells: [count(v.fleet.total)] }] : []),
		...(v?.fleet?.byType ?? []).map((x) => ({ header: x.type, cells: [count(x.count)], level: 1 })),
		...(r?.domestic?.batches !== undefined ? [{ header: '国内公务接待（批次）', cells: [count(r.domestic.batches)] }] : []),
		...(r?.domestic?.persons !== undefined ? [{ header: '国内公务接待（人次，不含陪同人员）', cells: [count(r.domestic.persons)] }] : []),
		...(r?.foreign?.batches !== undefined ? [{ header: '外事接待（批次）', cells: [count(r.foreign.batches)] }] : []),
		...(r?.foreign?.persons !== undefined ? [{ header: '外事接待（人次）', cells: [count(r.foreign.persons)] }] : []),
	];
	if (counts.length) out.push({ id: 'three-public-counts', caption: '“三公”经费相关数量', columns: ['项目', '数量'], rows: counts });
	const events = r?.domestic?.events ?? [];
	if (events.length) {
		out.push({
			id: 'three-public-receptions',
			caption: '国内公务接待明细',
			unit: '元',
			columns: ['事项', '日期', '金额'],
			rows: events.map((e) => ({ header: e.description, cells: [text(e.date && formatDate(e.date)), amount(e.amountYuan)] })),
		});
	}
	return out;
}

function otherBudgetTable(id: string, name: string, b: NonNullable<Fa['governmentFund']>): TableModel {
	const line = (header: string, v: number | undefined): TableRow[] =>
		v === undefined ? [] : [{ header, cells: [amount(v), text(undefined), text(undefined)] }];
	return {
		id,
		caption: name,
		unit: '万元',
		columns: ['项目', '金额', '占本年支出合计', '与上年相比'],
		rows: [
			...line('年初结转和结余', b.carryoverStart),
			...line('本年收入', b.income),
			{
				header: `${name}${b.printedAs ? `（原文：${b.printedAs}）` : ''}`,
				cells: [amount(b.amount), percent(b.shareOfExpenditure), text(changeText(b.change))],
			},
			...b.items.map((i) => ({
				header: `${i.code ? `${i.code} ` : ''}${i.name}`,
				cells: [amount(i.amount), text(undefined), text(i.budget !== undefined ? `年初预算 ${formatWan(i.budget)} 万元` : undefined)],
				level: 1,
			})),
			...line('年末结转和结余', b.carryoverEnd),
		],
	};
}

function otherMattersTables(o: NonNullable<Fa['otherMatters']>): TableModel[] {
	const out: TableModel[] = [];
	if (o.operatingCosts)
		out.push({
			id: 'operating-costs',
			caption: '机关运行经费',
			unit: '万元',
			columns: ['项目', '金额', '与上年相比'],
			rows: [{ header: '机关运行经费支出', cells: [amount(o.operatingCosts.amount), text(changeText(o.operatingCosts.change))] }],
		});
	const p = o.procurement;
	if (p) {
		const sub = (header: string, v: number | undefined): TableRow[] =>
			v === undefined ? [] : [{ header, cells: [amount(v), text(undefined)], level: 1 }];
		out.push({
			id: 'procurement',
			caption: '政府采购支出',
			unit: '万元',
			columns: ['项目', '金额', '占比（原文）'],
			rows: [
				{ header: '政府采购支出总额', cells: [amount(p.total), text(undefined)], total: true },
				...sub('货物', p.goods),
				...sub('工程', p.works),
				...sub('服务', p.services),
				...(p.sme ? [{ header: '授予中小企业合同金额', cells: shared(p.sme) }] : []),
				...(p.smallMicro ? [{ header: '其中：授予小微企业合同金额', cells: shared(p.smallMicro), level: 1 }] : []),
				...sub('面向中小企业预留项目预算金额', p.smeReserved),
				...sub('面向小微企业预留项目预算金额', p.smallMicroReserved),
				...sub('预留项目中由中小企业中标或成交的金额', p.smeAwardedReserved),
				...sub('预留项目中由小微企业中标或成交的金额', p.smallMicroAwardedReserved),
				...sub('其他项目中由中小企业中标或成交的金额', p.smeAwardedOther),
			],
			notes: p.note ? [p.note] : [],
		});
	}
	const a = o.assets;
	if (a) {
		out.push({
			id: 'assets',
			caption: `国有资产占有使用情况${a.asOf ? `（截至${a.asOf}）` : ''}`,
			columns: ['项目', '数量'],
			rows: [
				...(a.vehicles !== undefined ? [{ header: '车辆（辆）', cells: [count(a.vehicles)] }] : []),
				...a.vehiclesByUse.map((x) => ({ header: x.use, cells: [count(x.count)], level: 1 })),
				...(a.generalEquipmentOver50 !== undefined
					? [{ header: '单价 50 万元以上通用设备（台套）', cells: [count(a.generalEquipmentOver50)] }]
					: []),
				...(a.specialEquipmentOver100 !== undefined
					? [{ header: '单价 100 万元以上专用设备（台套）', cells: [count(a.specialEquipmentOver100)] }]
					: []),
				...(a.equipmentOver100 !== undefined
					? [{ header: '单价 100 万元（含）以上设备（不含车辆）（台套）', cells: [count(a.equipmentOver100)] }]
					: []),
			],
			notes: a.note ? [a.note] : [],
		});
	}
	const pm = o.performance;
	if (pm) {
		const n = (header: string, v: number | undefined, money?: number, level?: number): TableRow[] =>
			v === undefined && money === undefined ? [] : [{ header, cells: [count(v), amount(money)], ...(level ? { level } : {}) }];
		out.push({
			id: 'performance-management',
			caption: '预算绩效管理情况',
			unit: '万元',
			columns: ['项目', '个数', '涉及预算金额'],
			rows: [
				...n('开展事前绩效评估的项目', pm.priorAssessment),
				...n('编制绩效目标的项目', pm.targetsSet, pm.targetsSetAmount),
				...n('开展绩效监控（跟踪评价）的项目', pm.monitored, pm.monitoredAmount),
				...n('开展绩效自评的项目', pm.selfEvaluated, pm.selfEvaluatedAmount),
				...pm.gradeCounts.flatMap((g) => n(`评级为“${g.grade}”的项目`, g.count, undefined, 1)),
				...n('绩效自评中发现的问题', pm.issuesFound),
				...n('已经完成整改的问题', pm.issuesRectified, undefined, 1),
				...n('正在整改的问题', pm.issuesInProgress, undefined, 1),
			],
			notes: [
				...(pm.averageScore !== undefined ? [`绩效自评平均得分 ${formatNumber(pm.averageScore)} 分。`] : []),
				...(pm.projects.length ? [`列出的项目：${pm.projects.join('、')}`] : []),
			],
		});
	}
	return out.filter((t) => t.rows.length > 0);
}

function staffingTables(d: Disclosure): TableModel[] {
	return d.staffing.map((s, i) => ({
		id: `staffing-${i + 1}`,
		caption: `人员情况${s.asOf ? `（${s.asOf}）` : ''}`,
		columns: ['项目', '人数'],
		rows: [
			...(s.authorized !== undefined ? [{ header: '核定编制', cells: [count(s.authorized)] }] : []),
			...(s.onPayroll !== undefined ? [{ header: '实有在编', cells: [count(s.onPayroll)] }] : []),
			...(s.retired !== undefined ? [{ header: '退休人员', cells: [count(s.retired)] }] : []),
			...(s.contracted !== undefined ? [{ header: '聘用 / 临时人员', cells: [count(s.contracted)] }] : []),
			...s.breakdown.map((b) => ({ header: b.label, cells: [count(b.count)] })),
		],
		notes: s.where ? [`出处：${s.where}`] : [],
	}));
}

/** The tables of one section of the page, in reading order (glossary and attachments are lists, not tables). */
export function sectionTables(section: string, d: Disclosure): TableModel[] {
	// A template table keeps every column of the official form, blank or not: readers hold it against the original.
	return buildTables(section, d).map((t) => (t.source === 'template' ? t : pruneEmptyColumns(t)));
}

/** Figures a text states with no field of their own (statedAmounts), as printed, each item under its total. */
export function statedAmountsTable(id: string, caption: string, list: readonly StatedAmount[]): TableModel {
	return pruneEmptyColumns({
		id,
		caption,
		restatesNarrative: true,
		columns: ['项目', '数值', '单位', '占比', '原文表述'],
		rows: list.map((a) => ({
			header: a.group ? `${a.group}：${a.label}` : a.label,
			cells: [
				count(a.amount),
				text(a.unit ?? '万元'),
				percent(a.share),
				text(a.printedAs ?? (a.qualifier ? `限定词：${a.qualifier}` : undefined)),
			],
		})),
	});
}

/** Figures the text of a section prints with no field of their own (e.g. 002's 重点工作完成情况). */
function statedTable(section: string, fa: Fa | undefined): TableModel[] {
	const list = (fa?.statedAmounts ?? []).filter((a) => (a.section ?? 'overview') === section);
	return list.length ? [statedAmountsTable(`${section}-stated-table`, '正文中印出的其他数字', list)] : [];
}

/** The tables of the entry's template, as entered under `tables:` (templates/README.md). */
function typedTables(fa: Fa): TableModel[] {
	const template = templateFor(fa.template);
	return template ? tablePageModels(template, fa.tables) : [];
}

function buildTables(section: string, d: Disclosure): TableModel[] {
	return [...sectionData(section, d), ...statedTable(section, d.finalAccounts)];
}

function sectionData(section: string, d: Disclosure): TableModel[] {
	const fa = d.finalAccounts;
	if (section === 'overview') {
		const organisation = d.organisation.map((o, i) => organisationTable(`organisation-${i + 1}`, o));
		return [...organisation, ...staffingTables(d)];
	}
	if (!fa) return [];
	switch (section) {
		case 'totals':
			return fa.totals ? [totalsTable('totals-table', fa.totals, '')] : [];
		case 'income':
			return fa.income ? [incomeTable(fa.income)] : [];
		case 'expenditure':
			return fa.expenditure ? [expenditureTable(fa.expenditure)] : [];
		case 'fiscalTotals':
			return fa.fiscalTotals ? [totalsTable('fiscal-totals-table', fa.fiscalTotals, '财政拨款')] : [];
		case 'generalBudget':
			return fa.generalBudget ? generalBudgetTables(fa.generalBudget) : [];
		case 'basicExpenditure':
			return fa.basicExpenditure ? [basicTable(fa.basicExpenditure)] : [];
		case 'threePublic':
			return fa.threePublic ? threePublicTables(fa.threePublic) : [];
		case 'governmentFund':
			return fa.governmentFund ? [otherBudgetTable('government-fund-table', '政府性基金预算财政拨款支出', fa.governmentFund)] : [];
		case 'stateCapital':
			return fa.stateCapital ? [otherBudgetTable('state-capital-table', '国有资本经营预算财政拨款支出', fa.stateCapital)] : [];
		case 'otherMatters':
			return fa.otherMatters ? otherMattersTables(fa.otherMatters) : [];
		case 'appendixTables':
			return [...typedTables(fa), ...appendixTableModels(fa.appendixTables)];
		default:
			return [];
	}
}
