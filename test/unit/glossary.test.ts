/** mergeGlossary on the 名词解释 of 001 (东区 2023) and 003 (五通桥 2024), as printed. */
import { expect, test } from 'vitest';
import { mergeGlossary, normaliseTerm } from '../../src/core/glossary.ts';

const entry = (unit: string, year: number, glossary: { term: string; definition: string }[]) =>
	({ unit, year, finalAccounts: { glossary } }) as unknown as Parameters<typeof mergeGlossary>[0][number];

const d001 = entry('panzhihua-dongqu-shebao', 2023, [
	{ term: '1.财政拨款收入：', definition: '指单位从同级财政部门取得的财政预算资金。' },
	{ term: '其他收入', definition: '指单位取得的除上述收入以外的各项收入。' },
]);
const d003 = entry('wutongqiao-shebao', 2024, [
	{ term: '财政拨款收入', definition: '指单位从同级财政部门取得的财政预算资金' },
	{ term: '其他收入', definition: '指单位取得的除上述收入以外的各项收入。主要是存款利息等。' },
	{ term: '事业收入', definition: '指事业单位开展专业业务活动及辅助活动取得的收入。' },
]);

test('numbering and colons are not part of a term', () => {
	expect(normaliseTerm('1.财政拨款收入：')).toBe('财政拨款收入');
	expect(normaliseTerm('（三）机关运行经费')).toBe('机关运行经费');
	expect(normaliseTerm('二、 “三公”经费')).toBe('“三公”经费');
});

test('one entry per term; same wording merged, different wording kept apart with its own users', () => {
	const merged = mergeGlossary([d001, d003]);
	expect(merged.map((e) => e.term)).toEqual(['财政拨款收入', '其他收入', '事业收入']);
	const [fiscal, other] = merged;
	// 001 ends with "。", 003 without: the same wording, used by both.
	expect(fiscal.definitions).toHaveLength(1);
	expect(fiscal.definitions[0].usedBy).toEqual([
		{ unit: 'wutongqiao-shebao', year: 2024 },
		{ unit: 'panzhihua-dongqu-shebao', year: 2023 },
	]);
	// 003 adds "主要是存款利息等。": two wordings, newest first when equally used.
	expect(other.definitions.map((d) => d.usedBy.map((u) => u.year))).toEqual([[2024], [2023]]);
	expect(other.anchor).toBe('term-其他收入');
});

test('unit-years without 部门决算 contribute nothing', () => {
	expect(mergeGlossary([{ unit: 'kunming-wuhua-shebao', year: 2024, finalAccounts: undefined }])).toEqual([]);
});

test('a unit-year printing one wording twice counts once; the same wording under another term is its own use', () => {
	const twice = entry('panzhihua-dongqu-shebao', 2023, [
		{ term: '1.财政拨款收入：', definition: '指单位从同级财政部门取得的财政预算资金。' },
		{ term: '财政拨款收入', definition: '指单位从同级财政部门取得的财政预算资金' },
		{ term: '财政拨款', definition: '指单位从同级财政部门取得的财政预算资金。' },
	]);
	const merged = mergeGlossary([twice, d003]);
	expect(merged.find((e) => e.term === '财政拨款收入')!.definitions[0].usedBy).toHaveLength(2);
	expect(merged.find((e) => e.term === '财政拨款')!.definitions[0].usedBy).toEqual([{ unit: 'panzhihua-dongqu-shebao', year: 2023 }]);
});
