/**
 * Two lines pdftotext printed in reverse (corpus 01's 说明: "603.14万元，占20.51%；" above "本年支出合计…项目支出")
 * are read in their printed order only when that completes a template sentence piece, and never on a guess: the
 * real lines of putuo-finance/2024/source.txt, the same lines already in order, and the pieces without the
 * template's label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importText } from '../../src/core/import/index.ts';
import { SEAM_PHRASES } from '../../src/core/import/seams.ts';
import { readingOrder, sourceText } from '../../src/core/import/text.ts';

const CONTENT = join(import.meta.dirname, '../../content/disclosures');
const lines = readFileSync(join(CONTENT, 'putuo-finance/2024/source.txt'), 'utf8').split('\n');
/** The seven reversed pieces of corpus 01 as its source.txt prints them: [upper line, lower line]. */
const REVERSED = [542, 567, 590, 601, 666, 670, 674].map((n) => [n, n + 1] as const);
const moved = (order: readonly number[]) => order.flatMap((n, i) => (n === i + 1 ? [] : [[i + 1, n]]));

test('corpus 01: the seven reversed pieces, and nothing else, are read lower line first', () => {
	expect(moved(readingOrder(lines, SEAM_PHRASES))).toEqual(
		REVERSED.flatMap(([a, b]) => [
			[a, b],
			[b, a],
		]),
	);
});

test('a piece is read lower line first because a template sentence then matches, not before', () => {
	// "…占79.49%； 项目支出" / "603.14万元，占20.51%；": the sentence piece "项目支出X万元，占Y%" joins only in this order.
	const piece = [lines[538]!, lines[541]!, lines[542]!, lines[545]!];
	expect(piece[1]).toBe('603.14万元，占20.51%；');
	expect(sourceText(piece.join('\n'), SEAM_PHRASES).flat).toContain('项目支出603.14万元，占20.51%；');
	// Without the phrases (the repair off) the printed order stays, and the sentence is broken.
	expect(sourceText(piece.join('\n')).flat).not.toContain('项目支出603.14万元');
	// The same lines in the right order are left alone: no phrase gains by swapping them.
	expect(moved(readingOrder([piece[0]!, piece[2]!, piece[1]!, piece[3]!], SEAM_PHRASES))).toEqual([]);
	// A reversed pair whose joint no template phrase names is left as printed: the order is never guessed.
	expect(moved(readingOrder(['主要原因：', '下降1.87%。', '与2023年度相比，减少56.95万元，'], SEAM_PHRASES))).toEqual([]);
});

test('corpus 01 drafts the figures of the reversed pieces, each citing its own line, and the narrative in order', () => {
	const result = importText(lines.join('\n'));
	const fa = result.finalAccounts as Record<string, Record<string, unknown>>;
	expect(fa.expenditure!.project).toEqual({ amount: 603.14, share: 20.51 });
	const at = (path: string) => result.placements.find((p) => p.path === path)?.line;
	expect(at('expenditure.project.amount')).toBe(542);
	expect(at('generalBudget.byCategory[3].share')).toBe(567);
	expect(at('generalBudget.detail.items[3].amount')).toBe(590);
	expect(at('generalBudget.detail.items[5].budget')).toBe(601);
	expect(at('otherMatters.performance.issuesInProgress')).toBe(674);
	const text = result.narrative!.replace(/\\/g, '');
	expect(text).toContain('项目支出603.14万元，占20.51%；');
	expect(text).toContain('年初预算为450.52万元，支出决算为449.52万元。');
	expect(text).toContain('年初预算为161.62万元，支出决算为160.75万元。');
	expect(text).toContain('正在整改的0个）。');
});
