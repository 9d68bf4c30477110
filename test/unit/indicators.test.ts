/** assessIndicator on goals-table rows as the seeds print them (seed file and line in each test name). */
import { describe, expect, test } from 'vitest';
import { assessIndicator, countIndicators, parseQuantity } from '../../src/core/indicators.ts';

describe('assessIndicator', () => {
	test('met: 003 代缴人数 ≥ 9000 人, 完成 9000 (003 l.857)', () => {
		expect(assessIndicator({ nature: '≥', target: '9000', unit: '人', actual: '9000' })).toEqual({
			status: 'met',
			reason: '实际完成 9000 人，达到目标 ≥ 9000 人。',
		});
	});

	test('met with the unit repeated in the result: 003 森工人员人数 ≥ 160 人, 完成 "160 人" (l.2180)', () => {
		expect(assessIndicator({ nature: '≥', target: '160', unit: '人', actual: '160 人' }).status).toBe('met');
	});

	test('met: 003 支付准确率 ＝ 100 %, 完成 100 (l.862)', () => {
		expect(assessIndicator({ nature: '＝', target: '100', unit: '%', actual: '100' }).status).toBe('met');
	});

	test('unmet across 元 / 万元: 003 职业年金贴息成本 ＝ 302600 元, 完成 "0.88 万元" (l.2442)', () => {
		expect(assessIndicator({ nature: '＝', target: '302600', unit: '元', actual: '0.88 万元' })).toEqual({
			status: 'unmet',
			reason: '实际完成 0.88 万元（折合 8800 元），未达到目标 ＝ 302600 元。',
		});
	});

	test('unmet below a ≥ target: 004 满意度 report says 90% against ≥ 95 %', () => {
		expect(assessIndicator({ nature: '≥', target: '95', unit: '%', actual: '90%' }).status).toBe('unmet');
	});

	test('unmeasurable: 000 附表2 prints the target again as the result ("≥32 万人")', () => {
		const r = assessIndicator({ nature: '≥', target: '32', unit: '万人', actual: '≥32 万人' });
		expect(r.status).toBe('unmeasurable');
		expect(r.reason).toContain('重复了目标');
	});

	test('unmeasurable: 003 定性 "优良中差" restated as the result (l.885)', () => {
		const r = assessIndicator({ nature: '定性', target: '优良中差', actual: '优良中差' });
		expect(r).toEqual({ status: 'unmeasurable', reason: '实际完成值照抄了指标值“优良中差”，没有写出实际结果。' });
	});

	test('qualitative: 000 社会效益 定性 with a described result', () => {
		const r = assessIndicator({
			nature: '定性',
			target: '确保全市各类参保人员基本养老金按时足额发放，及时支付各项社会保险待遇，维护社会稳定',
			actual: '全市各类参保人员基本养老金按时足额发放，及时支付各项社会保险待遇，社会稳定',
		});
		expect(r.status).toBe('qualitative');
	});

	test('unmeasurable when no result was printed, or units cannot be compared', () => {
		expect(assessIndicator({ nature: '≥', target: '95', unit: '%' }).status).toBe('unmeasurable');
		expect(assessIndicator({ nature: '≥', target: '95', unit: '%', actual: '/' }).status).toBe('unmeasurable');
		expect(assessIndicator({ nature: '≥', target: '800', unit: '卷', actual: '800 件' }).status).toBe('unmeasurable');
		expect(assessIndicator({ nature: '≥', target: '95', unit: '%', actual: '基本满意' }).status).toBe('unmeasurable');
	});

	test('an operator embedded in the target text is used when 指标性质 is empty', () => {
		expect(assessIndicator({ target: '≥99条', actual: '100条' }).status).toBe('met');
		expect(assessIndicator({ nature: '未填', target: '100', unit: '条', actual: '99' }).status).toBe('unmeasurable');
	});

	test('a leading verb is read past: 000 按时足额发放率 100 %, 完成 "达到 100%" (l.307)', () => {
		expect(assessIndicator({ target: '100', unit: '%', actual: '达到 100%' })).toEqual({
			status: 'met',
			reason: '实际完成 100%，与指标值 100% 相同（未注明指标性质）。',
		});
	});

	test('decimals are compared exactly, not as floats (0.1 + 0.2 style)', () => {
		expect(assessIndicator({ nature: '≤', target: '0.3', unit: '万元', actual: '0.30' }).status).toBe('met');
		expect(assessIndicator({ nature: '≤', target: '99.99', unit: '%', actual: '99.991' }).status).toBe('unmet');
		expect(assessIndicator({ nature: '≥', target: '１２,０００', unit: '人', actual: '12,000' }).status).toBe('met');
	});
});

test('parseQuantity normalises magnitudes: 32 万人 = 320000 人', () => {
	expect(parseQuantity('32', '万人')?.value).toBe(parseQuantity('320000', '人')?.value);
	expect(parseQuantity('32', '万人')?.unit).toBe('人');
	expect(parseQuantity('约95%')).toBeUndefined();
	expect(parseQuantity('95%以上')).toMatchObject({ op: '≥', unit: '%' });
});

test('countIndicators tallies the 003 代缴城乡居民养老保险费 table: 6 met, 2 restated 定性', () => {
	const rows = [
		{ nature: '＝', target: '100', unit: '元', actual: '100' },
		{ nature: '≥', target: '9000', unit: '人', actual: '9000' },
		{ nature: '＝', target: '100', unit: '%', actual: '100' },
		{ nature: '≥', target: '100', unit: '%', actual: '100' },
		{ nature: '定性', target: '优良中差', actual: '优良中差' },
		{ nature: '定性', target: '优良中差', actual: '优良中差' },
		{ nature: '≥', target: '95', unit: '%', actual: '95' },
		{ nature: '≥', target: '374600', unit: '元', actual: '374600' },
	] as const;
	expect(countIndicators(rows)).toEqual({ met: 6, unmet: 0, unmeasurable: 2, qualitative: 0 });
});
