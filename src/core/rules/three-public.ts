/** “三公”经费 beyond its total: sub-amounts, counts that go with amounts, and wording against the numbers. */
import type { Disclosure } from '../schema/disclosure.ts';
import { toFen } from '../money.ts';
import { formatFen, formatPercent } from '../format.ts';
import { expectSum, finding, type Finding, type Rule } from './types.ts';
import { RECEPTION_PARTS, THREE_PUBLIC_LABEL, THREE_PUBLIC_PARTS, VEHICLE_PARTS } from '../templates/three-public.ts';
import { claimOf } from './wording.ts';

const tp = (d: Disclosure) => d.finalAccounts?.threePublic;
const A = 'threePublic';
const P = 'finalAccounts.threePublic';

export const threePublicParts: Rule = {
	id: 'three-public-parts',
	family: '三公经费',
	severity: '确定',
	title: '“三公”各项等于其明细之和',
	explain:
		`${THREE_PUBLIC_PARTS[1].label} = ${VEHICLE_PARTS.map((p) => p.label).join(' + ')}；${THREE_PUBLIC_PARTS[2].label} = ` +
		`${RECEPTION_PARTS.map((p) => p.label).join(' + ')}；逐笔列出的接待费用（元）之和 = ${RECEPTION_PARTS[0].label}；年末车辆数 = 各车型之和。`,
	why: '分项合计对不上，说明有一笔钱没有列出来，或者被重复列出。',
	formula: '用车费 = 购置 + 运维；接待费 = 国内 + 外事；国内接待 = Σ 逐笔金额 ÷ 10000；保有量 = Σ 各车型',
	check: (d) => {
		const t = tp(d);
		if (!t) return [];
		const out: Finding[] = [];
		const v = t.vehicles;
		if (v && (v.purchase || v.operation)) {
			out.push(
				...expectSum(
					threePublicParts,
					{ path: `${P}.vehicles.amount`, anchor: A, label: THREE_PUBLIC_PARTS[1].label },
					v.amount,
					[v.purchase?.amount ?? 0, v.operation?.amount ?? 0],
					'购置费 + 运行维护费',
				),
			);
		}
		if (v?.purchase?.byType.length) {
			const amounts = v.purchase.byType.flatMap((b) => (b.amount === undefined ? [] : [b.amount]));
			if (amounts.length)
				out.push(
					...expectSum(
						threePublicParts,
						{ path: `${P}.vehicles.purchase.amount`, anchor: A, label: VEHICLE_PARTS[0].label },
						v.purchase.amount,
						amounts,
						'各车型购置金额之和',
					),
				);
			const n = v.purchase.byType.reduce((s, b) => s + b.count, 0);
			if (v.purchase.count !== undefined && v.purchase.count !== n) {
				out.push(
					finding(
						threePublicParts,
						{ path: `${P}.vehicles.purchase.count`, anchor: A },
						`购置公务用车印为 ${v.purchase.count} 辆，各车型合计 ${n} 辆。`,
						{ expected: String(n), actual: String(v.purchase.count) },
					),
				);
			}
		}
		if (v?.fleet?.byType.length) {
			const n = v.fleet.byType.reduce((s, b) => s + b.count, 0);
			if (n !== v.fleet.total)
				out.push(
					finding(
						threePublicParts,
						{ path: `${P}.vehicles.fleet.total`, anchor: A },
						`公务用车保有量印为 ${v.fleet.total} 辆，各车型合计 ${n} 辆。`,
						{ expected: String(n), actual: String(v.fleet.total) },
					),
				);
		}
		const r = t.reception;
		if (r && (r.domestic || r.foreign)) {
			out.push(
				...expectSum(
					threePublicParts,
					{ path: `${P}.reception.amount`, anchor: A, label: THREE_PUBLIC_PARTS[2].label },
					r.amount,
					[r.domestic?.amount ?? 0, r.foreign?.amount ?? 0],
					'国内接待 + 外事接待',
				),
			);
		}
		for (const { key: k, label } of RECEPTION_PARTS) {
			const x = r?.[k];
			if (!x?.events.length) continue;
			const yuan = x.events.reduce((s, e) => s + toFen(e.amountYuan, '元').fen, 0);
			out.push(
				...expectSum(
					threePublicParts,
					{ path: `${P}.reception.${k}.amount`, anchor: A, label },
					x.amount,
					[yuan / 1_000_000],
					'逐笔接待费用之和',
				),
			);
		}
		return out;
	},
};

