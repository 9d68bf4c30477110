/**
 * Was a 绩效指标 met? Reads the printed 指标性质 / 指标值 / 度量单位 / 实际完成值 and says met, unmet,
 * unmeasurable (nothing comparable was printed, e.g. the target restated as the result: "≥32 万人") or
 * qualitative (a 定性 target with a described result). Numbers are compared as exact decimals (BigInt).
 */
import type { Evaluation } from './schema/performance.ts';

/** One row of a goals table, as stored. */
export type GoalRow = NonNullable<Evaluation['indicators']>['rows'][number];

/** The verdict on one indicator. */
export type IndicatorStatus = 'met' | 'unmet' | 'unmeasurable' | 'qualitative';

export interface IndicatorAssessment {
	status: IndicatorStatus;
	/** Why, in plain Chinese, quoting what was printed. */
	reason: string;
}

type Op = '≥' | '≤' | '＝' | '>' | '<';

/** Comparison signs as printed (full- and half-width variants) → the schema's 指标性质. */
const OPS: Record<string, Op> = {
	'≥': '≥',
	'≧': '≥',
	'>=': '≥',
	'≤': '≤',
	'≦': '≤',
	'<=': '≤',
	'＝': '＝',
	'=': '＝',
	'>': '>',
	'＞': '>',
	'<': '<',
	'＜': '<',
};
const OP_PATTERN = /^(>=|<=|[≥≧≤≦＝=>＞<＜])/;

/** Decimal places every number is scaled to before comparing. */
const SCALE = 6;

/** Magnitude prefixes of 度量单位: 万元 = 10⁴ 元, 万人 = 10⁴ 人. */
const MAGNITUDES: Record<string, number> = { 千: 3, 万: 4, 亿: 8 };

interface Quantity {
	op?: Op;
	/** The value in the base unit, times 10^SCALE. */
	value: bigint;
	/** Base unit without its magnitude prefix ('元', '人', '%', '' when none was printed). */
	unit: string;
	/** The number and unit as printed, for reasons ("0.88 万元"). */
	printed: string;
	/** True when the printed unit carried a magnitude (万元, 万人). */
	scaled: boolean;
}

