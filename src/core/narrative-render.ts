/**
 * A narrative rendered once from its parsed tree into a small serialisable structure: runs of HTML and the two
 * components a narrative may use. The HTML comes from the remark/rehype ecosystem as its authors intend it
 * (mdast-util-to-hast, then hast-util-to-html), with the plugins @astrojs/mdx applied before (smartypants,
 * heading ids), so the page is the same as when every narrative was compiled to an MDX module. Pure.
 */
import type { Root } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import GithubSlugger from 'github-slugger';
import { unified } from 'unified';
import remarkSmartypants from 'remark-smartypants';

/** What a narrative renders to: HTML, a `<Section id>` with its own blocks, or a `<Figure no>`. */
export type NarrativeBlock = { html: string } | { section: string; children: NarrativeBlock[] } | { figure: { no: string } };

/** Stand-in element for a component while the tree is hast; never serialised itself. */
const COMPONENT = 'gongkai-component';

const smartypants = unified().use(remarkSmartypants);

function component(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
	const attrs: Record<string, string> = {};
	for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attrs[a.name] = a.value;
	return {
		type: 'element',
		tagName: COMPONENT,
		properties: {},
		data: { name: node.name, attrs } as never,
		children: state.all(node) as ElementContent[],
	};
}

const isComponent = (n: HastContent): boolean => n.type === 'element' && n.tagName === COMPONENT;
const holdsComponent = (n: HastContent): boolean => n.type === 'element' && (isComponent(n) || n.children.some(holdsComponent));

const textOf = (n: HastContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');

/** Same ids as Astro's rehypeHeadingIds: one slugger per file, over the text of each heading in document order. */
function addHeadingIds(tree: HastRoot): void {
	const slugger = new GithubSlugger();
	const visit = (nodes: readonly HastContent[]) => {
		for (const n of nodes) {
			if (n.type !== 'element') continue;
			if (/^h[1-6]$/.test(n.tagName) && typeof n.properties.id !== 'string') n.properties.id = slugger.slug(textOf(n));
			visit(n.children);
		}
	};
	visit(tree.children);
}

function toBlocks(nodes: readonly HastContent[]): NarrativeBlock[] {
	const out: NarrativeBlock[] = [];
	const html = (text: string) => {
		const last = out.at(-1);
		if (last && 'html' in last) last.html += text;
		else if (text) out.push({ html: text });
	};
	const walk = (list: readonly HastContent[]) => {
		for (const n of list) {
			if (n.type === 'element' && isComponent(n)) {
				const { name, attrs } = n.data as unknown as { name: string; attrs: Record<string, string> };
				out.push(name === 'Section' ? { section: attrs.id, children: toBlocks(n.children) } : { figure: { no: attrs.no } });
			} else if (n.type === 'element' && holdsComponent(n)) {
				// A component inside an element (a <Figure> in a paragraph): the element's tags go around it.
				const close = `</${n.tagName}>`;
				html(toHtml({ ...n, children: [] }).slice(0, -close.length));
				walk(n.children);
				html(close);
			} else html(toHtml(n));
		}
	};
	walk(nodes);
	return out;
}

/**
 * Renders a narrative tree (already checked by mdx-safety: no raw HTML, expressions or imports, only Section
 * and Figure with literal attributes) into blocks. The tree is changed in place (smartypants): parse it anew.
 */
export function renderNarrative(tree: Root): NarrativeBlock[] {
	smartypants.runSync(tree);
	// Raw HTML is refused by the check already; toHast drops it anyway (allowDangerousHtml is off).
	const hast = toHast(tree, { handlers: { mdxJsxFlowElement: component, mdxJsxTextElement: component } }) as HastRoot;
	addHeadingIds(hast);
	return toBlocks(hast.children);
}
