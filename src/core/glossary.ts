/**
 * 名词解释 merged across the whole site: one entry per term, its distinct definitions (wordings differ between
 * units and years) and, for each wording, the unit-years that print it. Pure: entries come in as data.
 */
import type { Disclosure } from './schema/disclosure.ts';

/** One unit-year that uses a term. */
export interface GlossaryUse {
	unit: string;
	year: number;
}

export interface GlossaryDefinition {
	text: string;
	usedBy: GlossaryUse[];
}

export interface GlossaryEntry {
	term: string;
	/** Stable fragment id for `/glossary/#…`. */
	anchor: string;
	/** Distinct wordings, the most widely used first. */
	definitions: GlossaryDefinition[];
}

/** Leading numbering and trailing punctuation are layout, not part of a term: "1.财政拨款收入：" → "财政拨款收入". */
export function normaliseTerm(term: string): string {
	return term
		.replace(/[\s\u3000]+/g, '')
		.replace(/^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/, '')
		.replace(/[：:。．.]+$/, '');
}

/** Definitions differing only in spacing or final punctuation are the same wording. */
const definitionKey = (text: string) => text.replace(/[\s\u3000]+/g, '').replace(/[。．.]+$/, '');

const collator = new Intl.Collator('zh-CN');

/** Merges the 名词解释 of every unit-year; terms sorted in Chinese (pinyin) order. */
export function mergeGlossary(disclosures: readonly Pick<Disclosure, 'unit' | 'year' | 'finalAccounts'>[]): GlossaryEntry[] {
	const byTerm = new Map<string, Map<string, GlossaryDefinition>>();
	// A wording shared by thousands of unit-years: who already counts is a set, not a search of usedBy.
	const counted = new Set<string>();
	for (const d of disclosures) {
		for (const { term, definition } of d.finalAccounts?.glossary ?? []) {
			const name = normaliseTerm(term);
			if (!name) continue;
			const defs = byTerm.get(name) ?? new Map<string, GlossaryDefinition>();
			byTerm.set(name, defs);
			const key = definitionKey(definition);
			const def = defs.get(key) ?? { text: definition.trim(), usedBy: [] };
			defs.set(key, def);
			const use = `${name}\u0000${key}\u0000${d.unit}/${d.year}`;
			if (!counted.has(use)) {
				counted.add(use);
				def.usedBy.push({ unit: d.unit, year: d.year });
			}
		}
	}
	const byUse = (a: GlossaryUse, b: GlossaryUse) => b.year - a.year || a.unit.localeCompare(b.unit);
	return [...byTerm.entries()]
		.map(([term, defs]) => ({
			term,
			anchor: `term-${term}`,
			definitions: [...defs.values()]
				.map((def) => ({ ...def, usedBy: [...def.usedBy].sort(byUse) }))
				.sort((a, b) => b.usedBy.length - a.usedBy.length || byUse(a.usedBy[0], b.usedBy[0])),
		}))
		.sort((a, b) => collator.compare(a.term, b.term));
}
