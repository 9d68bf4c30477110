/**
 * unit-name, tables-printed and publication-deadline (issue #12 points 5 and 6): on the fixtures and on the eight
 * documents in content/, whose titles and part headings name their unit (so the name check is not vacuous).
 */
import { DETAIL_BUDGET_LABELS } from '../../src/core/stated-amounts.ts';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { audit } from '../../src/core/rules/index.ts';
import { namedUnit, publicationDeadline, tablesPrinted, unitName } from '../../src/core/rules/document.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { load } from '../helpers/rule-fixtures.ts';

const catalogue = buildCatalogue(readContentFiles());
const unitOf = (id: string) => catalogue.units.find((u) => u.id === id)!;

describe('unit-name', () => {
	test('the name a heading opens with, after 第N部分 and a leading year', () => {
		expect(namedUnit('第一部分 上海市普陀区财政局概况')).toBe('上海市普陀区财政局');
		expect(namedUnit('第二部分 中共上海市普陀区委社会工作部 2024 年度部门决算表')).toBe('中共上海市普陀区委社会工作部');
		expect(namedUnit('2023 年度四川省攀枝花市东区社会保险事务中心部门决算')).toBe('四川省攀枝花市东区社会保险事务中心');
		expect(namedUnit('2021年盐边县社会保险事务中心整体绩效评价报告')).toBe('盐边县社会保险事务中心');
		// A region (五华区) or a project is not a unit; a part heading without a name names none.
		expect(namedUnit('五华区预算支出部门评价表（2024年度）及项目支出绩效评价报告')).toBeUndefined();
		expect(namedUnit('第二部分 2024年度部门决算情况说明')).toBeUndefined();
	});

	test('every document names its own unit in at least one heading, and the rule is silent on all eight', () => {
		for (const d of catalogue.disclosures) {
			const unit = unitOf(d.unit);
			const heads = [
				d.source.title,
				d.finalAccounts?.title ?? '',
				...(d.finalAccounts?.parts ?? []),
				...(d.performance?.evaluations.map((e) => e.title) ?? []),
			];
			const named = heads.map(namedUnit).filter((n): n is string => !!n);
			if (d.unit !== 'kunming-wuhua-shebao') expect(named.length, d.unit).toBeGreaterThan(0);
			expect(unitName.check(d, { unit })).toEqual([]);
		}
	});

	test('another unit in a part heading and XX局 in the title: both reported, with the expected name', () => {
		const { disclosure, context } = load('unit-name');
		const found = unitName.check(disclosure, context);
		expect(found.map((f) => [f.path, f.actual])).toEqual([
			['source.title', 'XX局'],
			['finalAccounts.parts[1]', '四川省攀枝花市测试区医疗保障事务中心'],
		]);
		expect(found.every((f) => f.expected === '攀枝花市测试区社会保险事务中心' && f.severity === '疑似')).toBe(true);
		expect(found[1].message).toContain('本单位是“攀枝花市测试区社会保险事务中心”');
	});
});

test('corpus 00, the Shanghai template: “第一部分 上海市 XX 局概况” is a placeholder, spaces as the PDF prints them', () => {
	const { disclosure, context } = load('base');
	disclosure.finalAccounts!.parts[0] = '第一部分 上海市 XX 局概况';
	expect(unitName.check(disclosure, context)).toMatchObject([{ path: 'finalAccounts.parts[0]', actual: 'XX 局' }]);
});

test('an evaluation form whose 实施单位 is another unit (the base names this one without its city)', () => {
	const { disclosure, context } = load('base');
	expect(unitName.check(disclosure, context)).toEqual([]);
	disclosure.performance!.evaluations[0].implementer = '五通桥区社会保险事务中心';
	expect(unitName.check(disclosure, context)).toMatchObject([
		{ path: 'performance.evaluations[0].implementer', actual: '五通桥区社会保险事务中心', expected: '攀枝花市测试区社会保险事务中心' },
	]);
});

describe('tables-printed', () => {
	test('002 and 003 print no 部门决算表 part; 001 lists its 13 附表 (named-parts reports them), Shanghai prints all nine', () => {
		const by = (id: string) => catalogue.disclosures.find((d) => `${d.unit}/${d.year}` === id)!;
		expect(tablesPrinted.check(by('yanbian-shebao/2021')).map((f) => f.severity)).toEqual(['疑似']);
		expect(tablesPrinted.check(by('wutongqiao-shebao/2024')).map((f) => f.actual)).toEqual(['缺“部门决算表”部分']);
		for (const id of ['panzhihua-dongqu-shebao/2023', 'putuo-finance/2024', 'putuo-planning-resources/2024', 'putuo-social-work/2024'])
			expect(tablesPrinted.check(by(id)), id).toEqual([]);
	});

	test('a template table marked printed: false is named with its template title', () => {
		const { disclosure } = load('base');
		const shanghai = catalogue.disclosures.find((d) => d.unit === 'putuo-finance')!.finalAccounts!;
		disclosure.finalAccounts = { ...shanghai, tables: { ...shanghai.tables, basic: { printed: false } as never } };
		const [f, ...rest] = tablesPrinted.check(disclosure);
		expect(rest).toEqual([]);
		expect(f).toMatchObject({ path: 'finalAccounts.tables.basic', expected: '9 张', actual: '8 张', difference: '1 张' });
		expect(f.message).toContain('“一般公共预算财政拨款基本支出决算表”');
	});
});

