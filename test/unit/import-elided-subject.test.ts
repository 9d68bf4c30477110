/**
 * A stated figure whose clause leaves out its subject ("…工伤保险参保26275人，基金征缴1776.38万元"): the real lines of
 * seed 001's department report, and fixtures that each break one condition of the rule (a label printed once, a
 * clause not right after a stated figure of its sentence).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createDraft } from '../../src/core/import/draft.ts';
import { readStatedValues } from '../../src/core/import/performance-report.ts';
import { sourceText } from '../../src/core/import/text.ts';

const SEED = join(import.meta.dirname, '../../content/disclosures/panzhihua-dongqu-shebao/2023/source.txt');

function labels(text: string) {
	const src = sourceText(text);
	const draft = createDraft();
	readStatedValues({ src, draft, section: 'performance', start: 0, end: src.flat.length }, ['evaluations', 0]);
	const items = (draft.data.evaluations as { statedAmounts: { label: string; amount: number }[] }[])[0]!.statedAmounts;
	return items.map((i) => [i.label, i.amount]);
}

test('seed 001: a repeated 基金征缴 takes the subject of the clause before it, less the verb all of them share', () => {
	const lines = readFileSync(SEED, 'utf8').split('\n').slice(732, 743);
	expect(lines[0]).toContain('东区基本养老保险');
	expect(labels(lines.join('\n'))).toEqual([
		['东区基本养老保险参保', 49506],
		['东区基本养老保险基金征缴', 54592.98],
		['城乡居民养老保险参保', 4812],
		['机关事业养老保险参保', 3716],
		['机关事业养老保险基金征缴', 10572.51],
		['工伤保险参保', 26275],
		['工伤保险基金征缴', 1776.38],
		['失业保险参保', 25298],
		['失业保险基金征缴', 1632.32],
		['职业年金参保', 3716],
		['职业年金基金征缴', 5921.67],
	]);
});

test('a label printed once stays as printed: one clause does not show where its subject ends', () => {
	expect(labels('截止12月底，工伤保险参保26275人，基金征缴1776.38万元；失业保险参保25298人。')).toEqual([
		['工伤保险参保', 26275],
		['基金征缴', 1776.38],
		['失业保险参保', 25298],
	]);
});

test('a repeated label not in the clause right after a stated figure of its sentence stays as printed', () => {
	expect(labels('工伤保险参保26275人。基金征缴1776.38万元；失业保险参保25298人；基金征缴1632.32万元。')).toEqual([
		['工伤保险参保', 26275],
		['基金征缴', 1776.38],
		['失业保险参保', 25298],
		['基金征缴', 1632.32],
	]);
});
