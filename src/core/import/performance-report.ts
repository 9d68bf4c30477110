/**
 * The figures a department's self-evaluation report prints in its template sentences (Sichuan 部门预算绩效自评报告):
 * 二、部门资金收支情况 "年初预算收入 X 万元，其中：…。决算报表总收入 Y 万元，其中：A X 万元，
 * 占 P%；…" and the same for 支出, "无结转结余"; 人员 / 公用 / 特定目标类 "全年预算收入 X 万元，其中：人员经费支出 …。
 * 全年决算支出 Y 万元，其中：…"; "常年项目绩效分析。该类项目总数 N 个，涉及预算总金额 X 万元，1—12 月预算执行总体
 * 进度为 P%，其中：预算结余率大于 10% 的项目共计 N 个". Read only inside the report (from its heading to the first
 * project report or form after it), each number through `put`; a sentence worded otherwise is left to the clerk.
 */
import { qualifyElidedSubjects } from './elided-subject.ts';
import { getAt, put, putText, type Path } from './draft.ts';
import { all, first, within, type Hit, type Scope } from './match.ts';
import { lineAt, type PrintedNumber } from './text.ts';

type Item = { label: string; hit: Hit };

/** "A X 万元，占 P%；B Y 万元；…" from `from` up to the sentence's end, in order. */
function items(scope: Scope, from: number): Item[] {
	const end = scope.src.flat.indexOf('。', from);
	const list = within(scope, from, end < 0 ? scope.end : end);
	return all(list, '(?:^|[；;，,、])([^；;，,、。：:\\d]{2,40}?)NUM万元(?:[，,]占[^0-9，。；]{0,8}?NUM%)?').map((hit) => ({
		label: hit.m[1]!,
		hit,
	}));
}

function putItems(scope: Scope, path: Path, list: readonly Item[]): void {
	list.forEach((item, i) => {
		putText(scope.draft, [...path, i, 'label'], item.label);
		put(scope.draft, [...path, i, 'amount'], item.hit.num(2));
		put(scope.draft, [...path, i, 'share'], item.hit.num(3));
	});
}

/** One side of 部门资金收支情况: 年初预算 and the final accounts' figure, each with its "其中" items. */
function fundsSide(scope: Scope, path: Path, side: '收入' | '支出'): void {
	const initial = first(scope, `年初预算${side}NUM万元`);
	if (initial) {
		put(scope.draft, [...path, 'initial'], initial.num(1));
		const rest = first(within(scope, initial.end), '^[，,]其中[：:]');
		if (rest) putItems(scope, [...path, 'initialItems'], items(scope, rest.end));
	}
	const final = first(
		within(scope, initial?.end ?? scope.start),
		`(决算报表(?:中本年|总)?${side}|本年${side}(?:合计)?|当年财政拨款总${side})(?:为[：:]?)?NUM(万元|元)`,
	);
	// A side printed in 元 ("当年财政拨款总收入为：2902158.24元") is drafted only when the block has no 万元 figure.
	const inYuan = final?.m[3] === '元';
	const funds = path.slice(0, -1);
	const yuanFits = !initial && (getAt(scope.draft.data, funds) === undefined || getAt(scope.draft.data, [...funds, 'unit']) === '元');
	if (final && (!inYuan || yuanFits)) {
		if (inYuan) putText(scope.draft, [...funds, 'unit'], '元');
		if (final.m[1]!.startsWith('当年财政拨款')) putText(scope.draft, [...funds, 'scope'], '财政拨款');
		put(scope.draft, [...path, 'final'], final.num(2));
		putText(scope.draft, [...path, 'finalLabel'], final.m[1]);
		const rest = first(within(scope, final.end), '^[，,]其中[：:]');
		if (rest) putItems(scope, [...path, 'finalItems'], items(scope, rest.end));
	}
}