/** Full-width digits, signs and spaces to their ASCII forms, so "９５％" reads like "95%". */
function normalise(text: string): string {
	return text
		.replace(/[０-９．％，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[\s\u3000]+/g, '')
		.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** Parses "≥ 95 %", "160人", "0.88 万元"; undefined when the text is not an (op) number (unit) form. */
export function parseQuantity(text: string, defaultUnit = ''): Quantity | undefined {
	// "达到 100%" (000, 森工项目): a verb before the number says nothing the number does not.
	let rest = normalise(text).replace(/^(?:实际完成|实际|达到|完成|实现|为)/, '');
	const opMatch = OP_PATTERN.exec(rest);
	const prefixOp = opMatch ? OPS[opMatch[1]] : undefined;
	if (opMatch) rest = rest.slice(opMatch[1].length);
	const m = /^(\d+)(?:\.(\d+))?(.{0,4}?)(及?以上|及?以下)?$/.exec(rest);
	if (!m || /\d/.test(m[3])) return undefined;
	const [, int, frac = ''] = m;
	// "95%以上" is a target's wording: read it as ≥ 95%.
	const suffixOp: Op | undefined = m[4] ? (m[4].endsWith('以上') ? '≥' : '≤') : undefined;
	const printedUnit = m[3] || normalise(defaultUnit);
	const prefix = printedUnit.length > 1 ? MAGNITUDES[printedUnit[0]] : undefined;
	const unit = prefix === undefined ? printedUnit : printedUnit.slice(1);
	const digits = frac.slice(0, SCALE).padEnd(SCALE, '0');
	const value = BigInt(int + digits) * 10n ** BigInt(prefix ?? 0);
	const number = frac ? `${int}.${frac}` : int;
	const printed = !printedUnit ? number : printedUnit === '%' ? `${number}%` : `${number} ${printedUnit}`;
	return { op: prefixOp ?? suffixOp, value, unit, printed, scaled: prefix !== undefined };
}

/** A quantity back to text in its base unit, for the reason ("8800 元"). */
function show(q: Pick<Quantity, 'value' | 'unit'>): string {
	const s = q.value.toString().padStart(SCALE + 1, '0');
	const int = s.slice(0, -SCALE);
	const frac = s.slice(-SCALE).replace(/0+$/, '');
	const unit = q.unit === '%' || !q.unit ? q.unit : ` ${q.unit}`;
	return `${int}${frac ? `.${frac}` : ''}${unit}`;
}

const compare: Record<Op, (a: bigint, t: bigint) => boolean> = {
	'≥': (a, t) => a >= t,
	'≤': (a, t) => a <= t,
	'＝': (a, t) => a === t,
	'>': (a, t) => a > t,
	'<': (a, t) => a < t,
};

const same = (a: string, b: string) => normalise(a) === normalise(b);

/** Assesses one goals-table row against its own target. Pure; the page shows `status` as a mark and `reason` beside it. */
export function assessIndicator(row: Pick<GoalRow, 'nature' | 'target' | 'unit' | 'actual'>): IndicatorAssessment {
	const actual = row.actual?.trim() ?? '';
	const target = row.target.trim();
	const printedTarget = `${row.nature && row.nature !== '定性' && row.nature !== '未填' ? row.nature : ''}${target}${row.unit ?? ''}`;
	if (!actual || actual === '/' || actual === '-' || actual === '—') {
		return { status: 'unmeasurable', reason: '未填写实际完成值。' };
	}
	// 001: the report states only the result ("项目实施时间为 2023 年 1 月至 12 月"), no target was set.
	if (!target) return { status: 'qualitative', reason: `原文未印指标值；完成情况：“${actual}”。` };
	if (same(actual, target) || same(actual, printedTarget)) {
		if (row.nature === '定性' || !parseQuantity(target, row.unit)) {
			return { status: 'unmeasurable', reason: `实际完成值照抄了指标值“${target}”，没有写出实际结果。` };
		}
	}
	const t = row.nature === '定性' ? undefined : parseQuantity(target, row.unit);
	if (!t) return { status: 'qualitative', reason: `定性指标：目标“${target}”，完成情况以文字说明。` };

	const op = row.nature && row.nature !== '未填' ? OPS[row.nature] : t.op;
	const a = parseQuantity(actual, row.unit);
	if (a?.op || (!a && OP_PATTERN.test(normalise(actual)))) {
		return { status: 'unmeasurable', reason: `实际完成值“${actual}”重复了目标的写法，没有给出实际数值。` };
	}
	if (!a) return { status: 'unmeasurable', reason: `实际完成值“${actual}”不是可以与指标值比较的数值。` };
	if (a.unit && t.unit && a.unit !== t.unit) {
		return { status: 'unmeasurable', reason: `实际完成值的单位（${a.unit}）与指标值（${t.unit}）不同，无法比较。` };
	}
	// Different magnitudes (0.88 万元 against 302600 元): say what the result comes to in the target's unit.
	const converted = a.scaled !== t.scaled ? `（折合 ${show({ ...a, unit: t.unit || a.unit })}）` : '';
	if (!op) {
		return a.value === t.value
			? { status: 'met', reason: `实际完成 ${a.printed}${converted}，与指标值 ${t.printed} 相同（未注明指标性质）。` }
			: { status: 'unmeasurable', reason: `未注明指标性质（≥、≤ 或 ＝），无法判断 ${a.printed} 是否达到 ${t.printed}。` };
	}
	return compare[op](a.value, t.value)
		? { status: 'met', reason: `实际完成 ${a.printed}${converted}，达到目标 ${op} ${t.printed}。` }
		: { status: 'unmet', reason: `实际完成 ${a.printed}${converted}，未达到目标 ${op} ${t.printed}。` };
}

/** How many rows of each status, for the summary above a goals table. */
export function countIndicators(rows: readonly Pick<GoalRow, 'nature' | 'target' | 'unit' | 'actual'>[]): Record<IndicatorStatus, number> {
	const counts: Record<IndicatorStatus, number> = { met: 0, unmet: 0, unmeasurable: 0, qualitative: 0 };
	for (const row of rows) counts[assessIndicator(row).status] += 1;
	return counts;
}
