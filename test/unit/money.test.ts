import { describe, expect, test } from 'vitest';
import { agreement, agreementPct, decimalsOf, ratioPct, sumFen, toFen, toPct } from '../../src/core/money.ts';

describe('money', () => {
	test('万元 and 元 land on the same integer scale (分)', () => {
		// 000: the rent is printed both as 804089.4 元 and as 80.41 万元.
		expect(toFen(804089.4, '元').fen).toBe(80_408_940);
		expect(toFen(80.41).fen).toBe(80_410_000);
	});

	test('slack is half a unit of the last printed digit', () => {
		expect(toFen(848.9).slack).toBe(50_000);
		expect(toFen(848.91).slack).toBe(5_000);
		expect(toFen(252).slack).toBe(500_000);
		expect(decimalsOf(293.8)).toBe(1);
	});

	test('sums never drift like floats do', () => {
		// 0.1 + 0.2 !== 0.3 in floats; in 分 it is exact.
		expect(sumFen([toFen(0.1), toFen(0.2)]).fen).toBe(toFen(0.3).fen);
		// 003: 448.54 + 400.36 = 848.90 exactly.
		expect(sumFen([toFen(448.54), toFen(400.36)]).fen).toBe(toFen(848.9).fen);
	});

	test('agreement distinguishes rounding from real gaps', () => {
		expect(agreement(100, 100, 5)).toBe('equal');
		expect(agreement(100, 104, 5)).toBe('rounding');
		expect(agreement(100, 106, 5)).toBe('different');
	});

	test('percentages compare at the printed precision', () => {
		// 003: 项目支出 400.36 / 848.90 = 47.1628…% printed as 47.16%.
		expect(agreementPct(47.16, ratioPct(toFen(400.36).fen, toFen(848.9).fen), 0)).toBe('equal');
		// 52.8378…% printed as 52.83% (cut off, not rounded): a slip of the last digit, rounding-level.
		expect(agreementPct(52.83, ratioPct(toFen(448.54).fen, toFen(848.9).fen), 0)).toBe('rounding');
		// 001: 16.46 / 518.57 = 3.174…% printed as 3.1%: cut off too; 2.9% would be a real gap.
		expect(agreementPct(3.1, ratioPct(toFen(16.46).fen, toFen(518.57).fen), 0)).toBe('rounding');
		expect(agreementPct(2.9, ratioPct(toFen(16.46).fen, toFen(518.57).fen), 0)).toBe('different');
		expect(toPct(64.7).slack).toBe(5_000);
	});
});
