/**
 * 绩效指标的写法与算术: the rating scale as a result, a cost written as a floor, a number without its operator,
 * one amount scored twice, and rate × count = cost where a table states all three (元 and 万元 made explicit).
 */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Evaluation } from '../schema/performance.ts';
import { parseQuantity } from '../indicators.ts';
import { formatNumber } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';

type Row = NonNullable<Evaluation['indicators']>['rows'][number];
interface At {
	ev: Evaluation;
	row: Row;
	j: number;
	path: string;
}

/** Every goals table with the path of its rows. */
function tables(d: Disclosure): { ev: Evaluation; rows: At[] }[] {
	return (d.performance?.evaluations ?? []).flatMap((ev, i) =>
		ev.indicators
			? [{ ev, rows: ev.indicators.rows.map((row, j) => ({ ev, row, j, path: `performance.evaluations[${i}].indicators.rows[${j}]` })) }]
			: [],
	);
}

/** A cost indicator: named so in any of its three levels. */
export const isCostRow = (r: Row): boolean => /成本/.test(`${r.level1}${r.level2 ?? ''}`) || /成本$/.test(r.level3);
const OPERATORS = new Set(['≥', '≤', '＝', '>', '<']);
/** The four-grade rating scale printed where a value belongs ("优良中差", "优、良、中、差"). */
const SCALE = /^[（(]?优[、，,\s/]*良[、，,\s/]*中[、，,\s/]*差[)）]?$/;
export const isRatingScale = (text: string | undefined): boolean => text !== undefined && SCALE.test(text.trim());

/** Value of a row in 元 × 10⁶ (parseQuantity's scale), from its actual when numeric, else its target. */
function yuan(row: Row, field: 'target' | 'actual'): bigint | undefined {
	const text = row[field];
	const q = text ? parseQuantity(text, row.unit ?? '') : undefined;
	return q && q.unit === '元' ? q.value : undefined;
}
const showYuan = (v: bigint) => `${formatNumber(Number(v) / 1_000_000)} 元`;

export const indicatorScale: Rule = {
	id: 'indicator-scale',
	family: '绩效指标',
	severity: '疑似',
	title: '实际完成值不是评分等级“优良中差”',
	explain:
		'定性指标的指标值和实际完成值应写出目标和结果（如“按时足额发放”“已全部发放”）。只印评分等级“优良中差”，既没有目标也没有结果，读者无从知道得分的依据。',
	why: '把评分档次抄进结果栏，这一行的满分就没有任何证据。',
	formula: '实际完成值 ≠ “优良中差”（评分等级）',
	check: (d) =>
		tables(d).flatMap(({ rows }) =>
			rows.flatMap(({ ev, row, path }): Finding[] =>
				isRatingScale(row.actual)
					? [
							finding(
								indicatorScale,
								{ path: `${path}.actual`, anchor: ev.id },
								`「${row.level3}」实际完成值印的是评分等级“${row.actual}”${isRatingScale(row.target) ? '（指标值也是）' : ''}，不是完成结果；却得 ${formatNumber(row.score ?? 0)} 分。`,
								{ actual: row.actual!, expected: '对完成情况的文字描述' },
							),
						]
					: [],
			),
		),
};

export const indicatorCostOperator: Rule = {
	id: 'indicator-cost-operator',
	family: '绩效指标',
	severity: '疑似',
	title: '成本指标用“≤”或“＝”，不用“≥”',
	explain: '成本指标是花钱的上限：“≤ 374600 元”表示不超过。写成“≥”就成了“至少要花这么多”，实际多花反而算完成。',
	why: '成本指标方向写反，超支也会被评为达标。',
	formula: '成本指标的指标性质 ∈ {≤, ＝}',
	check: (d) =>
		tables(d).flatMap(({ rows }) =>
			rows.flatMap(({ ev, row, path }): Finding[] =>
				isCostRow(row) && (row.nature === '≥' || row.nature === '>')
					? [
							finding(
								indicatorCostOperator,
								{ path: `${path}.nature`, anchor: ev.id },
								`成本指标「${row.level3}」写作“${row.nature} ${row.target}${row.unit ?? ''}”：成本是上限，指标性质应为“≤”或“＝”。`,
								{ actual: row.nature, expected: '≤ 或 ＝' },
							),
						]
					: [],
			),
		),
};

export const indicatorOperator: Rule = {
	id: 'indicator-operator',
	family: '绩效指标',
	severity: '疑似',
	title: '量化指标印出了指标性质',
	explain: '表中其他指标都印了指标性质（≥、≤、＝），某一行的指标值是数，却没有性质（或性质一栏印的是数），无法判断实际值是否达标。',
	why: '没有“≥”“≤”“＝”，同一个数既可以算完成也可以算未完成。',
	formula: '指标值为数 ⇒ 指标性质 ∈ {≥, ≤, ＝, >, <}（计分的指标表中其他行印了性质时）',
	check: (d) =>
		tables(d).flatMap(({ rows }) => {
			// Only a scored form has a 指标性质 column; goals quoted from a report's prose ("达到100%") do not.
			if (!rows.some(({ row }) => row.nature && OPERATORS.has(row.nature)) || !rows.every(({ row }) => row.weight !== undefined)) return [];
			return rows.flatMap(({ ev, row, path }): Finding[] => {
				const numeric = parseQuantity(row.target, row.unit ?? '');
				if (!numeric || numeric.op || (row.nature && row.nature !== '未填')) return [];
				return [
					finding(
						indicatorOperator,
						{ path: `${path}.nature`, anchor: ev.id },
						`「${row.level3}」指标值 ${row.target}${row.unit ?? ''} 没有指标性质（≥、≤、＝），表中其他指标都有。`,
						{ actual: '未印', expected: '≥、≤ 或 ＝' },
					),
				];
			});
		}),
};

