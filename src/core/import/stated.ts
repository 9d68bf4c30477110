/**
 * Template sentences of the Shanghai 2024 说明 (corpus/00) whose figures have their own fields since the model
 * learned them (政府采购's reserved and awarded SME amounts, 预算绩效管理's budgets, score, grades and issues),
 * and 五（三）'s budgets, which still go to `statedAmounts` labelled with the template's words; and the figures of
 * the 概况's 重点工作完成情况 prose (Sichuan 002), `statedAmounts` of section `overview` labelled by the words printed.
 */
import { put, putText } from './draft.ts';
import { first, placeFirst, within, type Scope } from './match.ts';
import { readStatedValues } from './performance-report.ts';
import { NOISE } from './text.ts';
import { DETAIL_BUDGET_LABELS } from '../stated-amounts.ts';

/** [field under otherMatters, sentence pattern with NUM]. */
const FIELDS: readonly [string, string, string][] = [
	['procurement', 'smeReserved', '面向中小企业预留政府采购项目预算金额(?:为)?NUM万元'],
	['procurement', 'smallMicroReserved', '面向小微企业预留政府采购项目预算金额(?:为)?NUM万元'],
	['procurement', 'smeAwardedReserved', '面向中小企业预留的?政府采购项目中[，,]?由中小企业供应商中标或成交的[，,]?采购金额(?:为)?NUM万元'],
	[
		'procurement',
		'smallMicroAwardedReserved',
		'面向小微企业预留的?政府采购项目中[，,]?由小微企业供应商中标或成交的[，,]?采购金额(?:为)?NUM万元',
	],
	['procurement', 'smeAwardedOther', '其他政府采购项目中[，,]?由中小企业供应商中标或成交的[，,]?采购金额(?:为)?NUM万元'],
	['performance', 'targetsSetAmount', '编报绩效目标的(?:\\d{4}年度)?项目\\d+个[，,]涉及预算金额NUM万元'],
	['performance', 'monitoredAmount', '绩效跟踪评价的(?:\\d{4}年度)?项目\\d+个[，,]涉及预算金额NUM万元'],
	['performance', 'selfEvaluatedAmount', '绩效自评的(?:\\d{4}年度)?项目\\d+个[，,]涉及预算金额NUM万元'],
	['performance', 'averageScore', '平均得分NUM分'],
	['performance', 'issuesFound', '绩效自评中共发现问题NUM个'],
	['performance', 'issuesRectified', '发现问题\\d+个[，,]已经完成整改的NUM个'],
	['performance', 'issuesInProgress', '已经完成整改的\\d+个[，,]正在整改的NUM个'],
];

const GRADES = ['优', '良', '合格', '不合格'];

/** 五（三）: "一般公共预算财政拨款支出年初预算为X万元，全年预算为Y万元" (no field of their own). */
const BUDGETS: readonly [string, string][] = [
	[DETAIL_BUDGET_LABELS.initial, '一般公共预算财政拨款支出年初预算为NUM万元'],
	[DETAIL_BUDGET_LABELS.full, '一般公共预算财政拨款支出年初预算为[^。]*?全年预算为NUM万元'],
];

export function readStated(scope: Scope, section: 'generalBudget' | 'otherMatters'): void {
	if (section === 'otherMatters') {
		for (const [part, key, pattern] of FIELDS) placeFirst(scope, ['otherMatters', part, key], pattern);
		// The template lists the four grades in this order; one the text garbles keeps its place with no count.
		const hits = GRADES.map((grade) => first(scope, `绩效评级为.${grade}.的项目NUM个`));
		if (hits.some(Boolean)) {
			GRADES.forEach((grade, i) => {
				putText(scope.draft, ['otherMatters', 'performance', 'gradeCounts', i, 'grade'], grade);
				put(scope.draft, ['otherMatters', 'performance', 'gradeCounts', i, 'count'], hits[i]?.num(1));
			});
		}
		return;
	}
	for (const [label, pattern] of BUDGETS) {
		const hit = first(scope, pattern);
		if (!hit) continue;
		const items = (scope.draft.data.statedAmounts as unknown[] | undefined) ?? [];
		const i = items.length;
		putText(scope.draft, ['statedAmounts', i, 'label'], label);
		put(scope.draft, ['statedAmounts', i, 'amount'], hit.num(1));
		putText(scope.draft, ['statedAmounts', i, 'section'], section);
	}
}

/** A heading of the 概况's own numbering ("二、机构设置", "（三）…"), at the start of a printed line. */
const OVERVIEW_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/**
 * The 概况's "（二）2021年重点工作完成情况" (seed 002): the work of the year in figures, each a statedAmount of
 * section `overview` (`readStatedValues` in its prose reading), from the heading to the next heading of the 概况
 * printed at a line's start ("二、机构设置"), so the 机构设置's counts stay with index.yaml.
 */
export function readWorkReport(scope: Scope): void {
	const heading = first(scope, '[（(][一二三四五六七八九十]+[）)][^。，,]{0,12}?重点工作[^。，,]{0,8}?情况');
	if (!heading) return;
	const { lines, lineOf } = scope.src;
	let end = heading.end;
	for (; end < scope.end; end++) {
		const n = lineOf[end]!;
		if (n !== lineOf[end - 1] && OVERVIEW_HEADING.test(lines[n - 1]!.replace(NOISE, ''))) break;
	}
	readStatedValues(within(scope, heading.end, end), [], { prose: { section: 'overview' } });
}
