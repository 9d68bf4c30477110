/**
 * The 说明 of a 部门决算 read into final-accounts.yaml: each template sentence ("本年收入合计XX万元，其中：…占XX%")
 * fills the schema field it describes (src/core/schema/final-accounts.ts). Sentences are matched on the flat text
 * of their own section only, so a figure can never land in another section's field.
 */
import { put, putText } from './draft.ts';
import { EXPENDITURE_LABELS as EXPENDITURE_NAMES, INCOME_LABELS as INCOME_NAMES } from '../rules/final-accounts.ts';
import { expenditureKinds, incomeSources } from '../schema/final-accounts.ts';
import { lineAt } from './text.ts';
import { all, first, placeChange, placeFirst, placeShared, within, type Scope } from './match.ts';
import { subSections, type SectionRange } from './sections.ts';

/** Printed labels of 本年收入 by source and 本年支出 by kind (sections 二, 三), schema key first: the model's own labels. */
const INCOME_LABELS = incomeSources.map((k) => [k, INCOME_NAMES[k]] as const);
const EXPENDITURE_LABELS = expenditureKinds.map((k) => [k, EXPENDITURE_NAMES[k]] as const);

/**
 * 一 and 四: "收入、支出总计均为X万元" prints one number for both totals. Without 均为/各为 ("收、支总计580.44万元",
 * Shanghai's "收入支出总计X万元") the figure is a combined one: it goes to statedCombined, and the two totals come
 * from "其中收入总计…，支出总计…" or from the printed summary table, or stay empty for the clerk.
 */
function readTotals(scope: Scope, key: 'totals' | 'fiscalTotals'): void {
	const hit = first(scope, '收(?:入)?、?支(?:出)?总计(均为|各为|均)?(?:为|是)?NUM万元');
	if (hit?.m[1]) {
		put(scope.draft, [key, 'income'], hit.num(2));
		put(scope.draft, [key, 'expenditure'], hit.num(2));
	} else if (hit) {
		put(scope.draft, [key, 'statedCombined'], hit.num(2));
		placeFirst(scope, [key, 'income'], '(?<!、)收入总计(?:为)?NUM万元');
		placeFirst(scope, [key, 'expenditure'], '(?<![、入])支出总计(?:为)?NUM万元');
	}
	placeChange(within(scope, hit?.end ?? scope.start), [key, 'change']);
}

function readIncome(scope: Scope, fiscalIsGeneralBudget: boolean): void {
	placeFirst(scope, ['income', 'total'], '本年收入合计(?:为)?NUM万元');
	for (const [key, label] of INCOME_LABELS) placeShared(scope, ['income', key], label);
	// Shanghai prints "财政拨款收入X万元"; when its summary table has only 一般公共预算 income, that is the one.
	if (fiscalIsGeneralBudget) placeShared(scope, ['income', 'generalBudget'], '财政拨款收入');
}

function readExpenditure(scope: Scope): void {
	placeFirst(scope, ['expenditure', 'total'], '本年支出合计(?:为)?NUM万元');
	for (const [key, label] of EXPENDITURE_LABELS) placeShared(scope, ['expenditure', key], label);
}

/** 五: （一）总体 (amount, share, change), （二）结构 by 类, （三）具体 by 类/款/项. */
function readGeneralBudget(scope: Scope, range: SectionRange): void {
	const parts = subSections(scope.src, range);
	const [s1, e1] = parts.get(1) ?? [scope.start, scope.end];
	const overall = within(scope, s1, e1);
	const amount = placeFirst(overall, ['generalBudget', 'amount'], '一般公共预算财政拨款支出(?:决算)?(?:为)?NUM万元');
	placeFirst(overall, ['generalBudget', 'shareOfExpenditure'], '占本年支出合计的?NUM%');
	placeChange(within(overall, amount?.end ?? s1), ['generalBudget', 'change']);

	const structure = parts.get(2);
	if (structure) {
		const s = within(scope, ...structure);
		const list = first(s, '主要用于以下方面[:：]?');
		const items = all(within(s, list?.end ?? s.start), '([^，,；;：:。%0-9]+?)(?:（类）)?NUM万元[，,]?占NUM%');
		items.forEach((hit, i) => {
			putText(scope.draft, ['generalBudget', 'byCategory', i, 'name'], hit.m[1]!.replace(/^其中/, ''));
			put(scope.draft, ['generalBudget', 'byCategory', i, 'amount'], hit.num(2));
			put(scope.draft, ['generalBudget', 'byCategory', i, 'share'], hit.num(3));
		});
	}

	const detail = parts.get(3);
	if (detail) readDetail(within(scope, ...detail));
}

/**
 * 五（三）: the total line, then one numbered paragraph per 项级科目 ("1、社会保障和就业（类）…（款）…（项）：支出决算为
 * X万元，完成预算Y%"), or per 类 with its 款/项 as "（1）…" under it (002: "1.社会保障和就业（208类）支出决算数为253.59
 * 万元，其中：（1）人力资源和社会保障管理事务（01款）行政运行（01项）: 支出决算为142.34万元…").
 */
