/**
 * The 项目支出绩效自评表 of the Sichuan template (部门预算项目支出绩效自评表) as a PDF prints it: a grid broken over
 * lines, read on the flat text (cells re-joined, one space between two numbers). Its parts come in a fixed order:
 * 项目名称 … 主管部门 … 实施单位, 预算执行情况（N分） with one line per 资金来源 (总额, 其中：财政资金 …) whose
 * numbers fill the header's columns left to right ("/" is a blank cell), 绩效指标（N分） whose rows each end in
 * their 权重 and 得分, 合计, 评价结论, 存在问题, 改进措施, 项目负责人. Every number enters through `put`.
 */
import { put, putText, type Draft } from './draft.ts';
import { lineAt, numberValue, type PrintedNumber, type SourceText } from './text.ts';

/** Header words of a budget table → the budget row's field (longest wording first: 预算执行数 before 执行数). */
export const BUDGET_COLUMNS: readonly (readonly [RegExp, string])[] = [
	[/^年初预算数?$/, 'initial'],
	[/^(?:调整后预算数|全年预算数|预算数)$/, 'adjusted'],
	[/^(?:实际到位数|到位数|实际到位资金)$/, 'arrived'],
	[/^(?:预算执行数|实际支出数|执行数)$/, 'executed'],
	[/^(?:预算执行率|执行率)$/, 'rate'],
	[/^(?:权重|分值)$/, 'weight'],
	[/^得分$/, 'score'],
];
const HEADER_WORD = /年初预算数?|调整后预算数|全年预算数|实际到位数|到位数|预算执行数|实际支出数|预算执行率|执行率|执行数|权重|分值|得分/g;

/**
 * 资金来源 of the budget table, as the template prints them (其中： kept as printed). A row "其中：…" is read up to
 * its numbers, so a label a page break cut ("其中：财" / "政资金") still takes its row.
 */
const FUND_ROW =
	/其中[：:][\u4e00-\u9fa5]{0,6}?(?=[\d /])|(?:其中[：:])?(?:总额|财政资金|财政拨款|财政专户管理资金|单位资金|上年结转资金?|其他资金)/g;

/** First-level indicators of the national framework (财预〔2020〕10号 附件): what starts a goals row's label. */
export const LEVEL1 = /^(?:产出指标|效益指标|满意度指标|成本指标)/;
const NATURE = /(≥|≤|＝|=|>|<|定性)/;

/** One cell of a run of numbers: a printed number (with its %) or a blank cell "/". */
interface Token {
	num?: PrintedNumber;
	percent: boolean;
}

const NUM_SRC = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

/** The run of number cells starting at `at` (spaces between them; "/" blank cells; an item number "1." ends it). */
function runAt(src: SourceText, at: number, end: number): { tokens: Token[]; end: number } {
	const re = new RegExp(`^ ?(?:(${NUM_SRC})(?![\\d.])(%?)|(\\/))`, 'd');
	const tokens: Token[] = [];
	let pos = at;
	for (;;) {
		const m = re.exec(src.flat.slice(pos, end));
		if (!m) break;
		if (m[3]) tokens.push({ percent: false });
		else {
			const offset = pos + m.indices![1]![0];
			tokens.push({ num: { value: numberValue(m[1]!), printed: m[1]!, offset, line: lineAt(src, offset) }, percent: m[2] === '%' });
		}
		pos += m[0].length;
	}
	return { tokens, end: pos };
}

/** A form's title as printed: a form starts at each title followed by 项目名称. */
const FORM_TITLE = /(?:部门预算)?项目支出绩效自评表[（(]\d{4} ?年度[）)]/g;

export interface FormRange {
	title: string;
	start: number;
	end: number;
}

/** The 项目支出绩效自评表 forms of the text (a title printed twice in a row counts once). */
export function projectForms(src: SourceText): FormRange[] {
	const titles = [...src.flat.matchAll(FORM_TITLE)];
	const out: FormRange[] = [];
	titles.forEach((m, i) => {
		const bodyStart = m.index + m[0].length;
		const end = titles[i + 1]?.index ?? src.flat.length;
		if (src.flat.slice(bodyStart, bodyStart + 8).startsWith('项目名称')) out.push({ title: m[0], start: m.index, end });
	});
	return out;
}

const textBetween = (flat: string, from: RegExp, to: RegExp): string | undefined => {
	const a = from.exec(flat);
	if (!a) return undefined;
	const rest = flat.slice(a.index + a[0].length);
	const b = to.exec(rest);
	return (b ? rest.slice(0, b.index) : undefined)?.trim() || undefined;
};