describe('publication-deadline', () => {
	test('35 days after 批复 is 15 days late; 20 days is on time; before 批复 is reported; no 批复 date, no finding', () => {
		const { disclosure } = load('publication-deadline');
		expect(publicationDeadline.check(disclosure)).toMatchObject([
			{ severity: '疑似', expected: '≤ 2025-07-10', actual: '2025-07-25', difference: '15 天' },
		]);
		disclosure.source.publishedOn = '2025-07-10';
		expect(publicationDeadline.check(disclosure)).toEqual([]);
		disclosure.source.publishedOn = '2025-06-18';
		expect(publicationDeadline.check(disclosure)[0]).toMatchObject({ expected: '≥ 2025-06-20', difference: '2 天' });
		delete disclosure.source.approvedOn;
		expect(audit(disclosure).filter((f) => f.rule === 'publication-deadline')).toEqual([]);
	});
});

describe('document-year on titles; change-rate on “增加 0 万元”', () => {
	test('an evaluation table titled （2023 年度） in a 2024 entry; a part heading of 2023', () => {
		const { disclosure } = load('base');
		disclosure.performance!.evaluations[0].title = '部门预算项目支出绩效自评表（2023 年度）';
		disclosure.finalAccounts!.parts[2] = '第三部分 2023年度部门决算情况说明';
		const found = audit(disclosure).filter((f) => f.rule === 'document-year');
		expect(found.map((f) => [f.path, f.actual])).toEqual([
			['finalAccounts.parts[2]', '2023 年'],
			['performance.evaluations[0].title', '2023 年'],
		]);
		expect(found[1].message).toContain('本条目是 2024 年度');
	});

	test('“增加 0 万元，增长 0%” should read 持平: rounding-level (提示)', () => {
		const { disclosure } = load('base');
		disclosure.finalAccounts!.totals!.change = { direction: 'increase', amount: 0, percent: 0 };
		expect(audit(disclosure).filter((f) => f.rule === 'change-rate')).toMatchObject([
			{ severity: '提示', path: 'finalAccounts.totals.change', expected: '持平', actual: '增加 0 万元' },
		]);
	});
});

test('a placeholder is reported once: in a narrative heading by unit-name, in body text by template-text', () => {
	const { disclosure } = load('base');
	const finalAccounts = '## 第一部分 上海市XX局概况\n\n<Section id="income">\n\n本部门（XXX）收入合计 848.90 万元。\n\n</Section>\n';
	const rules = audit(disclosure, { narratives: { finalAccounts } }).filter((f) => f.rule === 'unit-name' || f.rule === 'template-text');
	expect(rules.map((f) => [f.rule, f.actual])).toEqual([
		['template-text', '1 处'],
		['unit-name', 'XX局'],
	]);
	expect(rules[0]!.message).toContain('“XXX”');
});

describe('the 合计 line of 一般公共预算财政拨款支出具体情况 (corpus 01: 年初预算 2993.92, 决算 2940.05, 98.20%)', () => {
	test('“决算数大于预算数” over 848.90 against 850.00 is 确定; its 完成预算 is checked against the printed 预算数', () => {
		const { disclosure } = load('base');
		const detail = disclosure.finalAccounts!.generalBudget!.detail!;
		// The 年初预算 is a stated figure of the section (“年初预算为 850 万元”), not a field of the detail.
		disclosure.finalAccounts!.statedAmounts = [{ label: DETAIL_BUDGET_LABELS.initial, amount: 850, section: 'generalBudget' }];
		Object.assign(detail, { completion: 99.87, remark: '决算数大于预算数的主要原因：……' });
		expect(audit(disclosure).map((f) => [f.rule, f.path, f.severity, f.expected, f.actual])).toEqual([
			['detail-wording', 'finalAccounts.generalBudget.detail.remark', '确定', '小于', '大于'],
		]);
		detail.remark = '决算数小于预算数的主要原因：……';
		detail.completion = 99.8;
		expect(audit(disclosure).map((f) => [f.rule, f.path, f.expected, f.actual])).toEqual([
			['completion-rate', 'finalAccounts.generalBudget.detail.completion', '99.87%', '99.8%'],
		]);
	});
});