export const threePublicCounts: Rule = {
	id: 'three-public-counts',
	family: '三公经费',
	severity: '疑似',
	title: '“三公”的次数、人数与金额相互印证',
	explain: '有接待批次、出国团组或购置车辆，就应有相应支出；支出为零，批次、人次、团组、车辆数也应为零。',
	why: '有活动没花钱，或花了钱没有活动，说明次数或金额至少有一个不实。',
	formula: '金额 > 0 ⇔ 次数（批次、人次、团组、辆）> 0',
	check: (d) => {
		const t = tp(d);
		if (!t) return [];
		const out: Finding[] = [];
		const pair = (path: string, what: string, amount: number | undefined, counts: [string, number | undefined][]) => {
			if (amount === undefined) return;
			const printed = counts.filter((c): c is [string, number] => c[1] !== undefined);
			if (!printed.length) return;
			const spent = toFen(amount).fen > 0;
			const active = printed.filter(([, n]) => n > 0);
			if (spent && !active.length)
				out.push(
					finding(
						threePublicCounts,
						{ path, anchor: A },
						`${what}支出 ${formatFen(toFen(amount).fen)} 万元，但${printed.map(([l, n]) => `${l} ${n}`).join('、')}。`,
					),
				);
			if (!spent && active.length)
				out.push(
					finding(threePublicCounts, { path, anchor: A }, `${what}支出为 0，却印有${active.map(([l, n]) => `${l} ${n}`).join('、')}。`),
				);
		};
		pair(`${P}.outbound`, THREE_PUBLIC_PARTS[0].label, t.outbound?.amount, [
			['团组', t.outbound?.groups],
			['人次', t.outbound?.persons],
		]);
		pair(`${P}.vehicles.purchase`, VEHICLE_PARTS[0].label, t.vehicles?.purchase?.amount, [['购置车辆', t.vehicles?.purchase?.count]]);
		for (const { key: k, label: what } of RECEPTION_PARTS) {
			const x = t.reception?.[k];
			pair(`${P}.reception.${k}`, what, x?.amount, [
				['批次', x?.batches],
				['人次', x?.persons],
			]);
		}
		return out;
	},
};

/** A printed 完成预算 % against the words used to explain it. */
function wordingFindings(path: string, label: string, completion: number | undefined, amount: number, text: string | undefined): Finding[] {
	if (completion === undefined || !text) return [];
	const place = { path, anchor: A };
	const claim = claimOf(text);
	if (!claim) return [];
	if (claim === '等于' && toFen(amount).fen === 0 && completion === 0) {
		return [
			finding(
				threePublicWording,
				place,
				`${label}决算数为 0，原文写“决算数和预算数持平”，却印“完成预算 0%”：预算也为 0 时完成率无从计算，预算不为 0 时并非持平。`,
				{ severity: '疑似', actual: formatPercent(completion) },
			),
		];
	}
	const fits = claim === '大于' ? completion > 100 : claim === '小于' ? completion < 100 : completion === 100;
	if (fits) return [];
	return [
		finding(
			threePublicWording,
			place,
			`${label}印“完成预算 ${formatPercent(completion)}”，说明却写“决算数${claim}预算数”：完成预算${claim === '大于' ? '应超过' : claim === '小于' ? '应低于' : '应为'} 100%。`,
			{ expected: claim === '等于' ? '100%' : `${claim === '大于' ? '>' : '<'} 100%`, actual: formatPercent(completion) },
		),
	];
}

export const threePublicWording: Rule = {
	id: 'three-public-wording',
	family: '三公经费',
	severity: '确定',
	title: '“三公”的文字说明与数字一致',
	explain: '“完成预算 100%”意味着决算数等于预算数；说明写“决算数大于预算数”时完成率应超过 100%，写“持平”时应为 100%。',
	why: '文字和数字互相矛盾，读者无法判断“三公”经费究竟是超支还是节约。',
	formula: '完成预算% > 100 ⇔ 决算数大于预算数；= 100 ⇔ 持平',
	check: (d) => {
		const t = tp(d);
		if (!t) return [];
		const out = wordingFindings(`${P}.completion`, THREE_PUBLIC_LABEL, t.completion, t.total, t.explanation);
		for (const { key: k, label } of THREE_PUBLIC_PARTS) {
			const p = t[k];
			if (p) out.push(...wordingFindings(`${P}.${k}.completion`, label, p.completion, p.amount, p.note));
		}
		return out;
	},
};

export const THREE_PUBLIC_RULES: readonly Rule[] = [threePublicParts, threePublicCounts, threePublicWording];