/** Reads one form into `evaluations[index]`. */
export function readProjectForm(src: SourceText, form: FormRange, draft: Draft, index: number): void {
	const base = ['evaluations', index];
	const flat = src.flat.slice(form.start, form.end);
	putText(draft, [...base, 'title'], form.title);
	const name = /项目名称(?:([0-9A-Z]{12,})[-－—])?(.+?)主管部门/.exec(flat);
	if (name?.[1]) putText(draft, [...base, 'project', 'code'], name[1]);
	putText(draft, [...base, 'project', 'name'], name?.[2]);
	putText(draft, [...base, 'supervisor'], textBetween(flat, /主管部门/, /实施单位/));
	putText(draft, [...base, 'implementer'], textBetween(flat, /实施单位(?:（盖章）)?/, /项目基本情况/));
	readBudget(src, form, draft, base);
	readIndicators(src, form, draft, base);
	readFormAmounts(src, form, draft, base);
	putText(draft, [...base, 'conclusion'], textBetween(flat, /评价结论/, /存在问题/));
	putText(draft, [...base, 'problems'], textBetween(flat, /存在问题/, /改进措施/));
	putText(draft, [...base, 'measures'], textBetween(flat, /改进措施/, /项目负责人|$/));
	putText(draft, [...base, 'manager'], /项目负责人[：:]([\u4e00-\u9fa5]{2,4}?)(?=财务负责人|$)/.exec(flat)?.[1]);
	putText(draft, [...base, 'financeManager'], /财务负责人[：:]([\u4e00-\u9fa5]{2,4})/.exec(flat)?.[1]);
}

/** 预算执行情况（N分）: the header's columns, then one row per 资金来源. */
function readBudget(src: SourceText, form: FormRange, draft: Draft, base: (string | number)[]): void {
	const flat = src.flat.slice(form.start, form.end);
	const head = /预算执行情况（\d+分）/.exec(flat);
	const stop = /绩效指标（/.exec(flat);
	if (!head || !stop || stop.index < head.index) return;
	const firstRow = new RegExp(FUND_ROW.source).exec(flat.slice(head.index));
	if (!firstRow) return;
	const header = flat.slice(head.index + head[0].length, head.index + firstRow.index);
	const columns = [...header.matchAll(HEADER_WORD)].map((w) => BUDGET_COLUMNS.find(([re]) => re.test(w[0]))![1]);
	if (!columns.length) return;
	const end = form.start + stop.index;
	let row = 0;
	for (const m of flat.slice(head.index + firstRow.index, stop.index).matchAll(FUND_ROW)) {
		const at = form.start + head.index + firstRow.index + m.index + m[0].length;
		const run = runAt(src, at, end);
		// "其他资金包括：…" in the form's instructions is not a row: a row prints its cells (numbers or "/").
		if (!run.tokens.length) continue;
		putText(draft, [...base, 'budget', 'rows', row, 'label'], m[0]);
		run.tokens.slice(0, columns.length).forEach((t, c) => put(draft, [...base, 'budget', 'rows', row, columns[c]!], t.num));
		row += 1;
	}
}