export const indicatorDoubleScored: Rule = {
	id: 'indicator-double-scored',
	family: '绩效指标',
	severity: '疑似',
	title: '同一笔钱不在两个指标里各得一次分',
	explain:
		'一张指标表中，两个计分的指标以同一笔金额为指标值（如数量指标“管理服务费 ＝ 8800 元”和成本指标“＝ 8800 元”），同一件事就得了两次分。',
	why: '重复计分抬高总分，也挤掉了本该考核的产出。',
	formula: '同一表内计分指标的金额指标值两两不同',
	check: (d) =>
		tables(d).flatMap(({ rows }) => {
			const seen = new Map<string, At>();
			return rows.flatMap((at): Finding[] => {
				const v = yuan(at.row, 'target');
				if (v === undefined || v === 0n || at.row.weight === undefined) return [];
				const first = seen.get(v.toString());
				if (!first) {
					seen.set(v.toString(), at);
					return [];
				}
				return [
					finding(
						indicatorDoubleScored,
						{ path: `${at.path}.target`, anchor: at.ev.id },
						`同一笔 ${showYuan(v)}既是「${first.row.level3}」（${first.row.level2 ?? first.row.level1}，` +
							`${formatNumber(first.row.weight!)} 分）的指标值，又是「${at.row.level3}」（${at.row.level2 ?? at.row.level1}，` +
							`${formatNumber(at.row.weight)} 分）的指标值：一笔钱计了两次分。`,
						{ actual: `第 ${first.j + 1}、${at.j + 1} 行`, expected: '只在一个指标中计分' },
					),
				];
			});
		}),
};

/** A per-head rate: an amount in 元 named "每人…", "人均…", "…标准". */
const isRate = (r: Row) => /每(人|户|名|件|次)|人均|户均|标准/.test(r.level3);
const isCount = (r: Row) => /^(人|户|名|家)$/.test((r.unit ?? '').trim()) || /人数|户数/.test(r.level3);
const asCount = (r: Row) => parseQuantity(r.actual && /\d/.test(r.actual) ? r.actual : r.target, r.unit ?? '');

export const indicatorProduct: Rule = {
	id: 'indicator-product',
	family: '绩效指标',
	severity: '疑似',
	title: '标准 × 数量 = 成本',
	explain:
		'指标表同时印出单位标准（如“每人代缴 100 元”）、数量（代缴人数）和成本（元）时，标准乘数量应等于成本。按实际完成值计算（没有时按指标值），元与万元换算后比较。',
	why: '三个数彼此矛盾，说明至少有一个是凑出来的。',
	formula: '标准（元/人）× 数量（人）= 成本（元）',
	check: (d) =>
		tables(d).flatMap(({ rows }) => {
			const rate = rows.filter(({ row }) => isRate(row) && yuan(row, 'target') !== undefined);
			const count = rows.filter(({ row }) => isCount(row) && !isRate(row) && asCount(row));
			const cost = rows.filter(({ row }) => isCostRow(row) && yuan(row, 'target') !== undefined);
			if (rate.length !== 1 || count.length !== 1 || cost.length !== 1) return [];
			const r = yuan(rate[0].row, 'actual') ?? yuan(rate[0].row, 'target')!;
			const n = asCount(count[0].row)!;
			const c = yuan(cost[0].row, 'actual') ?? yuan(cost[0].row, 'target')!;
			const product = (r * n.value) / 1_000_000n;
			if (product === c) return [];
			const gap = product - c;
			const at = cost[0];
			return [
				finding(
					indicatorProduct,
					{ path: `${at.path}.actual`, anchor: at.ev.id },
					`「${rate[0].row.level3}」${showYuan(r)} × 「${count[0].row.level3}」` +
						`${formatNumber(Number(n.value) / 1_000_000)} ${n.unit || '人'} = ${showYuan(product)}，成本指标「${at.row.level3}」` +
						`却是 ${showYuan(c)}，相差 ${showYuan(gap < 0n ? -gap : gap)}。`,
					{
						expected: showYuan(product),
						actual: showYuan(c),
						difference: showYuan(c - product),
					},
				),
			];
		}),
};

export const indicatorCeiling: Rule = {
	id: 'indicator-ceiling',
	family: '绩效指标',
	severity: '疑似',
	title: '百分比指标不写“≥ 100%”',
	explain:
		'准确率、及时率、到位率最多是 100%；写“≥ 100%”的目标无法超过，实际的意思是“＝ 100%”。这样的写法多是套用模板，读者看不出指标的真实要求。',
	why: '指标性质写错，达标与否的判断也会跟着错。',
	formula: '单位为 % 且指标值为 100 ⇒ 指标性质为“＝”',
	check: (d) =>
		tables(d).flatMap(({ rows }) =>
			rows.flatMap(({ ev, row, path }): Finding[] => {
				const q = parseQuantity(row.target, row.unit ?? '');
				if (!q || q.unit !== '%' || q.value < 100_000_000n || (row.nature !== '≥' && row.nature !== '>')) return [];
				return [
					finding(
						indicatorCeiling,
						{ path: `${path}.nature`, anchor: ev.id },
						`「${row.level3}」写作“${row.nature} ${row.target}%”：百分比不会超过 100%，指标性质应为“＝”。`,
						{ actual: row.nature, expected: '＝' },
					),
				];
			}),
		),
};

export const INDICATOR_FORM_RULES: readonly Rule[] = [
	indicatorScale,
	indicatorCostOperator,
	indicatorOperator,
	indicatorDoubleScored,
	indicatorProduct,
	indicatorCeiling,
];
