/**
 * The table rules on a real document (corpus/01, 上海市普陀区财政局 2024, entered in
 * test/fixtures/templates/putuo-finance-2024.yaml) and on that document with one cell changed.
 * Every finding on the original was checked by hand against the source text (sums in the comments).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/core/rules/index.ts';
import { TABLE_RULES } from '../../src/core/rules/tables.ts';
import type { Disclosure } from '../../src/core/schema/disclosure.ts';
import { parseDisclosure } from '../../src/core/validate.ts';

const TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/templates/putuo-finance-2024.yaml'), 'utf8');
const INDEX = 'unit: putuo-finance\nyear: 2024\nsource:\n  title: 上海市普陀区财政局2024年度部门决算\n  issuer: 上海市普陀区财政局\n';

function entry(edit?: (doc: ReturnType<typeof parseDocument>) => void): Disclosure {
	const doc = parseDocument(TEXT);
	edit?.(doc);
	const r = parseDisclosure({
		dir: 'disclosures/putuo-finance/2024',
		index: { path: 'index.yaml', text: INDEX },
		finalAccounts: { path: 'final-accounts.yaml', text: doc.toString() },
	});
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.data;
}

const tableFindings = (d: Disclosure) => audit(d, {}, TABLE_RULES);
const summary = (d: Disclosure) => tableFindings(d).map((f) => `${f.rule} ${f.severity} ${f.path} ${f.actual}→${f.expected}`);

describe('the printed document', () => {
	test('only rounding-level slips, each true by hand', () => {
		expect(summary(entry())).toEqual([
			// 收入决算表 合计: 2112.86 + 326.72 + 60.99 + 445.69 = 2946.26, printed 2946.25; 财政拨款 2106.66 + … = 2940.06.
			'table-line-sum 提示 finalAccounts.tables.income.rows[0][2] 2,946.25→2,946.26',
			'table-line-sum 提示 finalAccounts.tables.income.rows[0][3] 2,940.05→2,940.06',
			// 支出决算表 and 一般公共预算表 合计: 2106.66 + 326.72 + 60.99 + 445.69 = 2940.06; 基本 1503.52 + 326.72 + 60.99 + 445.69 = 2336.92.
			'table-line-sum 提示 finalAccounts.tables.expenditure.rows[0][2] 2,940.05→2,940.06',
			'table-line-sum 提示 finalAccounts.tables.expenditure.rows[0][3] 2,336.91→2,336.92',
			'table-line-sum 提示 finalAccounts.tables.generalBudget.rows[19][2] 2,940.05→2,940.06',
			'table-line-sum 提示 finalAccounts.tables.generalBudget.rows[19][3] 2,336.91→2,336.92',
			// 301: 262.33 + 1238.58 + 160.75 + 80.38 + 60.99 + 1.61 + 187.19 + 91.03 = 2082.86; 302: twelve 款 = 171.09.
			'table-class-sum 提示 finalAccounts.tables.basic.personnel[0][2] 2,082.85→2,082.86',
			'table-class-sum 提示 finalAccounts.tables.basic.publicUse[0][2] 171.07→171.09',
			// The two 总表 print 208 as 326.71 (so that they add up to 2940.05); the detailed tables print 326.72.
			'table-link 提示 finalAccounts.tables.summary.expenditure[1][2] 326.71→326.72',
			'table-link 提示 finalAccounts.tables.fiscalSummary.expenditure[1][3] 326.71→326.72',
		]);
	});

	test('人员经费合计 + 公用经费合计 = 一般公共预算基本支出, and the 说明 agrees with the tables', () => {
		const rules = new Set(tableFindings(entry()).map((f) => f.rule));
		expect(rules.has('table-narrative')).toBe(false);
		expect(rules.has('table-column-sum')).toBe(false);
	});
});

describe('one cell changed', () => {
	test('a 项 whose 基本支出 no longer adds up: its row and its 款 say so', () => {
		const d = entry((doc) => doc.setIn(['tables', 'generalBudget', 'rows', 2, 3], 1503.0));
		const f = tableFindings(d).filter((x) => x.severity === '确定');
		expect(f.map((x) => `${x.rule} ${x.path}`)).toEqual([
			'table-column-sum finalAccounts.tables.generalBudget.rows[2][2]',
			'table-class-sum finalAccounts.tables.generalBudget.rows[1][3]',
		]);
		expect(f[0].message).toBe(
			'一般公共预算财政拨款支出决算表“2010601 行政运行”行“合计”列印为 1,511.89 万元，按 合计 = 基本支出 + 项目支出 应为 1,511.37 万元，相差 0.52 万元。',
		);
	});

	test('人员经费合计 changed: the line sum, the 基本支出 link and the 说明 each say so', () => {
		const d = entry((doc) => doc.setIn(['tables', 'basic', 'personnel', 18, 2], 2125.26));
		expect(
			tableFindings(d)
				.filter((x) => x.severity === '确定')
				.map((x) => `${x.rule} ${x.path} ${x.actual}→${x.expected}`),
		).toEqual([
			'table-line-sum finalAccounts.tables.basic.personnel[18][2] 2,125.26→2,152.26',
			'table-link finalAccounts.tables.generalBudget.rows[19][3] 2,336.91→2,309.91',
			'table-narrative finalAccounts.basicExpenditure.personnel.amount 2,152.26→2,125.26',
		]);
	});

	test('a 类 of the 总表 that the 支出决算表 does not hold', () => {
		const d = entry((doc) =>
			doc.setIn(['tables', 'summary', 'expenditure', 2], doc.createNode([212, '十一、城乡社区支出', 60.99], { flow: true })),
		);
		const links = tableFindings(d).filter((x) => x.rule === 'table-link' && x.severity === '确定');
		expect(links.map((x) => x.message)).toEqual([
			'收入支出决算总表（支出栏）“212 十一、城乡社区支出”行印为 60.99 万元，按 支出决算表同一“类”212 应为 0.00 万元，相差 60.99 万元。',
			'支出决算表“210 卫生健康支出”行“本年支出合计”列印为 60.99 万元，按 收入支出决算总表同一“类”210 应为 0.00 万元，相差 60.99 万元。',
		]);
	});

	test('the 说明 and the table disagree on a 类', () => {
		const d = entry((doc) => doc.setIn(['generalBudget', 'byCategory', 2, 'amount'], 69.99));
		const [f] = tableFindings(d).filter((x) => x.rule === 'table-narrative');
		expect(f).toMatchObject({ severity: '确定', path: 'finalAccounts.generalBudget.byCategory[2].amount', anchor: 'generalBudget' });
		expect(f.message).toBe(
			'说明中的卫生健康支出为 69.99 万元，一般公共预算财政拨款支出决算表“210 卫生健康支出”行“合计”列印为 60.99 万元，相差 9.00 万元。',
		);
	});
});