function readDetail(scope: Scope): void {
	const heads = all(scope, '(?<=^|[。：:；;])\\d{1,2}[、.．](?!\\d)(?=[^（(。]{1,30}[（(](?:\\d{3})?类[）)])');
	const intro = within(scope, scope.start, heads[0]?.at ?? scope.end);
	placeFirst(intro, ['generalBudget', 'detail', 'total'], '(?:支出)?决算(?:数)?为NUM(?:万元)?');
	placeFirst(intro, ['generalBudget', 'detail', 'completion'], '完成(?:年初|全年)?预算(?:数)?的?NUM%');
	let items = 0;
	let categories = 0;
	heads.forEach((h, k) => {
		const para = within(scope, h.end, heads[k + 1]?.at ?? scope.end);
		const category = first(para, '^([^（(]+)[（(](\\d{3})?类[）)]');
		const subs = all(para, '[（(]\\d{1,2}[）)](?=[^（(]{1,30}[（(](?:\\d{2})?款[）)])');
		if (category && subs.length && !first(within(para, category.end, category.end + 30), '^[^（(]+[（(](?:\\d{2})?款')) {
			const total = first(within(para, category.end, subs[0]!.at), '决算(?:数)?为NUM万元');
			if (total) {
				const path = ['generalBudget', 'detail', 'categoryTotals', categories++] as const;
				putText(scope.draft, [...path, 'name'], category.m[1]);
				putText(scope.draft, [...path, 'code'], category.m[2]);
				put(scope.draft, [...path, 'amount'], total.num(1));
			}
			subs.forEach((sub, j) => {
				const item = within(para, sub.end, subs[j + 1]?.at ?? para.end);
				const names = first(item, '^([^（(]+)[（(](\\d{2})?款[）)](.+?)(?:[（(](\\d{2})?项[）)])?[。：:]');
				if (names) readItem(item, items++, [category.m[1], names.m[1], names.m[3]], [category.m[2], names.m[2], names.m[4]]);
			});
			return;
		}
		const names = first(para, '^([^（(]+)[（(](\\d{3})?类[）)]([^（(]+)[（(](\\d{2})?款[）)](.+?)(?:[（(](\\d{2})?项[）)])?[。：:]');
		if (names) readItem(para, items++, [names.m[1], names.m[3], names.m[5]], [names.m[2], names.m[4], names.m[6]]);
	});
}

/** One 项级科目 paragraph: names (类, 款, 项), the code when all three parts print one, amount, budget, completion. */
function readItem(item: Scope, i: number, names: readonly (string | undefined)[], codes: readonly (string | undefined)[]): void {
	const path = ['generalBudget', 'detail', 'items', i] as const;
	if (codes.every(Boolean)) putText(item.draft, [...path, 'code'], codes.join(''));
	putText(item.draft, [...path, 'category'], names[0]);
	putText(item.draft, [...path, 'section'], names[1]);
	putText(item.draft, [...path, 'item'], names[2]);
	placeFirst(item, [...path, 'amount'], '支出决算(?:数)?为NUM万?元?');
	placeFirst(item, [...path, 'budget'], '(?:年初|全年|调整后)预算(?:数)?为NUM万元');
	placeFirst(item, [...path, 'completion'], '完成(?:全年|年初)?预算(?:数)?的?NUM%');
	putText(item.draft, [...path, 'remark'], first(item, '(决算数(?:等于|与)(?:全年)?预算数(?:持平)?。)')?.m[1]);
}

/** 六: 基本支出 total, 人员经费 and 公用经费 with the items they list (amounts where printed). */
function readBasic(scope: Scope): void {
	placeFirst(scope, ['basicExpenditure', 'total'], '基本支出(?:决算)?(?:为)?NUM万元');
	for (const [key, label] of [
		['personnel', '人员经费'],
		['publicUse', '公用经费'],
	] as const) {
		const hit = placeFirst(scope, ['basicExpenditure', key, 'amount'], `${label}(?:支出)?(?:为)?NUM万元`);
		if (!hit) continue;
		const list = first(within(scope, hit.end), '^[，,]?主要包括[:：]([^。；;]*)');
		if (!list) continue;
		const names = list.m[1]!.replace(/[（(]不涉及的不列[）)]/g, '')
			.replace(/等$/, '')
			.split(/[、，,]+/)
			.filter(Boolean);
		const itemScope = within(scope, list.at, list.end);
		let cursor = itemScope.start;
		names.forEach((raw, i) => {
			const m = /^(.+?)(?:(\d[\d,]*(?:\.\d+)?)万元)?$/.exec(raw);
			if (!m) return;
			putText(scope.draft, ['basicExpenditure', key, 'items', i, 'name'], m[1]!.replace(/等$/, ''));
			if (m[2]) {
				const amount = first(within(itemScope, cursor), `${escape(m[1]!)}NUM万元`);
				if (amount) {
					put(scope.draft, ['basicExpenditure', key, 'items', i, 'amount'], amount.num(1));
					cursor = amount.end;
				}
			}
		});
	}
}

/** 八 and 九: "政府性基金预算财政拨款支出X万元，占本年支出合计的Y%", change. */
function readOtherBudget(scope: Scope, key: 'governmentFund' | 'stateCapital', label: string): void {
	const hit = placeFirst(scope, [key, 'amount'], `${label}(?:财政拨款)?支出(?:决算)?(?:为)?NUM万元`);
	const none = hit ? undefined : first(scope, `无${label}(?:财政拨款)?(?:收入和)?支出`);
	if (none) put(scope.draft, [key, 'amount'], { value: 0, printed: '无', offset: none.at, line: lineAt(scope.src, none.at) });
	placeFirst(scope, [key, 'shareOfExpenditure'], '占本年支出合计的?NUM%');
	placeChange(within(scope, hit?.end ?? scope.start), [key, 'change']);
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export { readTotals, readIncome, readExpenditure, readGeneralBudget, readBasic, readOtherBudget };
