/**
 * The rule table against its fixtures: the base unit-year passes every rule, and each
 * `test/fixtures/rules/<rule-id>.yaml` (a partial override of the base) produces findings of exactly that rule.
 */
import { describe, expect, test } from 'vitest';
import { audit, countBySeverity, FAMILIES, RULES, ruleById } from '../../src/core/rules/index.ts';
import { fixtureIds, load } from '../helpers/rule-fixtures.ts';
import { auditNarrative, extractStatements } from '../../src/core/narrative-audit.ts';

describe('rule table', () => {
	test('ids are unique kebab-case, and every rule has a title, explanation, formula and family', () => {
		const ids = RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const r of RULES) {
			expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(r.title && r.explain && r.formula && r.family).toBeTruthy();
			expect(['确定', '疑似', '提示']).toContain(r.severity);
		}
		expect(FAMILIES.length).toBeGreaterThanOrEqual(10);
	});

	test('the foundation ids are kept forever', () => {
		for (const id of [
			'totals-balance',
			'combined-total-double',
			'income-sum',
			'expenditure-sum',
			'basic-split',
			'three-public-sum',
			'category-sum',
			'share-printed',
			'execution-rate',
			'score-sum',
			'grade-band',
		]) {
			expect(ruleById(id), id).toBeDefined();
		}
	});

	test('every rule has a fixture named after it, and every fixture names a rule', () => {
		expect([...fixtureIds].sort()).toEqual(RULES.map((r) => r.id).sort());
	});
});

describe('fixtures', () => {
	test('the base unit-year passes every rule', () => {
		const { disclosure, context } = load('base');
		expect(audit(disclosure, context)).toEqual([]);
	});

	test.each(fixtureIds)('%s.yaml fails exactly its own rule', (id) => {
		const { disclosure, context } = load(id);
		const findings = audit(disclosure, context);
		expect(findings.length, `${id} produced no finding`).toBeGreaterThan(0);
		expect([...new Set(findings.map((f) => f.rule))]).toEqual([id]);
		for (const f of findings) {
			expect(f.message).toMatch(/[\u4e00-\u9fff]/);
			expect(f.anchor).toBeTruthy();
		}
	});
});

describe('messages say what was printed, what it should be and the gap', () => {
	test('combined total: 580.44-style doubling names the doubled figure', () => {
		const [f] = audit(load('combined-total-double').disclosure);
		expect(f).toMatchObject({ rule: 'combined-total-double', severity: '确定', anchor: 'totals', expected: '848.90', actual: '1,697.80' });
		expect(f.message).toContain('被算了两次');
	});

	test('a share cut off instead of rounded (003: 52.83% for 52.8378%) is 提示; a real gap stays 确定', () => {
		const { disclosure } = load('base');
		disclosure.finalAccounts!.expenditure!.basic!.share = 52.83;
		disclosure.finalAccounts!.expenditure!.project!.share = 47.16;
		const rules = audit(disclosure).map((f) => `${f.rule} ${f.severity}`);
		expect(rules).toEqual(['share-printed 提示', 'share-sum 提示']);
		disclosure.finalAccounts!.expenditure!.basic!.share = 52.73;
		expect(audit(disclosure).find((f) => f.rule === 'share-printed')?.severity).toBe('确定');
	});

	test('a rounding-level gap is 提示, a real one 确定 (category sum 848.91 vs 848.90)', () => {
		const { disclosure } = load('base');
		disclosure.finalAccounts!.generalBudget!.byCategory[0].amount = 807.68;
		const f = audit(disclosure).filter((x) => x.rule === 'category-sum');
		expect(f.map((x) => x.severity)).toEqual(['提示', '提示']);
		disclosure.finalAccounts!.generalBudget!.byCategory[0].amount = 807.77;
		expect(
			audit(disclosure)
				.filter((x) => x.rule === 'category-sum')
				.map((x) => x.severity),
		).toContain('确定');
	});

	test('share-sum within the shares’ rounding is 提示', () => {
		expect(countBySeverity(audit(load('share-sum').disclosure))).toEqual({ 确定: 0, 疑似: 0, 提示: 1 });
	});
});

describe('narrative', () => {
	test('extracts amounts with their shares and sections from MDX', () => {
		const s = extractStatements(
			'<Section id="expenditure">\n\n本年支出合计 848.9 万元，其中：基本支出 448.54 万元，占 52.84%。\n\n</Section>\n',
		);
		expect(s.map((x) => [x.prefix, x.amount, x.share, x.section])).toEqual([
			['本年支出合计', 848.9, undefined, 'expenditure'],
			['其中', 448.54, 52.84, 'expenditure'].map((v, i) => (i === 0 ? '基本支出' : v)),
		]);
	});

	test('a share in the text that differs from the data is reported; changes and budgets are not', () => {
		const { disclosure } = load('base');
		const mdx = '基本支出 448.54 万元，占 52.83%。与上年相比减少 32.47 万元。年初预算支出 900.00 万元，其中：基本支出 500.00 万元。';
		const f = auditNarrative(disclosure, mdx);
		expect(f).toHaveLength(1);
		expect(f[0]).toMatchObject({ rule: 'narrative-figure', severity: '确定', actual: '52.83%', expected: '52.84%' });
	});
});
