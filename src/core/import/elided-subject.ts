/**
 * A stated figure whose clause leaves out its subject, the way a list of parallel clauses does: "东区基本养老保险参保
 * 49506人，基金征缴54592.98万元；…工伤保险参保26275人，基金征缴1776.38万元". The same bare label ("基金征缴")
 * printed several times in one passage, each time in the clause right after another stated figure of its sentence
 * (only that figure's unit and a comma between), names a figure of that clause's subject. Each takes the words of
 * its antecedent's label less the last word (two characters) all the antecedents end with, their shared verb (here
 * 参保): "工伤保险基金征缴"; the subject is the whole antecedent when they share none. A label printed once, or not
 * right after a stated figure, stays as printed: one clause alone does not show where its subject ends. The clerk
 * checks these labels like every stated label (a shared last word may be a noun: "杰迪公司项目71人，安置资金…").
 */
import { getAt, pathText, type Draft, type Path } from './draft.ts';
import type { SourceText } from './text.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Stated = { label?: string; unit?: string };

/** The last word (two characters, as 参保, 缴费, 发放) when all the labels end with it, else nothing. */
function sharedLastWord(words: readonly string[]): string {
	const last = words[0]!.slice(-2);
	return words.every((w) => w.endsWith(last)) ? last : '';
}

/** Gives the repeated bare labels of the statedAmounts at `path` their antecedent's subject (see above). */
export function qualifyElidedSubjects(src: SourceText, draft: Draft, path: Path): void {
	const items = getAt(draft.data, path) as Stated[] | undefined;
	if (!items || items.length < 3) return;
	const at = new Map(draft.placements.map((p) => [p.path, p]));
	const amount = (i: number) => at.get(`${pathText([...path, i])}.amount`);
	// [item, antecedent] pairs whose clauses follow each other in one sentence.
	const pairs: [number, number][] = [];
	for (let i = 1; i < items.length; i++) {
		const [before, own] = [amount(i - 1), amount(i)];
		const label = items[i]!.label;
		if (!before || !own || !label || !items[i - 1]!.label) continue;
		const gap = src.flat.slice(before.offset + before.printed.length, own.offset);
		const unit = items[i - 1]!.unit ?? '万元';
		if (new RegExp(`^${escape(unit)}[，,]${escape(label)}(?:为|达到|达|共计|合计)?$`).test(gap)) pairs.push([i, i - 1]);
	}
	const byLabel = new Map<string, [number, number][]>();
	for (const pair of pairs) {
		const label = items[pair[0]]!.label!;
		byLabel.set(label, [...(byLabel.get(label) ?? []), pair]);
	}
	for (const [label, group] of byLabel) {
		if (group.length < 2) continue;
		const antecedents = group.map(([, a]) => items[a]!.label!);
		const verb = sharedLastWord(antecedents);
		const subjects = antecedents.map((a) => a.slice(0, a.length - verb.length));
		if (subjects.some((s) => s.length < 2)) continue;
		group.forEach(([i], k) => (items[i]!.label = `${subjects[k]}${label}`));
	}
}
