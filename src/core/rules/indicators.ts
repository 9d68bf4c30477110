/** 绩效指标: an actual that can be compared, met or not against ≥ ≤ ＝, and cost targets against the money spent. */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Evaluation } from '../schema/performance.ts';
import { assessIndicator, parseQuantity } from '../indicators.ts';
import { toFen } from '../money.ts';
import { formatFen, formatNumber } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';
import { isRatingScale } from './indicator-form.ts';

const evaluations = (d: Disclosure): readonly Evaluation[] => d.performance?.evaluations ?? [];
type Row = NonNullable<Evaluation['indicators']>['rows'][number];

function eachRow(d: Disclosure, fn: (ev: Evaluation, row: Row, path: string) => Finding[]): Finding[] {
	return evaluations(d).flatMap((ev, i) =>
		(ev.indicators?.rows ?? []).flatMap((row, j) => fn(ev, row, `performance.evaluations[${i}].indicators.rows[${j}]`)),
	);
}

const isCost = (r: Row) => /成本/.test(`${r.level1}${r.level2 ?? ''}${r.level3}`);
/** Rows whose target says the indicator does not apply. */
const notApplicable = (r: Row) => /^(不适用|无|—|-|\/)?$/.test(r.target.trim());

export const indicatorActual: Rule = {
	id: 'indicator-actual',
	family: '绩效指标',
	severity: '疑似',
	title: '实际完成值写出了可核对的结果',
	explain:
		'每个量化指标都应印出实际完成值，单位与指标值相同。实际完成值空着、照抄指标值（如“≥95%”）或换了单位，' +
		'读者就无法判断指标是否完成；同一指标在一张表中列了两次，也无从知道以哪一行为准。',
	why: '只写目标不写结果的自评，等于没有评价。',
	formula: '实际完成值存在、是一个数、单位与指标值一致；同一指标不重复列出',
	check: (d) => [
		...duplicates(d),
		...eachRow(d, (ev, row, path) => {
			const a = assessIndicator(row);
			// The rating scale as a result is indicator-scale's finding, not a copied target.
			if (a.status !== 'unmeasurable' || notApplicable(row) || (isCost(row) && !row.nature) || isRatingScale(row.actual)) return [];
			const quantitative = row.nature !== '定性' && parseQuantity(row.target, row.unit ?? '') !== undefined;
			return [
				finding(indicatorActual, { path: `${path}.actual`, anchor: ev.id }, `「${row.level3}」${a.reason}`, {
					expected: quantitative
						? `实际完成的数值（目标 ${row.nature && row.nature !== '未填' ? row.nature : ''}${row.target}${row.unit ?? ''}）`
						: '对完成情况的描述',
					actual: row.actual ?? '（空白）',
				}),
			];
		}),
	],
};

/** Goals-table rows whose 三级指标 repeats an earlier row of the same evaluation (000 lists 发放准确率 twice). */
function duplicates(d: Disclosure): Finding[] {
	return evaluations(d).flatMap((ev, i) => {
		const seen = new Map<string, number>();
		return (ev.indicators?.rows ?? []).flatMap((row, j): Finding[] => {
			const key = row.level3.replace(/\s/g, '');
			if (notApplicable(row) || /^不适用$/.test(key)) return [];
			const first = seen.get(key);
			if (first === undefined) {
				seen.set(key, j);
				return [];
			}
			return [
				finding(
					indicatorActual,
					{ path: `performance.evaluations[${i}].indicators.rows[${j}].level3`, anchor: ev.id },
					`「${row.level3}」在同一张指标表中出现了两次（第 ${first + 1} 行和第 ${j + 1} 行）` +
						`${ev.indicators!.rows[first].actual !== row.actual ? `，两处的实际完成值不同（“${ev.indicators!.rows[first].actual ?? ''}”与“${row.actual ?? ''}”）` : ''}。`,
				),
			];
		});
	});
}

