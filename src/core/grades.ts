/**
 * The 等次 of a self-evaluation: the one description of the four grades, the score band of each (DESIGN §1) and
 * the other words templates print for them (优秀, 良好, 合格, 不合格). The schema's enum, the grade-band rule,
 * the computed grade and the comparison's sort order all derive from it.
 */

/** Best first; `min` is the lowest total (分, out of 100) of the band, `also` the other printed words for it. */
export const GRADES = [
	{ grade: '优', min: 90, also: ['优秀'] },
	{ grade: '良', min: 80, also: ['良好'] },
	{ grade: '中', min: 60, also: ['合格'] },
	{ grade: '差', min: 0, also: ['不合格'] },
] as const;

export type Grade = (typeof GRADES)[number]['grade'];
export type GradeWord = Grade | (typeof GRADES)[number]['also'][number];

/** Every word a template prints for a 等次: the four grades, then the other words (the schema's enum). */
export const GRADE_WORDS: readonly [GradeWord, ...GradeWord[]] = [...GRADES.map((g) => g.grade), ...GRADES.flatMap((g) => g.also)] as [
	GradeWord,
	...GradeWord[],
];

/** The grade a total falls in: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
export function gradeFor(score: number): Grade {
	return (GRADES.find((g) => score >= g.min) ?? GRADES.at(-1)!).grade;
}

/** The grade a printed word means (优秀 → 优), or undefined for a word that is none. */
export function gradeOf(word: string): Grade | undefined {
	return GRADES.find((g) => g.grade === word || (g.also as readonly string[]).includes(word))?.grade;
}

/** The order of a printed 等次 (优 4 … 差 1, unknown 0): what a grade cell sorts by, on the page and in the browser. */
export function gradeRank(word: string): number {
	const i = GRADES.findIndex((g) => g.grade === gradeOf(word));
	return i < 0 ? 0 : GRADES.length - i;
}

/** The bands in words, as the rules page and findings explain them: “优 ≥ 90；80 ≤ 良 < 90；60 ≤ 中 < 80；差 < 60”. */
export function gradeBandsText(): string {
	return GRADES.map((g, i) => {
		const upper = i === 0 ? undefined : GRADES[i - 1]!.min;
		if (upper === undefined) return `${g.grade} ≥ ${g.min}`;
		return i === GRADES.length - 1 ? `${g.grade} < ${upper}` : `${g.min} ≤ ${g.grade} < ${upper}`;
	}).join('；');
}

/** The other words in words: “优秀”即优、“良好”即良… */
export function gradeAliasesText(): string {
	return GRADES.flatMap((g) => g.also.map((w) => `“${w}”即${g.grade}`)).join('、');
}