/** 绩效指标（N分）: rows ending in 权重 and 得分, then 合计. */
function readIndicators(src: SourceText, form: FormRange, draft: Draft, base: (string | number)[]): void {
	const flat = src.flat.slice(form.start, form.end);
	const head = new RegExp(`绩效指标（(${NUM_SRC})分）`, 'd').exec(flat);
	if (!head) return;
	const at = (i: number) => form.start + i;
	const weightAt = at(head.indices![1]![0]);
	put(draft, [...base, 'indicators', 'weight'], {
		value: numberValue(head[1]!),
		printed: head[1]!,
		offset: weightAt,
		line: lineAt(src, weightAt),
	});
	// The header ends with its last column (未完成原因分析 / 得分); rows follow.
	const headerEnd = /权重得分(?:未完成原因分析)?|未完成原因分析/.exec(flat.slice(head.index));
	if (!headerEnd) return;
	const bodyStart = head.index + headerEnd.index + headerEnd[0].length;
	const total = /合计(?= ?\d)/.exec(flat.slice(bodyStart));
	const bodyEnd = total ? bodyStart + total.index : (/评价结论/.exec(flat.slice(bodyStart))?.index ?? flat.length - bodyStart) + bodyStart;
	const body = flat.slice(bodyStart, bodyEnd);
	let level1 = '';
	let level2 = '';
	let row = 0;
	let rowStart = 0;
	// A row ends with a run of at least two number cells: … 完成值 权重 得分.
	for (const m of body.matchAll(new RegExp(`(?:(?:${NUM_SRC})%? ?){2,}`, 'g'))) {
		const run = runAt(src, at(bodyStart + m.index), at(bodyStart + m.index + m[0].length));
		if (run.tokens.length < 2) continue;
		const segment = body.slice(rowStart, m.index + m[0].length);
		rowStart = m.index + m[0].length;
		const path = [...base, 'indicators', 'rows', row];
		const [weight, score] = run.tokens.slice(-2);
		let label = segment;
		const l1 = LEVEL1.exec(label);
		if (l1) {
			level1 = l1[0];
			label = label.slice(l1[0].length);
			level2 = '';
		}
		const l2 = /^[\u4e00-\u9fa5]{2,9}?指标/.exec(label);
		if (l2 && !NATURE.test(label.slice(0, l2[0].length))) {
			level2 = l2[0];
			label = label.slice(l2[0].length);
		}
		const nature = NATURE.exec(label);
		// Without a printed 指标性质 the 指标值 starts at the label's first number.
		const valuesAt = nature ? nature.index : label.search(/\d/);
		putText(draft, [...path, 'level1'], level1);
		putText(draft, [...path, 'level2'], level2);
		putText(draft, [...path, 'level3'], label.slice(0, valuesAt).trim());
		if (valuesAt >= 0) {
			if (nature) putText(draft, [...path, 'nature'], nature[1] === '=' ? '＝' : nature[1]);
			// What stands between the nature and 权重 得分: 指标值, 度量单位, 完成值 ("9000人9000", "优良中差优良中差").
			const rest = label
				.slice(valuesAt + (nature?.[0].length ?? 0))
				.replace(new RegExp(`(?: ?(?:${NUM_SRC})%?){2}$`), '')
				.trim();
			const numeric = new RegExp(`^(${NUM_SRC})\\s*([^\\d\\s]*)\\s*(\\S*)$`).exec(rest);
			if (numeric) {
				putText(draft, [...path, 'target'], numeric[1]);
				putText(draft, [...path, 'unit'], numeric[2]);
				putText(draft, [...path, 'actual'], numeric[3]);
			} else {
				const half = rest.length / 2;
				const doubled = rest.length % 2 === 0 && rest.slice(0, half) === rest.slice(half);
				putText(draft, [...path, 'target'], doubled ? rest.slice(0, half) : rest);
				if (doubled) putText(draft, [...path, 'actual'], rest.slice(half));
			}
		}
		put(draft, [...path, 'weight'], weight?.num);
		put(draft, [...path, 'score'], score?.num);
		row += 1;
	}
	if (total) {
		const run = runAt(src, at(bodyStart + total.index + 2), form.end);
		const [w, s] = run.tokens;
		put(draft, [...base, 'indicators', 'total', 'weight'], w?.num);
		put(draft, [...base, 'indicators', 'total', 'score'], s?.num);
	}
}

/**
 * Amounts the form's text cells print (项目年度目标, 实施内容, 评价结论): "支付资金37.46万元", "每人代缴100元",
 * "执行数为0.88万元" → statedAmounts, labelled by the words printed before the number (from the last punctuation,
 * 为 dropped), each label and amount once, in the order printed. The form's instructions ("100字以内") print none.
 */
function readFormAmounts(src: SourceText, form: FormRange, draft: Draft, base: (string | number)[]): void {
	const flat = src.flat.slice(form.start, form.end);
	// Each text cell from the end of its heading to the next heading.
	const parts: [number, number][] = [];
	for (const [head, next] of [
		// "1.项目年度目标完成情况" is the row's name; the cell follows the column header "年度目标完成情况".
		[/年度目标完成情况(?!项目)/, /对照年度目标|\d[.．、]项目实施|预算执行情况（/],
		[/过程概述/, /预算执行情况（/],
		[/评价结论/, /存在问题/],
	] as const) {
		const h = head.exec(flat);
		if (!h) continue;
		const from = h.index + h[0].length;
		const to = next.exec(flat.slice(from));
		if (to) parts.push([from, from + to.index]);
	}
	const seen = new Set<string>();
	let n = 0;
	for (const [from, to] of parts) {
		const re = new RegExp(`([^，。；：:、,;（）()\\d\\s]{2,30}?)为?(${NUM_SRC})(万元|元)(?![\\u4e00-\\u9fa5]*[/／])`, 'dg');
		for (const m of flat.slice(from, to).matchAll(re)) {
			const key = `${m[1]}|${numberValue(m[2]!)}|${m[3]}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const offset = form.start + from + m.indices![2]![0];
			const path = [...base, 'statedAmounts', n];
			putText(draft, [...path, 'label'], m[1]);
			put(draft, [...path, 'amount'], { value: numberValue(m[2]!), printed: m[2]!, offset, line: lineAt(src, offset) });
			if (m[3] === '元') putText(draft, [...path, 'unit'], '元');
			n += 1;
		}
	}
}
