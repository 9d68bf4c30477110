/** Indicator arithmetic and form (issue #12 point 2), on the fixtures and on seed 003's seven tables. */
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/core/rules/index.ts';
import { load } from '../helpers/rule-fixtures.ts';

const rule = (id: string, d = load(id).disclosure) => audit(d).filter((f) => f.rule === id);

describe('rate × count = cost', () => {
	test('100 元 × 3746 人 = 374600 元 passes; 200 元 × 3746 人 does not', () => {
		const { disclosure } = load('indicator-product');
		disclosure.performance!.evaluations[0].indicators!.rows[1].actual = '100';
		disclosure.performance!.evaluations[0].indicators!.rows[1].target = '100';
		expect(rule('indicator-product', disclosure)).toEqual([]);
		expect(rule('indicator-product')[0]).toMatchObject({
			severity: '疑似',
			expected: '749,200 元',
			actual: '374,600 元',
			difference: '-374,600 元',
		});
	});
});

describe('an actual far below its target with full marks is 确定', () => {
	test('0.88 万元 against ＝ 302600 元 with 10 of 10 (003 职业年金贴息)', () => {
		const { disclosure } = load('base');
		Object.assign(disclosure.performance!.evaluations[0].indicators!.rows[2], {
			nature: '＝',
			target: '302600',
			unit: '元',
			actual: '0.88 万元',
		});
		const f = audit(disclosure).find((x) => x.rule === 'indicator-met');
		expect(f).toMatchObject({ severity: '确定', actual: '30' });
		expect(f!.message).toContain('不到目标的一半');
	});

	test('a near miss with full marks stays 疑似', () => {
		const { disclosure } = load('base');
		disclosure.performance!.evaluations[0].indicators!.rows[1].actual = '94';
		expect(audit(disclosure).find((x) => x.rule === 'indicator-met')?.severity).toBe('疑似');
	});
});

describe('form', () => {
	test('a cost with ≥, the rating scale as a result, a number without operator, one amount scored twice', () => {
		expect(rule('indicator-cost-operator')[0]).toMatchObject({ actual: '≥', expected: '≤ 或 ＝' });
		expect(rule('indicator-scale')[0].message).toContain('评分等级“优良中差”');
		expect(rule('indicator-operator')[0].path).toBe('performance.evaluations[0].indicators.rows[1].nature');
		expect(rule('indicator-double-scored')[0].message).toContain('374,600 元');
	});
});
