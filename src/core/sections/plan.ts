/**
 * Page plan of a 部门决算: which sections the narrative places, which figures it places itself, and which
 * sections with data the page must add after the narrative (in template order) so nothing printed is lost.
 */
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { FINAL_ACCOUNTS_SECTIONS, parseNarrativeTree, type FinalAccountsSection } from '../mdx-safety.ts';
import type { Disclosure } from '../schema/disclosure.ts';
import { deriveFigure, figureNo, figuresOfSection, type FigureNo, type FigureSpec } from '../figures/index.ts';

export interface Placements {
	/** `<Section id>` values in narrative order. */
	sections: FinalAccountsSection[];
	/** `<Figure no>` values anywhere in the narrative. */
	figures: FigureNo[];
}

const isSection = (id: string): id is FinalAccountsSection => (FINAL_ACCOUNTS_SECTIONS as readonly string[]).includes(id);

/** Reads the placements from a narrative's MDX source (already checked safe by the build). */
export function narrativePlacements(source: string | undefined): Placements {
	return source ? placementsOf(parseNarrativeTree(source)) : { sections: [], figures: [] };
}

/** The placements of an already-parsed narrative (the build parses each narrative once). */
export function placementsOf(tree: Root): Placements {
	const out: Placements = { sections: [], figures: [] };
	visit(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
		const value = attr(node.name === 'Section' ? 'id' : 'no');
		if (typeof value !== 'string') return;
		if (node.name === 'Section' && isSection(value) && !out.sections.includes(value)) out.sections.push(value);
		const no = node.name === 'Figure' ? figureNo(value) : undefined;
		if (no && !out.figures.includes(no)) out.figures.push(no);
	});
	return out;
}

/** Whether a section has anything to show: printed data, a template figure, or findings anchored to it. */
export function sectionHasContent(
	section: FinalAccountsSection,
	d: Disclosure,
	anchors: ReadonlySet<string> = new Set(),
	hasUnitProfile = false,
): boolean {
	if (anchors.has(section)) return true;
	const fa = d.finalAccounts;
	switch (section) {
		case 'overview':
			return hasUnitProfile || d.staffing.length > 0 || d.organisation.length > 0;
		case 'glossary':
			return (fa?.glossary.length ?? 0) > 0;
		case 'attachments':
			return (fa?.attachments.length ?? 0) > 0;
		case 'appendixTables':
			return (fa?.appendixTables.length ?? 0) > 0 || Object.keys(fa?.tables ?? {}).length > 0;
		default:
			return fa?.[section] !== undefined;
	}
}

export interface PagePlan {
	/** Every section on the page, in page order (for the table of contents). */
	order: FinalAccountsSection[];
	/** Sections with content the narrative leaves out, to render just before a narrative section. */
	before: Partial<Record<FinalAccountsSection, FinalAccountsSection[]>>;
	/** Sections with content the narrative leaves out, to render after the narrative. */
	after: FinalAccountsSection[];
	/** Figures the narrative places itself with `<Figure no>`. */
	placedFigures: FigureNo[];
}

const rank = (s: FinalAccountsSection) => FINAL_ACCOUNTS_SECTIONS.indexOf(s);

/**
 * Plans the page from the entry and its narrative's placements. A section the narrative leaves out goes in
 * front of the first narrative section that comes later in the template, so the page keeps the
 * template's order without touching the narrative's own order.
 */
export function planPage(
	d: Disclosure,
	placements: Placements | undefined,
	anchors: ReadonlySet<string> = new Set(),
	hasUnitProfile = false,
): PagePlan {
	const p = placements ?? { sections: [], figures: [] };
	const missing = FINAL_ACCOUNTS_SECTIONS.filter((s) => !p.sections.includes(s) && sectionHasContent(s, d, anchors, hasUnitProfile));
	const before: PagePlan['before'] = {};
	const order: FinalAccountsSection[] = [];
	let left = missing;
	for (const s of p.sections) {
		const ahead = left.filter((m) => rank(m) < rank(s));
		if (ahead.length) before[s] = ahead;
		left = left.filter((m) => !ahead.includes(m));
		order.push(...ahead, s);
	}
	return { order: [...order, ...left], before, after: left, placedFigures: p.figures };
}

/** The template figures a section shows after its tables: those the narrative did not place itself. */
export function sectionFigures(section: string, d: Disclosure, placed: readonly FigureNo[]): FigureSpec[] {
	return figuresOfSection(section)
		.filter((no) => !placed.includes(no))
		.flatMap((no) => deriveFigure(no, d) ?? []);
}

/** Findings anchored neither to a 部门决算 section nor to an evaluation: shown at the end so none is lost. */
export function strayFindings<F extends { anchor: string }>(findings: readonly F[], d: Disclosure): F[] {
	const known = new Set<string>([...FINAL_ACCOUNTS_SECTIONS, ...(d.performance?.evaluations.map((e) => e.id) ?? [])]);
	return findings.filter((f) => !known.has(f.anchor));
}
