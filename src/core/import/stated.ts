/**
 * Template sentences of the Shanghai 2024 说明 (corpus/00) whose figures have their own fields since the model
 * learned them (政府采购's reserved and awarded SME amounts, 预算绩效管理's budgets, score, grades and issues),
 * and 五（三）'s budgets, which still go to `statedAmounts` labelled with the template's words.
 */
import { put, putText } from './draft.ts';
import { first, placeFirst, type Scope } from './match.ts';
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
