/**
 * What the 说明, the section tables, the figures and the audit call each income source and kind of spending: the
 * national template's wording of the 总表's income lines and the 支出决算表's columns, under the same keys.
 */
import { expenditureKinds, incomeSources } from '../schema/final-accounts.ts';
import { basic, EXPENDITURE_COLUMNS, INCOME_SOURCES } from './national-2023.ts';

function labels<K extends string>(keys: readonly K[], specs: readonly { key: string; name: string }[], what: string): Record<K, string> {
	return Object.fromEntries(
		keys.map((k) => {
			const spec = specs.find((s) => s.key === k);
			if (!spec) throw new Error(`全国表样中没有${what}“${k}”`);
			return [k, spec.name];
		}),
	) as Record<K, string>;
}

/** 一般公共预算财政拨款收入, 上级补助收入…, by income source key. */
export const INCOME_LABELS = labels(incomeSources, INCOME_SOURCES, '收入来源');

/** 基本支出, 项目支出, 上缴上级支出…, by kind of spending. */
export const EXPENDITURE_LABELS = labels(expenditureKinds, EXPENDITURE_COLUMNS, '支出类别');

/** 人员经费 and 公用经费: the two sides of the 基本支出 table, the two parts of 一般公共预算基本支出. */
export const BASIC_LABELS = labels(
	['personnel', 'publicUse'] as const,
	basic.sides.map((s) => ({ key: s.key, name: s.name })),
	'基本支出部分',
);
