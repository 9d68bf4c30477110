/** 七、财政拨款“三公”经费: total, its three parts with shares, and each part's own paragraph. */
import { put, putText } from './draft.ts';
import { lineAt } from './text.ts';
import { all, first, placeChange, placeFirst, placeShared, within, type Scope } from './match.ts';
import { subSections, type SectionRange } from './sections.ts';

const K = ['threePublic'] as const;
const PARTS = [
	['outbound', '因公出国（境）(?:经)?费(?:用)?(?:支出)?(?:决算)?', '因公出国'],
	['vehicles', '公务用车购置及运行(?:维护)?费(?:支出)?(?:决算)?', '公务用车购置及运行'],
	['reception', '公务接待费(?:支出)?(?:决算)?', '公务接待费'],
] as const;
const CAR_TYPES = '(轿车|越野车|载客汽车|其他车型)';

export function readThreePublic(scope: Scope, range: SectionRange): void {
	const parts = subSections(scope.src, range);
	const [s1, e1] = parts.get(1) ?? [scope.start, scope.end];
	const overall = within(scope, s1, e1);
	placeFirst(overall, [...K, 'budget'], '年初预算为NUM万元');
	const total = placeFirst(overall, [...K, 'total'], '(?:三公.?经费财政拨款支出决算为|三公.?经费财政拨款支出|支出决算为)NUM万元');
	const none = total ? undefined : first(scope, '无.?三公.?经费财政拨款支出');
	if (none) put(scope.draft, [...K, 'total'], { value: 0, printed: '无', offset: none.at, line: lineAt(scope.src, none.at) });
	// Shanghai states each part's 决算 and 完成预算 in （一）: "因公出国（境）费决算为0.00万元，完成预算的0%".
	for (const [key, label] of PARTS) {
		const part = first(overall, `${label}(?:为)?NUM万元[，,]完成(?:全年|年初)?预算(?:数)?的?NUM%`);
		if (!part) continue;
		put(scope.draft, [...K, key, 'amount'], part.num(1));
		put(scope.draft, [...K, key, 'completion'], part.num(2));
	}
	// …and each part's change in the sentence after the total's: "公务接待费支出决算减少0.15万元，下降27.78%".
	for (const [key, label] of PARTS) {
		const change = first(overall, `${label}(?:与上一?年度)?(?=增加|减少)`);
		if (change) placeChange(within(overall, change.end, change.end + 40), [...K, key, 'change']);
		else if (first(overall, `${label}(?:与上一?年度)?持平`)) putText(scope.draft, [...K, key, 'change', 'direction'], 'flat');
	}
	placeFirst(overall, [...K, 'completion'], '完成(?:全年|年初)?预算(?:数)?的?NUM%');
	placeChange(within(overall, total?.end ?? s1), [...K, 'change']);
	putText(scope.draft, [...K, 'explanation'], first(overall, '(决算数[^。，]{0,8}预算数[^。]{0,4}的?主要原因[^。]*。)')?.m[1]);

	const [s2, e2] = parts.get(2) ?? [e1, scope.end];
	const detail = within(scope, s2, e2);
	for (const [key, label] of PARTS) placeShared(detail, [...K, key], label);
	// Each part's paragraph starts "1." "2." "3." with its own name.
	const heads = PARTS.map(([key, , name]) => [key, first(detail, `(?<![\\d.])\\d[.、．](?=${name})`)] as const);
	heads.forEach(([key, head], i) => {
		if (!head) return;
		const next = heads.slice(i + 1).find(([, h]) => h)?.[1];
		const part = within(detail, head.end, next?.at ?? detail.end);
		placeFirst(part, [...K, key, 'completion'], '完成(?:全年|年初)?预算(?:数)?的?NUM%');
		placeChange(part, [...K, key, 'change']);
		if (key === 'outbound') readOutbound(part);
		if (key === 'vehicles') readVehicles(part);
		if (key === 'reception') readReception(part);
	});
}

