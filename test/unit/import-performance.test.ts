/**
 * The 绩效自评 readers on fixtures made to break one rule each (the seeds are measured in import-accuracy.test.ts):
 * a merged 二级指标 printed on the middle row of its group, a label repeated after a page break, 分值 that do not
 * add up, a "-" in a 分值 cell, a 合计 row short of its left cell, an item number after the 权重, the form's
 * instruction "其他资金包括…", a row label cut by a page break.
 */
import { describe, expect, test } from 'vitest';
import { importText } from '../../src/core/import/index.ts';
import { readPerformance } from '../../src/core/import/performance.ts';
import { layoutGridRows } from '../../src/core/import/performance-grid.ts';
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
			'评价结论 已完成，每人代缴 100 元，支付资金 37.46',
			'万元。',
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
			).data!.evaluations as Record<string, { rows: Rows } & Rows>[]
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
		// Amounts of the text cells, labelled by the words printed before them (a "万元" on the next line too).
		expect(ev.statedAmounts).toEqual([
			{ label: '每人代缴', amount: 100, unit: '元' },
			{ label: '支付资金', amount: 37.46 },
		]);
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

describe("a department report's template sentences", () => {
	const report = (body: string) =>
		draft(['攀枝花市某中心 2025年部门预算绩效自评报告', '一、部门基本情况', '（一）机构组成', body].join('\n')).data!.evaluations as Record<
			string,
			unknown
		>[];

	test('部门资金收支情况: 年初预算, the final accounts with their items and shares, and 无结转结余 as 0 printed 无', () => {
		const [ev] = report(
			[
				'内设 10 科 1 室。',
				'二、部门资金收支情况',
				'（一）收入情况',
				'2025 年初预算收入 1442.31 万元。2025 年决算报表中本年收入 1550.82 万元，其中：行政运行 991.49 万元，占 63.93%；住房公积金 94.12 万元，占 6.07%。',
				'（二）支出情况',
				'2025 年初预算支出 1442.31 万元。决算报表总支出 1550.82 万元。',
				'（三）结余分配和结转结余情况',
				'2025 年决算报表中无结转结余。',
				'三、部门预算绩效分析',
				'常年项目绩效分析。该类项目总数 2 个，涉及预算总金额 88.1 万元，1—12 月预算执行总体进度为 100%，其中：预算结余率大于 10% 的项目共计 0 个。',
			].join('\n'),
		);
		expect(ev).toMatchObject({
			funds: {
				income: {
					initial: 1442.31,
					final: 1550.82,
					finalLabel: '决算报表中本年收入',
					finalItems: [
						{ label: '行政运行', amount: 991.49, share: 63.93 },
						{ label: '住房公积金', amount: 94.12, share: 6.07 },
					],
				},
				expenditure: { initial: 1442.31, final: 1550.82, finalLabel: '决算报表总支出' },
				carryover: { amount: 0 },
			},
			projectStats: [{ kind: '常年', count: 2, amount: 88.1, progress: 100, overBalance: 0 }],
		});
	});

	test('a sentence worded otherwise places nothing: no figure is guessed from it', () => {
		const [ev] = report('二、部门资金收支情况\n全年收到财政拨款 2902158.24 元。\n三、部门预算绩效分析');
		expect(ev).not.toHaveProperty('funds');
	});

	test('"当年财政拨款总收入为：X元，…总支出为：Y元" in one passage: both sides, in 元, scope 财政拨款', () => {
		const [ev] = report(
			'二、部门财政资金收支情况\n（一）部门财政资金收入情况\n当年财政拨款总收入为：2902158.24元，当年财政拨款总支出为：2902157.00元。\n三、部门预算绩效分析',
		);
		expect(ev!.funds).toEqual({
			unit: '元',
			scope: '财政拨款',
			income: { final: 2902158.24, finalLabel: '当年财政拨款总收入' },
			expenditure: { final: 2902157, finalLabel: '当年财政拨款总支出' },
		});
	});

	test('a side in 元 beside a 年初预算 in 万元 is left to the clerk (one block, one unit)', () => {
		const [ev] = report('二、部门资金收支情况\n年初预算收入 290.22 万元。当年财政拨款总收入为：2902158.24元。\n三、部门预算绩效分析');
		expect(ev!.funds).toEqual({ income: { initial: 290.22 } });
	});

	test('values stated in prose: a measure with its %, a count with its unit, labelled by the words before them', () => {
		const [ev] = report(
			[
				'二、部门预算绩效分析',
				'截止 12 月底，办理社会保险关系转移 320 人，其中办理退役军人养老保险关系接续 95 人。',
				'退休人员社会化管理率达到 100%，评价综合得分为99.97分。执行率 100%。',
				'涉及 170 余家机关事业单位，维护不少于99条网络专线，100条社保业务专用网络正常运行，支出 3 万元用于 2 个项目。',
			].join('\n'),
		);
		expect(ev!.statedAmounts).toEqual([
			{ label: '办理社会保险关系转移', amount: 320, unit: '人' },
			{ label: '其中办理退役军人养老保险关系接续', amount: 95, unit: '人' },
			{ label: '退休人员社会化管理率', amount: 100, unit: '%' },
			{ label: '评价综合得分', amount: 99.97, unit: '分' },
		]);
	});
});