/** 二、部门资金收支情况 up to 三、: income, expenditure, carryover. */
function readFunds(scope: Scope, base: Path): void {
	const head = first(scope, '部门(?:财政)?资金收支情况');
	if (!head) return;
	const stop = first(within(scope, head.end), '三[、.．]|部门预算绩效分析');
	const part = within(scope, head.end, stop?.at ?? scope.end);
	const split = first(part, '[（(]二[）)]支出情况|年初预算支出');
	fundsSide(within(part, part.start, split?.at ?? part.end), [...base, 'funds', 'income'], '收入');
	// Without a 支出 heading both sides are read from the one passage ("总收入为：X元，…总支出为：Y元").
	fundsSide(split ? within(part, split.at) : part, [...base, 'funds', 'expenditure'], '支出');
	const none = first(part, '[^。：:，,；;]*无结转结余');
	if (none) {
		const at = none.end - '无结转结余'.length;
		put(scope.draft, [...base, 'funds', 'carryover', 'amount'], { value: 0, printed: '无', offset: at, line: lineAt(scope.src, at) });
		putText(scope.draft, [...base, 'funds', 'carryover', 'printedAs'], none.m[0].replace(/^[（(]三[）)][^。]*?。?/, ''));
	} else {
		const amount = first(part, '结转结余NUM万元');
		if (amount) put(scope.draft, [...base, 'funds', 'carryover', 'amount'], amount.num(1));
	}
}

/** The kind of a spending line: 人员经费支出, 日常公用经费支出, 特定目标类支出, 基本支出, 项目支出. */
function kindOf(label: string): string | undefined {
	if (/人员/.test(label)) return '人员经费';
	if (/公用/.test(label)) return '公用经费';
	if (/特定目标/.test(label)) return '特定目标类';
	if (/基本支出/.test(label)) return '基本支出';
	if (/项目支出/.test(label)) return '项目支出';
	return undefined;
}

/** "全年预算收入 X 万元，其中：人员经费支出 …。全年决算支出 Y 万元，其中：…": one spendingKinds entry. */
function readSpendingKinds(scope: Scope, base: Path): void {
	const budget = first(scope, '(全年预算(?:收入|支出|数))NUM万元[，,]其中[：:]');
	if (!budget) return;
	const budgetItems = items(scope, budget.end).filter((i) => kindOf(i.label));
	const actual = first(within(scope, budget.end, budget.end + 200), '(全年决算(?:支出|收入|数)|全年实际支出)NUM万元[，,]其中[：:]');
	const actualItems = actual ? items(scope, actual.end).filter((i) => kindOf(i.label)) : [];
	if (!budgetItems.length) return;
	const path = [...base, 'spendingKinds', nextKinds(scope, base)];
	putText(scope.draft, [...path, 'budgetLabel'], budget.m[1]);
	put(scope.draft, [...path, 'budgetTotal'], budget.num(2));
	if (actual) {
		putText(scope.draft, [...path, 'actualLabel'], actual.m[1]);
		put(scope.draft, [...path, 'actualTotal'], actual.num(2));
	}
	budgetItems.forEach((item, i) => {
		putText(scope.draft, [...path, 'rows', i, 'kind'], kindOf(item.label));
		putText(scope.draft, [...path, 'rows', i, 'label'], item.label);
		put(scope.draft, [...path, 'rows', i, 'budget'], item.hit.num(2));
		// The actual of the same kind, printed under the 决算 total (only when its label names the same kind).
		const same = actualItems.filter((a) => kindOf(a.label) === kindOf(item.label));
		if (same.length === 1) put(scope.draft, [...path, 'rows', i, 'actual'], same[0]!.hit.num(2));
	});
}

/** The next free index of the evaluation's spendingKinds. */
const nextKinds = (scope: Scope, base: Path) =>
	((getAt(scope.draft.data, [...base, 'spendingKinds']) as unknown[] | undefined) ?? []).length;

/** Words that open a clause without naming its figure ("2021年全年，本单位当年财政拨款基本支出…"). */
const SUBJECT = /^(?:本单位|本部门|本中心|我单位|我中心)/;

/**
 * 二（二）部门财政资金支出情况 worded by kind, each figure named in brackets: "当年财政拨款基本支出(收入数)为：X元；
 * 当年财政拨款基本支出(支出数)为：Y元" → one row of the kind with its 收入数 as budget and 支出数 as actual, in the
 * unit printed (a passage mixing 元 and 万元 is left to the clerk). A "；…项目支出Z元" printed in the same sentence
 * without a bracket is a row of its own with only its actual.
 */