export const indicatorMet: Rule = {
	id: 'indicator-met',
	family: '绩效指标',
	severity: '确定',
	title: '未完成的指标没有得满分，并说明了原因',
	explain:
		'按指标性质（≥、≤、＝）比较实际完成值与指标值。没有完成的指标仍得满分是疑似；实际不到目标一半仍得满分是确定的矛盾；没有写未完成原因也需说明。成本指标未注明性质时按“≤”理解。',
	why: '指标没完成却得满分，会让自评分数虚高。',
	formula: '实际完成值 满足 指标性质 指标值；未满足 ⇒ 得分 < 分值，且写明原因',
	check: (d) =>
		eachRow(d, (ev, row, path) => {
			const cost = isCost(row) && (!row.nature || row.nature === '未填');
			const a = assessIndicator(cost ? { ...row, nature: '≤' } : row);
			if (a.status !== 'unmet') return [];
			const full = row.weight !== undefined && row.score !== undefined && row.score >= row.weight;
			const place = { path: `${path}.score`, anchor: ev.id };
			if (full) {
				// Less than half of a floor (0.88 万元 against ＝ 302600 元) is no near miss: full marks contradict it.
				const t = parseQuantity(row.target, row.unit ?? '');
				const got = parseQuantity(row.actual ?? '', row.unit ?? '');
				const far =
					t && got && t.unit === got.unit && (row.nature === '≥' || row.nature === '＝' || row.nature === '>') && got.value * 2n < t.value;
				return [
					finding(
						indicatorMet,
						place,
						`「${row.level3}」${a.reason}却得满分 ${formatNumber(row.score!)}${far ? `：实际不到目标的一半` : ''}。`,
						{ severity: far ? '确定' : '疑似', actual: formatNumber(row.score!), expected: `< ${formatNumber(row.weight!)}` },
					),
				];
			}
			if (!row.reasonUnmet?.trim())
				return [finding(indicatorMet, place, `「${row.level3}」${a.reason}没有写未完成原因。`, { severity: '疑似' })];
			return [];
		}),
};

/** An amount in 元 (×10⁶ as parseQuantity returns), when the text is one. */
function yuanOf(text: string | undefined, unit: string | undefined): bigint | undefined {
	if (!text) return undefined;
	const q = parseQuantity(text, unit ?? '');
	return q && q.unit === '元' ? q.value : undefined;
}

export const indicatorCost: Rule = {
	id: 'indicator-cost',
	family: '绩效指标',
	severity: '疑似',
	title: '成本指标与实际支出相符',
	explain: '成本指标的实际完成值（常以“元”计）应与预算执行表中的执行数（万元）一致；差一万倍是单位写错。',
	why: '成本指标是唯一直接连着钱的指标，它与实际支出对不上，指标就失去了意义。',
	formula: '成本指标实际完成值（元） = 执行数（万元）× 10000（容差：执行数印出精度）',
	check: (d) =>
		eachRow(d, (ev, row, path) => {
			if (!isCost(row)) return [];
			const executed = ev.budget?.rows[0]?.executed;
			const actual = yuanOf(row.actual, row.unit);
			if (executed === undefined || actual === undefined) return [];
			const spent = toFen(executed);
			const actualFen = Number(actual / 10_000n); // ×10⁶ 元 → 分
			const gap = actualFen - spent.fen;
			if (Math.abs(gap) <= spent.slack) return [];
			const place = { path: `${path}.actual`, anchor: ev.id };
			const values = {
				expected: `${formatFen(spent.fen)} 万元`,
				actual: `${row.actual}${/元/.test(row.actual ?? '') ? '' : (row.unit ?? '')}`,
			};
			if (actualFen * 10_000 === spent.fen || actualFen === spent.fen * 10_000) {
				return [
					finding(
						indicatorCost,
						place,
						`「${row.level3}」实际完成值 ${values.actual} 与执行数 ${formatFen(spent.fen)} 万元差了一万倍：单位（元 / 万元）写错了。`,
						{ ...values, severity: '确定' },
					),
				];
			}
			return [
				finding(
					indicatorCost,
					place,
					`「${row.level3}」实际完成值 ${values.actual}${/万元/.test(values.actual) ? '' : `（${formatFen(actualFen)} 万元）`}，` +
						`与预算执行数 ${formatFen(spent.fen)} 万元相差 ${formatFen(Math.abs(gap))} 万元。`,
					{ ...values, difference: formatFen(gap) },
				),
			];
		}),
};

export const INDICATOR_RULES: readonly Rule[] = [indicatorActual, indicatorMet, indicatorCost];
