/** 更正记录: which figures a correction changed, computed from two versions of the entry, never written by hand. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { correctionsOf, diffFigures, type EntryVersion } from '../../src/core/corrections.ts';
import { correctionSummary } from '../../src/core/feed.ts';

const dir = 'content/disclosures/wutongqiao-shebao/2024';
const read = (name: string) => parse(readFileSync(`${dir}/${name}`, 'utf8'));
const published: EntryVersion = {
	commit: 'a',
	index: read('index.yaml'),
	finalAccounts: read('final-accounts.yaml'),
	performance: read('performance.yaml'),
};

/** The published version with 本年收入合计 corrected (848.90 → 849.90) and, optionally, a correction declared. */
function corrected(declare: boolean): EntryVersion {
	const v = structuredClone(published) as {
		index: { corrections?: unknown[] };
		finalAccounts: { income: { total: number } };
	} & EntryVersion;
	v.finalAccounts.income.total = 849.9;
	if (declare) v.index.corrections = [{ date: '2025-09-01', reason: '收入合计录入有误' }];
	return v;
}

test('the printed 本年收入合计 of 五通桥 2024 is 848.90 (the figure the tests correct)', () => {
	expect((published.finalAccounts as { income: { total: number } }).income.total).toBe(848.9);
});

test('a changed figure is named with its old and new value; nothing else is reported', () => {
	expect(diffFigures(published, corrected(false))).toEqual([
		{ path: 'finalAccounts.income.total', label: expect.stringContaining('合计'), old: 848.9, new: 849.9 },
	]);
	expect(diffFigures(published, published)).toEqual([]);
});

test('a row inside a list is named by its printed label', () => {
	const after = structuredClone(published) as {
		finalAccounts: { generalBudget: { detail: { items: { item: string; amount: number }[] } } };
	} & EntryVersion;
	const item = after.finalAccounts.generalBudget.detail.items[0];
	const old = item.amount;
	item.amount = old + 1;
	const [change] = diffFigures(published, after);
	expect(change.path).toBe('finalAccounts.generalBudget.detail.items[0].amount');
	expect(item.item).toBe('社会保险经办机构');
	expect(change.label).toBe('社会保险经办机构 · 支出决算数（万元）');
	expect([change.old, change.new]).toEqual([old, old + 1]);
});

test('the correction is the difference between the version before it was declared and the last one carrying it', () => {
	const [c] = correctionsOf([{ date: '2025-09-01', reason: '收入合计录入有误' }], [published, corrected(true)]);
	expect(c.changes).toEqual([expect.objectContaining({ path: 'finalAccounts.income.total', old: 848.9, new: 849.9 })]);
	expect(correctionSummary(c)).toContain('由 848.9 改为 849.9');
});

test('without history the correction is kept, its figures unknown (null), never guessed', () => {
	const [c] = correctionsOf([{ date: '2025-09-01', reason: '收入合计录入有误' }], []);
	expect(c).toEqual({ date: '2025-09-01', reason: '收入合计录入有误', changes: null });
	expect(correctionSummary(c)).toContain('无法从版本历史列出');
});