function readBracketedKinds(scope: Scope, base: Path): void {
	const hits = all(
		scope,
		'(?:^|[，,。；;：:])([^，,。；;：:（()）\\d]{2,30}?)[（(](收入数|预算数|支出数|决算数)[）)](?:为)?[：:]?NUM(万元|元)(?=[，,。；;])',
	);
	if (hits.length < 2) return;
	const units = new Set(hits.map((h) => h.m[4]));
	if (units.size !== 1) return;
	const unit = hits[0]!.m[4]!;
	const budgetWord = hits.find((h) => /收入数|预算数/.test(h.m[2]!))?.m[2];
	const actualWord = hits.find((h) => /支出数|决算数/.test(h.m[2]!))?.m[2];
	type Row = { label: string; budget?: PrintedNumber; actual?: PrintedNumber };
	const rows: Row[] = [];
	for (const hit of hits) {
		const label = hit.m[1]!.replace(SUBJECT, '');
		if (!kindOf(label)) return;
		let row = rows.find((r) => r.label === label);
		if (!row) rows.push((row = { label }));
		const side = /收入数|预算数/.test(hit.m[2]!) ? 'budget' : 'actual';
		if (row[side]) return; // the same kind's figure printed twice: not one table's row
		row[side] = hit.num(3);
		// "；财政应返还额度实现项目支出13000.00元": an actual of its own, printed after the pair in the same sentence.
		if (side === 'actual') {
			const end = scope.src.flat.indexOf('。', hit.end);
			const rest = all(
				within(scope, hit.end, end < 0 ? scope.end : end),
				`^[；;，,]([^，,。；;：:（()）\\d]{2,30}?)NUM${unit}(?=[，,。；;]|$)`,
			);
			for (const extra of rest) if (kindOf(extra.m[1]!)) rows.push({ label: extra.m[1]!.replace(SUBJECT, ''), actual: extra.num(2) });
		}
	}
	const path = [...base, 'spendingKinds', nextKinds(scope, base)];
	if (unit === '元') putText(scope.draft, [...path, 'unit'], unit);
	putText(scope.draft, [...path, 'budgetLabel'], budgetWord);
	putText(scope.draft, [...path, 'actualLabel'], actualWord);
	rows.forEach((row, i) => {
		putText(scope.draft, [...path, 'rows', i, 'kind'], kindOf(row.label));
		putText(scope.draft, [...path, 'rows', i, 'label'], row.label);
		put(scope.draft, [...path, 'rows', i, 'budget'], row.budget);
		put(scope.draft, [...path, 'rows', i, 'actual'], row.actual);
	});
}

/** "A X 万元、B Y 万元；C Z 万元" (items may hold a bracketed "，"), from `from` to the sentence's end. */
function listedItems(scope: Scope, from: number): { label: string; hit: Hit }[] {
	const flat = scope.src.flat;
	const end = flat.indexOf('。', from);
	const stop = end < 0 ? scope.end : Math.min(end, scope.end);
	const out: { label: string; hit: Hit }[] = [];
	let depth = 0;
	let start = from;
	for (let i = from; i <= stop; i++) {
		const ch = flat[i];
		if (ch === '(' || ch === '（') depth += 1;
		else if ((ch === ')' || ch === '）') && depth) depth -= 1;
		else if (i === stop || (!depth && /[、；;，,]/.test(ch!))) {
			const hit = first(within(scope, start, i), '^(.{2,80}?)NUM万元$');
			if (!hit) return [];
			out.push({ label: hit.m[1]!, hit });
			start = i + 1;
		}
	}
	return out;
}

/**
 * 四（一）1.主要目标绩效完成情况, the Sichuan template's three paragraphs "(1)人员类支出(…)绩效目标完成情况。…",
 * "(2)部门运转类(公用经费)支出绩效目标完成情况。…", "(3)特定目标类项目支出绩效目标完成情况。…": each kind's actual
 * is the one amount its paragraph prints (a paragraph with two amounts, a budget beside the actual, is the
 * clerk's), labelled by its heading and the words before it; the projects listed after "具体项目为：" or "其中："
 * are its items. Read in the paragraph's first sentence after its heading (a PDF breaks the paragraph's lines).
 */