describe("a project report's funding sentences", () => {
	// The department report first (a project report alone is no 绩效自评 document); the project is evaluation 1.
	const project = (body: string) =>
		(
			draft(
				[
					'攀枝花市某中心 2025年部门预算绩效自评报告',
					'一、部门基本情况',
					'攀枝花市某中心 2025 年某某经费专项预算项目支出绩效自评报告',
					'二、项目资金申报及使用情况',
					body,
				].join('\n'),
			).data!.evaluations as Record<string, unknown>[]
		).slice(1);

	test('"此项目资金 X 万元，于年中…下达预算指标，到位率100%" and "资金支付完成 100%": one budget row 项目资金 (adjusted)', () => {
		const [ev] = project(
			'项目资金共 7.69 万元，资金支付完成 100%。\n此项目资金7.69万元，于2025年中由市级财政批复并下达预算指标，到位率100%。',
		);
		expect(ev!.budget).toEqual({ rows: [{ label: '项目资金', adjusted: 7.69, arrived: 7.69, rate: 100 }] });
	});

	test('年初 gives the 年初预算数; a 到位率 under 100 gives no 到位数 (it would be a product)', () => {
		const [ev] = project('此项目资金80.41万元，2025年年初市级财政批复并下达预算指标，到位率90%。');
		expect(ev!.budget).toEqual({ rows: [{ label: '项目资金', initial: 80.41 }] });
	});

	test('分配管理: "资金用于 A X 万元，B Y 万元" is the allocation, in order', () => {
		const [ev] = project(
			'2.分配管理：此项目资金用于被征地农民社保安置，专款专用，预算资金用于杰迪项目 126.4 万元，华南大桥项目 8.51 万元。',
		);
		expect((ev!.fundingFlow as { allocation: unknown }).allocation).toEqual([
			{ label: '杰迪项目', amount: 126.4 },
			{ label: '华南大桥项目', amount: 8.51 },
		]);
	});
});

describe('机构设置 (index.yaml organisation), one item per passage printing it', () => {
	test('"内设 10 科 1 室" of a department report, with the line it was printed on', () => {
		const r = importText(
			['某中心 2025年部门预算绩效自评报告', '（一）机构组成', '某中心内设 10 科 1 室。', '二、部门资金收支情况'].join('\n'),
		);
		expect(r.organisation).toEqual([
			{
				divisionKinds: [
					{ kind: '科', count: 10 },
					{ kind: '室', count: 1 },
				],
				where: '部门整体绩效自评报告 机构组成',
			},
		]);
		expect(r.organisationPlacements.map((p) => [p.path, p.line])).toEqual([
			['organisation[0].divisionKinds[0].count', 3],
			['organisation[0].divisionKinds[1].count', 3],
		]);
	});

	test('"无下属二级单位" is subordinates 0 printed 无; "共设 8 个股室" keeps its two-character kind', () => {
		const text = (body: string) =>
			importText(
				['第一部分 部门概况', '二、机构设置', body, '第二部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明'].join('\n'),
			);
		expect(text('本中心无下属二级单位。').organisation).toEqual([
			{ subordinates: 0, printedAs: '本中心无下属二级单位。', where: '第一部分 机构设置' },
		]);
		expect(text('区社保中心共设 8 个股室：办公室、稽核股。').organisation?.[0]).toMatchObject({
			divisionKinds: [{ kind: '股室', count: 8 }],
		});
	});
});

