/**
 * Everything the build needs from a narrative, from one parse: the safety check, what the audit reads
 * (statements, paragraphs), where it places sections and figures, and the rendered blocks. The tree is
 * dropped afterwards: at province scale, thousands of trees would not fit in memory. Pure.
 */
import { checkMdxTree, parseNarrativeTree, type NarrativeContext } from './mdx-safety.ts';
import { mdxSyntaxError } from './mdx-syntax.ts';
import { paragraphsOf, statementsOf, type Paragraph, type Statement } from './narrative-audit.ts';
import { renderNarrative, type NarrativeBlock } from './narrative-render.ts';
import { placementsOf, type Placements } from './sections/plan.ts';
import type { SchemaError } from './schema/errors.ts';

/** A narrative as the build read it (a safe one: an unsafe narrative has errors and nothing else). */
export interface NarrativeRead {
	statements: Statement[];
	paragraphs: Paragraph[];
	placements: Placements;
	/** The rendered page content; absent when a cache holds it under `key`. */
	blocks?: NarrativeBlock[];
	/** Content hash under which a cache keeps the blocks (see src/lib/narrative-cache.ts). */
	key?: string;
}

/** What the pages need of a read narrative (the audit's reading is dropped once the entry is audited). */
export type NarrativeRef = Pick<NarrativeRead, 'placements' | 'blocks' | 'key'>;

/** Only what the pages need: a reading of its own, not the audit's statements and paragraphs. */
export const narrativeRef = (n: NarrativeRef): NarrativeRef => ({
	placements: n.placements,
	...(n.key ? { key: n.key } : { blocks: n.blocks }),
});

/** Reads a narrative: errors (syntax or safety) or what the build needs. `file` names it in messages. */
export type NarrativeReader = (source: string, file: string, context: NarrativeContext) => { errors: SchemaError[]; read?: NarrativeRead };

/** Parses once, checks, then reads and renders the checked tree. */
export const readNarrative: NarrativeReader = (source, file, context) => {
	let tree;
	try {
		tree = parseNarrativeTree(source);
	} catch (error) {
		return { errors: [mdxSyntaxError(error, file)] };
	}
	const errors = checkMdxTree(tree, file, context);
	if (errors.length) return { errors };
	// Read before rendering: smartypants (rendering) changes the text in place.
	const read = { statements: statementsOf(tree), paragraphs: paragraphsOf(tree), placements: placementsOf(tree) };
	return { errors: [], read: { ...read, blocks: renderNarrative(tree) } };
};