function readTargetKinds(scope: Scope, base: Path): void {
	const heads = all(
		scope,
		'[(（]\\d[)）]((人员类|部门运转类[(（]公用经费[)）]|特定目标类(?:项目)?)支出)(?:[(（][^)）]*[)）])?绩效目标完成情况。',
	);
	const rows: { kind: string; label: string; hit: Hit; items: { label: string; hit: Hit }[] }[] = [];
	for (const head of heads) {
		const stop = scope.src.flat.indexOf('。', head.end);
		const next = heads.find((h) => h.at > head.at)?.at ?? scope.end;
		const para = within(scope, head.end, stop < 0 ? next : Math.min(stop + 1, next));
		const list = first(para, '(?:具体项目为|其中)[：:]');
		const amounts = all(within(para, para.start, list?.at ?? para.end), '(?:^|[，,。；;：:、])([^，,。；;：:、\\d]{2,30}?)NUM万元');
		if (amounts.length !== 1) continue;
		const kind = /人员/.test(head.m[2]!) ? '人员经费' : /公用/.test(head.m[2]!) ? '公用经费' : '特定目标类';
		const words = amounts[0]!.m[1]!.replace(SUBJECT, '').replace(/(?:为|达到|达)$/, '');
		rows.push({ kind, label: `${head.m[1]}：${words}`, hit: amounts[0]!, items: list ? listedItems(scope, list.end) : [] });
	}
	if (!rows.length) return;
	const path = [...base, 'spendingKinds', nextKinds(scope, base)];
	rows.forEach((row, i) => {
		putText(scope.draft, [...path, 'rows', i, 'kind'], row.kind);
		putText(scope.draft, [...path, 'rows', i, 'label'], row.label);
		put(scope.draft, [...path, 'rows', i, 'actual'], row.hit.num(2));
		row.items.forEach((item, j) => {
			putText(scope.draft, [...path, 'rows', i, 'items', j, 'label'], item.label);
			put(scope.draft, [...path, 'rows', i, 'items', j, 'amount'], item.hit.num(2));
		});
	});
}

/** 常年项目 / 阶段（一次性）项目绩效分析: count, amount, progress, projects over 10% balance. */
function readProjectStats(scope: Scope, base: Path): void {
	const hits = all(
		scope,
		'((?:常年|阶段（一次性）|一次性|阶段性)项目)绩效分析。该类项目总数NUM个[，,]涉及预算总金额NUM万元[，,]1[—\\-－~～至]12月预算执行总体进度为NUM%[，,]其中[：:]预算结余率大于10%的项目共计NUM个',
	);
	hits.forEach((hit, i) => {
		const path = [...base, 'projectStats', i];
		putText(scope.draft, [...path, 'kind'], /常年/.test(hit.m[1]!) ? '常年' : '一次性');
		putText(scope.draft, [...path, 'label'], hit.m[1]);
		put(scope.draft, [...path, 'count'], hit.num(2));
		put(scope.draft, [...path, 'amount'], hit.num(3));
		put(scope.draft, [...path, 'progress'], hit.num(4));
		put(scope.draft, [...path, 'overBalance'], hit.num(5));
	});
}

/** Units a stated count or amount is printed in (a number without one, a year or a page, is not stated). */
const COUNT_UNITS = '人次|万人|万元|人|家|场|项|个|条|名|户|件|台|套|元';
/** A work report's prose also counts times (开展集中政策宣传4次). */
const PROSE_UNITS = `${COUNT_UNITS}|次`;

/** How `readStatedValues` reads a passage: a report's clauses, or a work report's prose (`prose`). */
export interface StatedReading {
	/**
	 * In a grid form the label and number share a printed line: a label cell above a number cell is the form's
	 * grid, not a clause. A PDF's form passes which lines print one row.
	 */
	sameLine?: boolean | ((labelLine: number, numberLine: number) => boolean);
	/**
	 * The 概况's "重点工作完成情况" (seed 002): every number printed with a unit or % is a figure of the work
	 * reported, and each item records its `section`.
	 */
	prose?: { section: string };
}