describe('a department report worded by kind (元 and the 主要目标 paragraphs)', () => {
	const REPORT = ['附件1', '2021年某县社会保险事务中心', '整体绩效评价报告', '一、部门（单位）概况'];
	const kinds = (lines: string[]) =>
		(draft([...REPORT, ...lines].join('\n')).data!.evaluations as { spendingKinds?: Record<string, unknown>[] }[])[0]!.spendingKinds;

	test('"X(收入数)为：N元；X(支出数)为：N元" is one row in 元, and a bracketless "…项目支出N元" after it only an actual', () => {
		expect(
			kinds([
				'2021年全年，本单位当年财政拨款基本支出(收入数) 为：200.50元；当年财政拨款基本支出(支出数)为：190.00元。',
				'2021年全年，本单位当年财政拨款项目支出(收入数) 为：30.00元；当年财政拨款项目支出(支出数)为：30.00元；财政应返还额度实现项目支出5.00元。',
			]),
		).toEqual([
			{
				unit: '元',
				budgetLabel: '收入数',
				actualLabel: '支出数',
				rows: [
					{ kind: '基本支出', label: '当年财政拨款基本支出', budget: 200.5, actual: 190 },
					{ kind: '项目支出', label: '当年财政拨款项目支出', budget: 30, actual: 30 },
					{ kind: '项目支出', label: '财政应返还额度实现项目支出', actual: 5 },
				],
			},
		]);
	});

	test('a passage mixing 元 and 万元 is left to the clerk (never converted)', () => {
		expect(kinds(['本单位基本支出(收入数)为：200.50元；基本支出(支出数)为：1.90万元。'])).toBeUndefined();
	});

	test('each 绩效目标完成情况 paragraph gives its one amount as the actual, and the projects listed as items', () => {
		expect(
			kinds([
				'(1)人员类支出(含工资薪金等支出)绩效目标完成情况。2021年，全年实现工资支出总额234.03万元，全面完成目标。',
				'(2)部门运转类(公用经费)支出绩效目标完成情况。年初预算20万元，全年支出19.25万元。',
				'(3)特定目标类项目支出绩效目标完成情况。本部门项目支出累计达到25.16万元，具体项目为：甲资金(省级预拨，后清算) 13.07万元、乙费用0.84万元；丙资金11.25万元。',
			]),
		).toEqual([
			{
				rows: [
					{ kind: '人员经费', label: '人员类支出：全年实现工资支出总额', actual: 234.03 },
					// (2) prints a budget beside the actual: which is which is the clerk's to say.
					{
						kind: '特定目标类',
						label: '特定目标类项目支出：项目支出累计',
						actual: 25.16,
						items: [
							{ label: '甲资金(省级预拨，后清算)', amount: 13.07 },
							{ label: '乙费用', amount: 0.84 },
							{ label: '丙资金', amount: 11.25 },
						],
					},
				],
			},
		]);
	});
});

describe('grid forms from a PDF: rows and columns by position', () => {
	// A scored table as a PDF prints it (points, size 9): cells a column gap apart, a cell wrapped onto the next
	// line 12 pt below, the next row 18 pt below, a paragraph at the margin before and after.
	const width = (text: string) => [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 5 : 9), 0);
	const t = (text: string, x0: number) => ({ text, x0, x1: x0 + width(text) });
	const lines = [
		[t('部门预算绩效自评打分表', 70)],
		[t('一级指标', 78), t('二级指', 140), t('三级指标', 200), t('指标分值', 270), t('自评得分', 320)],
		[t('标', 140)],
		[t('总体绩', 78), t('预算编', 140), t('预算编制质量', 200), t('8', 270), t('7.4', 320)],
		[t('效(65分)', 78), t('制(25分)', 140)],
		[t('单位收入统筹', 200), t('4', 270), t('4', 320)],
		[t('附表2', 70)],
	];
	const ys = [0, 20, 32, 50, 62, 80, 100];
	const text = lines.map((l) => l.map((c) => c.text).join('  ')).join('\n');
	const layout = lines.map((tokens, i) => ({ line: i + 1, page: 1, y: 10_000 + ys[i]!, size: 9, tokens }));

	test('a wrapped cell joins its row, a short row keeps its columns, the margin paragraphs stay rows of their own', () => {
		const rows = layoutGridRows(sourceText(text), layout);
		expect(rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
			[1, ['部门预算绩效自评打分表']],
			[2, ['一级指标', '二级指标', '三级指标', '指标分值', '自评得分']],
			[4, ['总体绩效(65分)', '预算编制(25分)', '预算编制质量', '8', '7.4']],
			[6, ['', '', '单位收入统筹', '4', '4']],
			[7, ['附表2']],
		]);
		expect(rows[2]!.cells[4]!.num).toMatchObject({ value: 7.4, line: 4 });
	});

	test('the scored table reads the same from positions as from tabs, weights printed on a wrapped line included', () => {
		const scored = (readPerformance(sourceText(text), layout).data!.evaluations as { scored: { rows: Rows } }[])[0]!.scored.rows;
		expect(scored.map((r) => [r.level1, r.level1Weight, r.level2, r.level2Weight, r.level3, r.weight, r.score])).toEqual([
			['总体绩效', 65, '预算编制', 25, '预算编制质量', 8, 7.4],
			['总体绩效', undefined, '预算编制', undefined, '单位收入统筹', 4, 4],
		]);
	});
});
