/**
 * Figures stated twice, as data: `restatements` in index.yaml lists every place a document prints the same figure
 * or name (a value as printed, or the path where the entry already holds it); the rule compares them.
 */
import type { Disclosure } from '../schema/disclosure.ts';
import { printedAmount, type MoneyUnit } from '../money.ts';
import { formatFen, formatNumber } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';

type Restatement = Disclosure['restatements'][number];

/** The value at a dotted path such as `finalAccounts.otherMatters.procurement.total` or `a.rows[0].adjusted`. */
export function valueAt(d: unknown, path: string): unknown {
	let node = d;
	for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node;
}

/**
 * Statements whose `path` holds no number or text in the entry: a data error (a typo in a path would otherwise
 * make the rule skip the whole restatement silently). `at` is the path of each statement in index.yaml.
 */
export function unresolvedStatements(d: Disclosure): { at: string; path: string; found: unknown }[] {
	return (d.restatements ?? []).flatMap((r, i) =>
		r.statements.flatMap((s, j) => {
			if (!s.path) return [];
			const found = valueAt(d, s.path);
			return typeof found === 'number' || typeof found === 'string'
				? []
				: [{ at: `restatements[${i}].statements[${j}].path`, path: s.path, found }];
		}),
	);
}

interface Said {
	where: string;
	value: number | string;
	unit?: string;
}

function statements(d: Disclosure, r: Restatement): Said[] | undefined {
	const out: Said[] = [];
	for (const s of r.statements) {
		const raw = s.path ? valueAt(d, s.path) : s.value;
		if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
		// A goals-table target is stored as text ('9000'); as a figure it is a number.
		const value = typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
		out.push({ where: s.where, value, unit: s.unit ?? r.unit });
	}
	return out;
}

const isMoney = (unit?: string): unit is MoneyUnit => unit === '万元' || unit === '元';
const norm = (t: string) => t.replace(/[\s“”"'「」]/g, '');
const show = (s: Said) =>
	typeof s.value === 'string'
		? `“${s.value}”`
		: isMoney(s.unit)
			? `${formatNumber(s.value)} ${s.unit}`
			: `${formatNumber(s.value)}${s.unit ? ` ${s.unit}` : ''}`;

/** The gap between two stated numbers in their own terms, or undefined when they agree at printed precision. */
function gap(a: Said, b: Said): string | undefined {
	if (typeof a.value === 'string' || typeof b.value === 'string') return norm(String(a.value)) === norm(String(b.value)) ? undefined : '';
	if (isMoney(a.unit) && isMoney(b.unit)) {
		const x = printedAmount(a.value, a.unit);
		const y = printedAmount(b.value, b.unit);
		// 99490.00 元 and 9.95 万元 are one figure at two precisions: compare at the coarser one.
		if (Math.abs(x.fen - y.fen) <= x.slack + y.slack) return undefined;
		return a.unit === '元' && b.unit === '元'
			? `${formatNumber(Math.abs(x.fen - y.fen) / 100)} 元`
			: `${formatFen(Math.abs(x.fen - y.fen))} 万元`;
	}
	return a.value === b.value ? undefined : `${formatNumber(Math.abs(a.value - b.value))}${a.unit ? ` ${a.unit}` : ''}`;
}

export const restatedFigure: Rule = {
	id: 'restated-figure',
	family: '交叉核对',
	severity: '确定',
	title: '印了两次的数和名称前后一致',
	explain:
		'同一份公开材料常在几处写同一个数或名称：报告正文和附表、附件1 和附件2、一段和另一段。转录时把这些地方逐一记下（restatements）' +
		'，核对逐对比较；数不同是确定的矛盾，转录者注明两处口径可能不同时记为疑似，名称不同也记为疑似。',
	why: '同一个数出现两个说法，读者不知道该信哪一个；名称不同，读者不知道说的是不是同一件事。',
	formula: '同一数（名称）的各处印出值两两相等（金额按印出精度换算元与万元）',
	check: (d) =>
		(d.restatements ?? []).flatMap((r, i): Finding[] => {
			const said = statements(d, r);
			if (!said) return [];
			for (let a = 0; a < said.length; a++) {
				for (let b = a + 1; b < said.length; b++) {
					const g = gap(said[a], said[b]);
					if (g === undefined) continue;
					const name = typeof said[a].value === 'string';
					const severity = name || r.basis ? '疑似' : '确定';
					const message = `“${r.figure}”${said[a].where}印为 ${show(said[a])}，${said[b].where}印为 ${show(said[b])}${g ? `，相差 ${g}` : ''}${r.basis ? `（${r.basis}）` : ''}。`;
					return [
						finding(restatedFigure, { path: `restatements[${i}]`, anchor: anchorOf(r, d) }, message, {
							severity,
							expected: show(said[a]),
							actual: show(said[b]),
							...(g ? { difference: g } : {}),
						}),
					];
				}
			}
			return [];
		}),
};

/** A restatement belongs beside the evaluation one of its paths names, else beside the final accounts' overview. */
function anchorOf(r: Restatement, d: Disclosure): string {
	const m = r.statements.map((s) => /^performance\.evaluations\[(\d+)\]/.exec(s.path ?? '')).find(Boolean);
	const ev = m ? d.performance?.evaluations[Number(m[1])] : undefined;
	if (ev) return ev.id;
	return d.finalAccounts ? 'overview' : (d.performance?.evaluations[0]?.id ?? 'overview');
}

export const RESTATEMENT_RULES: readonly Rule[] = [restatedFigure];