/**
 * The values a report states in prose for its measures and work: "退休人员社会化管理率达到100%", "评价综合得分为
 * 99.97分", "该项目预算金额173246.00元", "办理社会保险关系转移320人", "开展政策宣传12场" → statedAmounts of the
 * evaluation, labelled by the words printed before the number from the last punctuation (a leading 该/此, a
 * 目前/当前 that dates the clause, a 含/包括 that opens a list, and a linking 为/达到/达/共计/合计 dropped; a year
 * opening the words, "2021年省级财政…资金共计13.07万元", belongs to the label), the number following them at once (a formula's "=100/100=100%" is no such clause).
 * A % or 分 is stated only for words that name a measure (…率, …度, …金额, …得分); a count or amount needs its
 * unit (人, 家, 场, 台, 万元 …). Labels of three characters at least (a bare 执行率 names nothing); a number printed
 * with a qualifier (170余家, 近27000人) is left for the clerk, who writes the qualifier. A number a template sentence
 * already placed is not stated again; each label and value once, in the order printed, after the amounts the
 * form's text cells gave. In a grid form (`sameLine`) the label and number share a printed line: a label cell
 * above a number cell is the form's grid, not a clause. A PDF's form passes which lines print one row (a cell's
 * text wrapped over lines, "该项目" / "预算金额173246.00元", is one clause).
 *
 * A work report's prose (`prose`: "已完成2014年-2020年794名退休“中人”待遇兑现，共计补发待遇3704.48万元") reports its
 * work in figures: every number printed with a unit (人, 人次, 条, 件, 次 …) or % is one, wherever the clause goes on
 * ("794名退休…", "2412人次共计453.49万元"), the words before it from the last punctuation or figure its label
 * (a year's 年 and a 其中 dropped; none left: the words after the unit, "41个小项" → 小项, else the clause's last
 * label, "发放生活补贴2412人次共计453.49万元" → 发放生活补贴 twice). "N余" / "N万余" keeps the unit as printed (万元,
 * 万条) and the words in `printedAs` ("713万余元"); 近/约/逾 before, 以上/以下/左右 after, and a number in words
 * (三个险种) are left to the clerk. Years, months, document and window numbers print no unit: never figures.
 * Items after "其中" (to the sentence's end, or the bracket's close for "（其中…）") with the unit of the figure
 * before it take that figure's label as `group`.
 */
