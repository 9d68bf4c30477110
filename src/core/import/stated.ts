/**
 * Figures the 说明 prints in template sentences that have no field of their own go to `statedAmounts`
 * (schema: finalAccounts.statedAmounts), labelled with the template's own words. The list follows the Shanghai
 * 2024 template (corpus/00): 五（三）'s budgets, 政府采购's reserved amounts, and 预算绩效管理's counts.
 */
import { put, putText } from './draft.ts';
import { first, type Scope } from './match.ts';

interface StatedSentence {
	/** `{year}` is the year printed in the sentence. */
	label: string;
	pattern: string;
	unit?: string;
	group?: string;
}

const GENERAL_BUDGET: readonly StatedSentence[] = [
	{ label: '一般公共预算财政拨款支出年初预算', pattern: '一般公共预算财政拨款支出年初预算为NUM万元' },
	{ label: '一般公共预算财政拨款支出全年预算', pattern: '一般公共预算财政拨款支出年初预算为[^。]*?全年预算为NUM万元' },
];

const OTHER_MATTERS: readonly StatedSentence[] = [
	{ label: '面向中小企业预留政府采购项目预算金额', pattern: '面向中小企业预留政府采购项目预算金额(?:为)?NUM万元' },
	{ label: '面向小微企业预留政府采购项目预算金额', pattern: '面向小微企业预留政府采购项目预算金额(?:为)?NUM万元' },
	{ label: '面向中小企业预留项目中由中小企业供应商中标或成交的采购金额', pattern: '面向中小企业预留的?政府采购项目中[，,]?由中小企业供应商中标或成交的[，,]?采购金额(?:为)?NUM万元' },
	{ label: '面向小微企业预留项目中由小微企业供应商中标或成交的采购金额', pattern: '面向小微企业预留的?政府采购项目中[，,]?由小微企业供应商中标或成交的[，,]?采购金额(?:为)?NUM万元' },
	{ label: '其他政府采购项目中由中小企业供应商中标或成交的采购金额', pattern: '其他政府采购项目中[，,]?由中小企业供应商中标或成交的[，,]?采购金额(?:为)?NUM万元' },
	{ label: '编报绩效目标的{year}年度项目涉及预算金额', pattern: '编报绩效目标的(\\d{4})年度项目\\d+个[，,]涉及预算金额NUM万元' },
	{ label: '绩效跟踪评价的{year}年度项目涉及预算金额', pattern: '绩效跟踪评价的(\\d{4})年度项目\\d+个[，,]涉及预算金额NUM万元' },
	{ label: '绩效自评的{year}年度项目涉及预算金额', pattern: '绩效自评的(\\d{4})年度项目\\d+个[，,]涉及预算金额NUM万元' },
	{ label: '绩效自评平均得分', pattern: '平均得分NUM分', unit: '分' },
	{ label: '绩效自评的{year}年度项目', pattern: '绩效自评的(\\d{4})年度项目NUM个', unit: '个' },
	...['优', '良', '合格', '不合格'].map((grade) => ({
		label: `绩效评级为“${grade}”的项目`,
		pattern: `绩效评级为.${grade}.的项目NUM个`,
		unit: '个',
		group: '绩效自评的{year}年度项目',
	})),
	{ label: '绩效自评中共发现问题', pattern: '绩效自评中共发现问题NUM个', unit: '个' },
	{ label: '已经完成整改的问题', pattern: '发现问题\\d+个[，,]已经完成整改的NUM个', unit: '个', group: '绩效自评中共发现问题' },
	{ label: '正在整改的问题', pattern: '已经完成整改的\\d+个[，,]正在整改的NUM个', unit: '个', group: '绩效自评中共发现问题' },
];

/** Appends every stated sentence found in the section to `statedAmounts`, in template order. */
export function readStated(scope: Scope, section: 'generalBudget' | 'otherMatters'): void {
	const list = section === 'generalBudget' ? GENERAL_BUDGET : OTHER_MATTERS;
	for (const s of list) {
		const hit = first(scope, s.pattern);
		if (!hit) continue;
		const numberGroup = hit.m.length - 1;
		const year = /\{year\}/.test(s.label + (s.group ?? '')) ? hit.m[1] : undefined;
		const fill = (t: string) => (year ? t.replace('{year}', year) : t);
		const items = (scope.draft.data.statedAmounts as unknown[] | undefined) ?? [];
		const i = items.length;
		if (!put(scope.draft, ['statedAmounts', i, 'amount'], hit.num(numberGroup))) continue;
		const item = (scope.draft.data.statedAmounts as Record<string, unknown>[])[i]!;
		// Keys in the schema's order: label first, as a clerk would write it.
		(scope.draft.data.statedAmounts as Record<string, unknown>[])[i] = { label: fill(s.label), ...item };
		if (s.unit) putText(scope.draft, ['statedAmounts', i, 'unit'], s.unit);
		if (s.group) putText(scope.draft, ['statedAmounts', i, 'group'], fill(s.group));
		putText(scope.draft, ['statedAmounts', i, 'section'], section);
	}
}
