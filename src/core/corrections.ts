/**
 * 更正记录: for each correction an entry declares (date + reason as given), the figures that changed and their
 * old and new values, computed by comparing the entry's versions. Pure: the versions come in as parsed YAML
 * (read from git history by src/lib/history.ts); nothing here is written by hand.
 */
import type { z } from 'astro/zod';
import { finalAccountsSchema } from './schema/final-accounts.ts';
import { performanceSchema } from './schema/performance.ts';

/** One version of an entry's data files, oldest first; `commit` is absent for the working copy. */
export interface EntryVersion {
	commit?: string;
	index: unknown;
	finalAccounts?: unknown;
	performance?: unknown;
}

/** One printed figure that a correction changed. */
export interface FigureChange {
	/** Dotted path in the entry, e.g. `finalAccounts.income.total`. */
	path: string;
	/** What the figure is called (the field's description and the row it sits in). */
	label: string;
	old: number | null;
	new: number | null;
}

export interface Correction {
	date: string;
	reason: string;
	docNumber?: string;
	/** The figures that changed; null when the history needed to compute them is not available. */
	changes: FigureChange[] | null;
}

type Declared = { date: string; reason: string; docNumber?: string };

const declaredCount = (v: EntryVersion): number => {
	const c = (v.index as { corrections?: unknown } | null)?.corrections;
	return Array.isArray(c) ? c.length : 0;
};

/**
 * The corrections of an entry. Correction i was introduced by the first version declaring i+1 corrections; its
 * "before" is the version just before that, its "after" the last version before the next correction.
 */
export function correctionsOf(declared: readonly Declared[], versions: readonly EntryVersion[]): Correction[] {
	return declared.map((c, i) => {
		const intro = versions.findIndex((v) => declaredCount(v) > i);
		const next = versions.findIndex((v) => declaredCount(v) > i + 1);
		const before = intro > 0 ? versions[intro - 1] : undefined;
		const after = intro >= 0 ? versions[(next < 0 ? versions.length : next) - 1] : undefined;
		return {
			date: c.date,
			reason: c.reason,
			...(c.docNumber ? { docNumber: c.docNumber } : {}),
			changes: before && after ? diffFigures(before, after) : null,
		};
	});
}

/** Every numeric leaf of the two documents, by dotted path. */
function figures(v: EntryVersion): Map<string, { value: number; label: string }> {
	const out = new Map<string, { value: number; label: string }>();
	const walk = (node: unknown, path: string, rows: string[], schema: z.ZodType | undefined) => {
		if (typeof node === 'number') out.set(path, { value: node, label: [...rows, describeOf(schema)].filter(Boolean).join(' · ') });
		else if (Array.isArray(node))
			node.forEach((item, i) => walk(item, `${path}[${i}]`, [...rows, rowName(item) ?? `第 ${i + 1} 行`], elementOf(schema)));
		else if (node && typeof node === 'object') {
			for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`, rows, fieldOf(schema, key));
		}
	};
	walk(v.finalAccounts, 'finalAccounts', [], finalAccountsSchema);
	walk(v.performance, 'performance', [], performanceSchema);
	return out;
}

/** The figures that differ between two versions, in the newer version's order (removed ones last). */
export function diffFigures(before: EntryVersion, after: EntryVersion): FigureChange[] {
	const a = figures(before);
	const b = figures(after);
	const changes: FigureChange[] = [];
	for (const [path, { value, label }] of b) {
		const old = a.get(path)?.value ?? null;
		if (old !== value) changes.push({ path, label, old, new: value });
	}
	for (const [path, { value, label }] of a) if (!b.has(path)) changes.push({ path, label, old: value, new: null });
	return changes;
}

/** The name a list item goes by on the page (a row's label, an evaluation's title, an indicator's name). */
function rowName(item: unknown): string | undefined {
	if (!item || typeof item !== 'object') return undefined;
	const o = item as Record<string, unknown>;
	for (const key of ['label', 'title', 'name', 'item', 'level3', 'subject', 'use', 'type', 'description'])
		if (typeof o[key] === 'string') return o[key] as string;
	return undefined;
}

// Walking the zod schema only to read field descriptions: unwrap optional/default/pipe layers to the object or array.
type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (s: z.ZodType | undefined): Def | undefined => (s as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
	for (let i = 0; s && i < 10; i++) {
		const d = defOf(s)!;
		if (d.innerType) s = d.innerType;
		else if (d.type === 'pipe' && d.in) s = d.in;
		else return s;
	}
	return s;
}
const fieldOf = (s: z.ZodType | undefined, key: string) => defOf(unwrap(s))?.shape?.[key];
const elementOf = (s: z.ZodType | undefined) => defOf(unwrap(s))?.element;

function describeOf(s: z.ZodType | undefined): string {
	for (let i = 0; s && i < 10; i++) {
		if (s.description) return s.description;
		const d = defOf(s)!;
		s = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
	}
	return '';
}
