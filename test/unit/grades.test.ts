/** The 等次 are described once (core/grades.ts): the schema, the grade-band rule and the comparison's order read it. */
import { describe, expect, test } from 'vitest';
import { gradeAliasesText, gradeBandsText, gradeFor, gradeOf, gradeRank, GRADE_WORDS } from '../../src/core/grades.ts';
import { gradeBand } from '../../src/core/rules/performance.ts';
import { grade } from '../../src/core/schema/performance.ts';

describe('grades', () => {
	test('bands follow DESIGN §1 at their edges: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60', () => {
		expect([90, 89.99, 80, 79.99, 60, 59.99, 0].map(gradeFor)).toEqual(['优', '良', '良', '中', '中', '差', '差']);
	});

	test('every printed word maps to one grade and sorts with it', () => {
		expect(['优秀', '良好', '合格', '不合格'].map(gradeOf)).toEqual(['优', '良', '中', '差']);
		expect(['优', '优秀', '良', '中', '合格', '差', '不合格', '甲'].map(gradeRank)).toEqual([4, 4, 3, 2, 2, 1, 1, 0]);
	});

	test('the schema accepts exactly the described words', () => {
		expect(grade.options).toEqual([...GRADE_WORDS]);
		expect(grade.safeParse('甲').success).toBe(false);
	});

	test('the rules page explains the same bands', () => {
		expect(gradeBand.formula).toBe('优 ≥ 90；80 ≤ 良 < 90；60 ≤ 中 < 80；差 < 60');
		expect(gradeBand.explain).toContain(gradeBandsText());
		expect(gradeAliasesText()).toBe('“优秀”即优、“良好”即良、“合格”即中、“不合格”即差');
	});
});