function readOutbound(part: Scope): void {
	placeFirst(part, [...K, 'outbound', 'groups'], '团组NUM(?:次|个)');
	placeFirst(part, [...K, 'outbound', 'persons'], '(?:出国（境）|累计)NUM人');
	putText(part.draft, [...K, 'outbound', 'note'], first(part, '(开支内容包括[:：][^。]*)')?.m[1]);
}

function readVehicles(part: Scope): void {
	const v = [...K, 'vehicles'] as const;
	const purchase = placeFirst(part, [...v, 'purchase', 'amount'], '公务用车购置(?:费)?支出(?:为)?NUM万元');
	if (purchase) {
		const rest = within(part, purchase.end);
		placeFirst(rest, [...v, 'purchase', 'count'], '购置公务用车NUM辆');
		const fleetAt = first(rest, '(?:共有公务用车|保有量为)')?.at ?? rest.end;
		all(within(rest, rest.start, fleetAt), `${CAR_TYPES}NUM辆[、，,]?金额NUM万元`).forEach((h, i) => {
			putText(part.draft, [...v, 'purchase', 'byType', i, 'type'], h.m[1]);
			put(part.draft, [...v, 'purchase', 'byType', i, 'count'], h.num(2));
			put(part.draft, [...v, 'purchase', 'byType', i, 'amount'], h.num(3));
		});
	}
	const fleet = placeFirst(part, [...v, 'fleet', 'total'], '(?:共有公务用车|保有量为)NUM辆');
	if (fleet) {
		putText(part.draft, [...v, 'fleet', 'asOf'], first(within(part, fleet.at - 40, fleet.at), '截至([^，,。]*?日)')?.m[1]);
		const end = first(within(part, fleet.end), '。')?.at ?? part.end;
		all(within(part, fleet.end, end), `${CAR_TYPES}NUM辆`).forEach((h, i) => {
			putText(part.draft, [...v, 'fleet', 'byType', i, 'type'], h.m[1]);
			put(part.draft, [...v, 'fleet', 'byType', i, 'count'], h.num(2));
		});
	}
	const op = placeFirst(part, [...v, 'operation', 'amount'], '公务用车运行维护(?:费)?支出(?:为)?NUM万元');
	if (op) putText(part.draft, [...v, 'operation', 'note'], first(within(part, op.end), '^[。，,]([^。]*。)')?.m[1]);
}

function readReception(part: Scope): void {
	const r = [...K, 'reception'] as const;
	const labels = [
		['domestic', '国内公务接待', '(?:国内公务接待|列明公务接待)'],
		['foreign', '(?:外事|外宾)接待', '(?:外事接待|接待外宾)'],
	] as const;
	for (const [key, label, countLabel] of labels) {
		const amount = placeFirst(part, [...r, key, 'amount'], `${label}(?:费)?支出(?:为)?NUM万`);
		const counts = first(part, `${countLabel}NUM批次[，,、]?NUM人次`);
		if (counts) {
			put(part.draft, [...r, key, 'batches'], counts.num(1));
			put(part.draft, [...r, key, 'persons'], counts.num(2));
		}
		if (key === 'domestic' && amount) {
			putText(part.draft, [...r, key, 'note'], first(within(part, amount.end), '^[，,]((?:主要)?用于[^。]*。)')?.m[1]);
			readEvents(part, [...r, key, 'events']);
		}
	}
}

/** Itemised 接待 "2024年5月9日…接待费用支出800.00元；…" (amounts in 元 as printed). */
function readEvents(part: Scope, path: readonly (string | number)[]): void {
	const list = first(part, '具体内容包括[:：]');
	if (!list) return;
	const end = first(within(part, list.end), '。')?.at ?? part.end;
	all(within(part, list.end, end), '(\\d{4})年(\\d{1,2})月(\\d{1,2})日?([^；;]+?)NUM元').forEach((h, i) => {
		const [, y, mo, d, description] = h.m;
		putText(part.draft, [...path, i, 'date'], `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
		putText(part.draft, [...path, i, 'description'], description);
		put(part.draft, [...path, i, 'amountYuan'], h.num(5));
	});
}