export function readStatedValues(scope: Scope, base: Path, how: StatedReading = {}): void {
	const { sameLine = false, prose } = how;
	const placed = new Set(scope.draft.placements.map((p) => p.offset));
	const path = [...base, 'statedAmounts'];
	const seen = new Set<string>();
	let n = (getAt(scope.draft.data, path) as unknown[] | undefined)?.length ?? 0;
	const label = '(?:\\d{4}年度?)?[^，,。；;：:（）()\\d=＝/／\\s“”"≥≤<>＜＞]{3,30}?';
	const source = prose
		? `(?:该|此|截至目前|目前|当前|含|包括)?([^，,。；;：:、（）()\\d=＝/／\\s≥≤<>＜＞%.]{0,30}?)(?:为|达到|达|共计|合计)?(?<![\\d.,])NUM(万余|余)?(%|${PROSE_UNITS})`
		: `(?:^|[，,。；;：:、）)])(?:该|此|目前|当前|含|包括)?(${label}(?:率|度|金额|得分)(?=(?:为|达到|达)?[\\d.]+[%分])|${label})(?:为|达到|达|共计|合计)?NUM(%|分|${COUNT_UNITS})(?=[，,。；;、）)]|$)`;
	let lastLabel: string | undefined;
	let lastEnd = scope.start;
	let group: { label: string; unit: string; close: number } | undefined;
	let total: { label: string; unit: string } | undefined;
	for (const hit of all(scope, source)) {
		const num = hit.num(2);
		const labelAt = scope.start + hit.m.indices![1]![0];
		const labelLine = scope.src.lineOf[labelAt]!;
		const together = typeof sameLine === 'function' ? sameLine(labelLine, num?.line ?? 0) : !sameLine || labelLine === num?.line;
		if (!num || placed.has(num.offset) || !together) continue;
		if (prose) {
			const qualified = hit.m[3];
			const unit = qualified === '万余' ? `万${hit.m[4]}` : hit.m[4]!;
			const after = scope.src.flat.slice(hit.end, scope.end);
			if (group && labelAt > group.close) group = undefined;
			const words = hit.m[1]!.replace(/^[年月日]?[-–—~～至]*/, '');
			if (/^其中/.test(words) && total) {
				const bracket = scope.src.flat[labelAt - 1];
				const close = /[（(]/.test(bracket ?? '') ? after.search(/[）)]/) : after.search(/。/);
				group = { ...total, close: close < 0 ? scope.end : hit.end + close };
			}
			if (/(?:[近约逾超]|不少于|不低于|不高于|不超过|不多于)$/.test(words) || /^(?:以上|以下|左右)/.test(after)) continue;
			const clause = scope.src.flat.slice(Math.max(scope.start, lastEnd, labelAt - 40), labelAt);
			const name =
				words.replace(/^其中/, '') ||
				/^[^，,。；;：:、（）()\d%]{1,20}/.exec(after)?.[0] ||
				(lastEnd > scope.start && !/[，,。；;：:、（）()]/.test(clause)
					? lastLabel
					: /([^，,。；;：:、（）()\d]{1,30})[，,；;：:]$/.exec(clause)?.[1]);
			if (!name) continue;
			putText(scope.draft, [...path, n, 'label'], name);
			put(scope.draft, [...path, n, 'amount'], num);
			if (unit !== '万元') putText(scope.draft, [...path, n, 'unit'], unit);
			if (qualified) putText(scope.draft, [...path, n, 'printedAs'], `${num.printed}${qualified}${hit.m[4]}`);
			const inGroup = group && group.unit === unit && group.label !== name;
			if (inGroup) putText(scope.draft, [...path, n, 'group'], group!.label);
			else total = { label: name, unit };
			putText(scope.draft, [...path, n, 'section'], prose.section);
			lastLabel = name;
			lastEnd = hit.end;
			n += 1;
			continue;
		}
		if (/^[%分]$/.test(hit.m[3]!) && (!/(?:率|度|金额|得分)$/.test(hit.m[1]!) || hit.m[1]!.length < 4)) continue;
		if (/(?:[近约逾超]|不少于|不低于|不高于|不超过|不多于|以上|以下)$/.test(hit.m[1]!)) continue;
		const key = `${hit.m[1]}|${num.value}|${hit.m[3]}`;
		if (seen.has(key)) continue;
		seen.add(key);
		putText(scope.draft, [...path, n, 'label'], hit.m[1]);
		put(scope.draft, [...path, n, 'amount'], num);
		if (hit.m[3] !== '万元') putText(scope.draft, [...path, n, 'unit'], hit.m[3]);
		n += 1;
	}
	qualifyElidedSubjects(scope.src, scope.draft, path);
}

/** Reads a department report's text (flat offsets [start, end)) into `evaluations[index]`. */
export function readDepartmentReport(scope: Scope, index: number): void {
	const base = ['evaluations', index];
	readFunds(scope, base);
	readSpendingKinds(scope, base);
	readBracketedKinds(scope, base);
	readTargetKinds(scope, base);
	readProjectStats(scope, base);
}

/**
 * A project report without a 预算执行情况 table (no form of its own) states its budget in the 资金到位 sentence:
 * "此项目资金 X 万元，于 2025 年年初 / 年中由市级财政批复并下达预算指标，到位率 100%" and "资金支付完成 P%". That is
 * the one row 项目资金: X is the 年初预算数 when the budget came 年初, the 调整后预算数 when it came 年中 (a
 * mid-year allotment adjusts the year's budget), and the 到位数 only when the 到位率 printed is 100 (the same
 * printed X; any other rate would need a product the document does not print); the 支付完成率 is its 执行率.
 * A sentence that names neither 年初 nor 年中 gives no budget row.
 */
