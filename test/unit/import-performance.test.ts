/**
 * The 绩效自评 readers on fixtures made to break one rule each (the seeds are measured in import-accuracy.test.ts):
 * a merged 二级指标 printed on the middle row of its group, a label repeated after a page break, 分值 that do not
 * add up, a "-" in a 分值 cell, a 合计 row short of its left cell, an item number after the 权重, the form's
 * instruction "其他资金包括…", a row label cut by a page break.
 */
import { describe, expect, test } from 'vitest';
import { readPerformance } from '../../src/core/import/performance.ts';
import { sourceText } from '../../src/core/import/text.ts';

const draft = (text: string) => readPerformance(sourceText(text));
type Rows = Record<string, unknown>[];
const scoredRows = (text: string) => (draft(text).data!.evaluations as { scored: { rows: Rows } }[])[0]!.scored.rows;

const SCORED_HEADER = ['部门预算绩效自评打分表', '', '一级指标\t二级指标\t三级指标\t指标分值\t指标解释\t自评得分\t备注'];

describe('scored tables (打分表)', () => {
	test('a 二级指标 printed on the middle row of its group goes to the first row whose 分值 add up to it', () => {
		const rows = scoredRows(
			[
				...SCORED_HEADER,
				'总体绩效 (10分)\t\t财务管理制度\t4\t制度\t4\t',
				'\t财务管理 (10分)\t财务岗位设置\t2\t岗位\t2\t',
				'\t\t资金使用规范\t4\t规范\t3.5\t',
			].join('\n'),
		);
		expect(rows.map((r) => [r.level2, r.level2Weight, r.weight, r.score])).toEqual([
			['财务管理', 10, 4, 4],
			['财务管理', undefined, 2, 2],
			['财务管理', undefined, 4, 3.5],
		]);
		expect(rows[0]!.level1Weight).toBe(10);
	});

	test('a label repeated after a page break is its group again, not a second 分值', () => {
		const rows = scoredRows(
			[
				...SCORED_HEADER,
				'总体绩效 (6分)\t资产管理 (6分)\t资产利用率\t3\t利用\t3\t',
				'',
				'总体绩效 (6分)\t资产管理 (6分)\t资产盘活率\t3\t盘活\t0\t',
			].join('\n'),
		);
		expect(rows.map((r) => [r.level1Weight, r.level2Weight])).toEqual([
			[6, 6],
			[undefined, undefined],
		]);
	});

	test('分值 that do not add up stay on the row printing them; a "-" 分值 stays empty', () => {
		const rows = scoredRows(
			[...SCORED_HEADER, '决策 (40分)\t立项 (7分)\t依据充分性\t3\t依据\t3\t', '扣分项 (10分)\t被评价部门配合度\t\t-\t配合\t0\t'].join('\n'),
		);
		expect(rows[0]).toMatchObject({ level1: '决策', level1Weight: 40, level2: '立项', level2Weight: 7 });
		expect(rows[1]).toMatchObject({ level1: '扣分项', level1Weight: 10, level3: '被评价部门配合度', score: 0 });
		expect(rows[1]).not.toHaveProperty('weight');
		expect(rows[1]).not.toHaveProperty('level2');
	});
});

describe('budget tables', () => {
	test('a 合计 row short of its left cell lines up with the header on the right', () => {
		const text = [
			'预算支出部门评价表',
			'\t项目资金（万元）',
			'\t项目支出明细内容',
			'\t年初预算数',
			'\t实际到位数',
			'\t实际支出数',
			'\t执行率',
			'',
			'\t',
			'\t运行经费',
			'\t17.32',
			'\t17.30',
			'\t17.29',
			'\t99.83%',
			'',
			'\t合计',
			'\t17.32',
			'\t17.30',
			'\t17.29',
			'\t99.83%',
			'',
			'\t年度总体目标',
			'\t预期目标',
			'\t实际完成情况',
		].join('\n');
		const rows = (draft(text).data!.evaluations as { budget: { rows: Rows } }[])[0]!.budget.rows;
		expect(rows).toEqual([
			{ label: '运行经费', initial: 17.32, arrived: 17.3, executed: 17.29, rate: 99.83 },
			{ label: '合计', initial: 17.32, arrived: 17.3, executed: 17.29, rate: 99.83 },
		]);
	});
});

describe('项目支出绩效自评表 broken over lines', () => {
	const form = (budget: string) =>
		[
			'部门预算项目支出绩效自评表（2024 年度）',
			'项目名称 51111222T000000332562-代缴保险费',
			'主管部门 人社局',
			'实施单位 （盖章） 社保中心',
			'项目基本情况',
			'预算执行情况（10',
			'分）',
			'年度预算数（万元） 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因',
			budget,
			'绩效指标',
			'（90 分）',
			'一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析',
			'产出指标 数量指',
			'标',
			'代缴人数',
			'≥ 9000 人 9000 20 18',
			'合计 20 18',
			'评价结论 已完成。',
			'存在问题 无',
			'改进措施 无',
			'项目负责人：张三 财务负责人：李四',
		].join('\n');

	test('an item number after the 权重 is no 得分, and the instruction "其他资金包括" is no row', () => {
		const ev = (
			draft(
				form(
					'总额 60.00 37.46 37.46 100.00% 10 1.预算执行率=执行数/预算数；2.其他资金包括：社会投入资金。\n其中：财政资金 60.00 37.46 37.46 100.00% / /',
				),
			).data!.evaluations as Record<string, { rows: Rows }>[]
		)[0]!;
		expect(ev.budget!.rows).toEqual([
			{ label: '总额', initial: 60, adjusted: 37.46, executed: 37.46, rate: 100, weight: 10 },
			{ label: '其中：财政资金', initial: 60, adjusted: 37.46, executed: 37.46, rate: 100 },
		]);
		expect(ev.indicators).toMatchObject({
			weight: 90,
			rows: [
				{
					level1: '产出指标',
					level2: '数量指标',
					level3: '代缴人数',
					nature: '≥',
					target: '9000',
					unit: '人',
					actual: '9000',
					weight: 20,
					score: 18,
				},
			],
			total: { weight: 20, score: 18 },
		});
		expect(ev).toMatchObject({ project: { code: '51111222T000000332562', name: '代缴保险费' }, manager: '张三', financeManager: '李四' });
	});

	test('a row label a page break cut ("其中：财" / "政资金") keeps its row', () => {
		const rows = (
			draft(form('总额 0.00 0.88 0.88 100.00% 10\n其中：财 0.00 0.88 0.88 100.00% / /\n- 31 -\n政资金\n单位资金 0.00 0.00 0.00 0.00% / /'))
				.data!.evaluations as Record<string, { rows: Rows }>[]
		)[0]!.budget!.rows;
		expect(rows.map((r) => [r.label, r.adjusted])).toEqual([
			['总额', 0.88],
			['其中：财', 0.88],
			['单位资金', 0],
		]);
	});

	test('a text printing no form drafts no performance.yaml', () => {
		expect(draft('一、收入支出决算总体情况说明\n本年收入合计 10.00 万元。').data).toBeUndefined();
	});
});