function readBudgetSentence(scope: Scope, index: number): void {
	const rows = ['evaluations', index, 'budget', 'rows'];
	if (getAt(scope.draft.data, rows) !== undefined) return;
	const hit = first(scope, '此(项目资金)NUM万元[，,](?:于)?\\d{4}年(年初|年中|初|中)[^。]{0,20}?批复并下达预算指标[，,]到位率NUM%');
	const amount = hit?.num(2);
	if (!hit || !amount) return;
	const row = [...rows, 0];
	putText(scope.draft, [...row, 'label'], hit.m[1]);
	put(scope.draft, [...row, /初/.test(hit.m[3]!) ? 'initial' : 'adjusted'], amount);
	if (hit.num(4)?.value === 100) put(scope.draft, [...row, 'arrived'], amount);
	put(scope.draft, [...row, 'rate'], first(scope, '资金支付完成(?:率)?(?:为|达)?NUM%')?.num(1));
}

/**
 * A project report's 项目资金申报及使用情况 in its template sentences: "申报 X 万元", "财政批复 X 万元", "追加…X 万元",
 * "实际批复支出 X 万元", "此项目资金 X 万元，…批复并下达…", "到位率 P%", "资金支付完成 P%", 分配管理's "资金用于 A X 万元，
 * B Y 万元" (allocation), and the formulas
 * "资金到位率=（实际到位资金/预算资金）*100%=A/B=P%", "预算执行率=（实际支出资金/实际到位资金）*100%=A/B=P%".
 */
export function readProjectReport(scope: Scope, index: number): void {
	const flow = ['evaluations', index, 'fundingFlow'];
	const d = scope.draft;
	const arrival = first(scope, '资金到位率[=＝][（(]实际到位资金/预算资金[）)][*×]100%[=＝]NUM/NUM[=＝]NUM%');
	if (arrival) {
		put(d, [...flow, 'arrived'], arrival.num(1));
		put(d, [...flow, 'approved'], arrival.num(2));
		put(d, [...flow, 'arrivalRate'], arrival.num(3));
	}
	const execution = first(scope, '预算执行率[=＝][（(]实际支出资金/实际到位资金[）)][*×]100%[=＝]NUM/NUM[=＝]NUM%');
	if (execution) {
		put(d, [...flow, 'spent'], execution.num(1));
		put(d, [...flow, 'executionRate'], execution.num(3));
	}
	const requested = first(scope, '申报(?:预算)?NUM万元');
	put(d, [...flow, 'requested'], requested?.num(1));
	const approved = first(scope, '财政批复NUM万元|此项目资金NUM万元[^。]{0,30}?批复并下达');
	put(d, [...flow, 'approved'], approved?.num(1) ?? approved?.num(2));
	readBudgetSentence(scope, index);
	// 分配管理: "预算资金用于杰迪项目 126.4 万元，华南大桥项目 8.51 万元，…" (the places the money went, in order).
	const allocation = first(scope, '分配[^。：:]{0,6}[：:][^。]{0,40}?资金用于(?=[^。，,；;、\\d]{1,30}NUM万元)');
	if (allocation)
		items(scope, allocation.end).forEach((item, i) => {
			putText(d, [...flow, 'allocation', i, 'label'], item.label);
			put(d, [...flow, 'allocation', i, 'amount'], item.hit.num(2));
		});
	put(d, [...flow, 'added'], first(scope, '追加[^。，,；]{0,20}?NUM万元')?.num(1));
	put(d, [...flow, 'adjusted'], first(scope, '实际批复支出NUM万元')?.num(1));
	put(d, [...flow, 'arrivalRate'], first(scope, '到位率(?:为|达)?NUM%')?.num(1));
	put(d, [...flow, 'paymentRate'], first(scope, '资金支付完成(?:率)?(?:为|达)?NUM%')?.num(1));
	put(d, ['evaluations', index, 'totalScore'], first(scope, '自评(?:总)?得分(?:为)?NUM分')?.num(1));
	readStatedValues(scope, ['evaluations', index]);
}

/** The department report's own 自评得分 ("自评得分为 90 分"). */
export function readDepartmentScore(scope: Scope, index: number): void {
	put(scope.draft, ['evaluations', index, 'totalScore'], first(scope, '自评(?:总)?得分(?:为)?NUM分')?.num(1));
	readStatedValues(scope, ['evaluations', index]);
}
