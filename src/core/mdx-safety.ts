/**
 * Narrative MDX is content, not code. Only the project's own components with literal string attributes
 * are allowed; imports, exports, `{expressions}`, raw HTML and unknown components are errors.
 * The same check runs as a remark plugin in the build and in `npm run check`.
 */
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { SchemaError } from './schema/errors.ts';
import { imageProblem, linkProblem } from './safe-url.ts';
import { mdxSyntaxError } from './mdx-syntax.ts';

/** Allowed components and the attributes each one takes. */
export const NARRATIVE_COMPONENTS = {
	Section: ['id'],
	Figure: ['no'],
} as const satisfies Record<string, readonly string[]>;

/** Section ids of `final-accounts.mdx`, in the template's order (they equal the data keys). */
export const FINAL_ACCOUNTS_SECTIONS = [
	'overview',
	'totals',
	'income',
	'expenditure',
	'fiscalTotals',
	'generalBudget',
	'basicExpenditure',
	'threePublic',
	'governmentFund',
	'stateCapital',
	'otherMatters',
	'glossary',
	'attachments',
	'appendixTables',
] as const;

export type FinalAccountsSection = (typeof FINAL_ACCOUNTS_SECTIONS)[number];

type Component = keyof typeof NARRATIVE_COMPONENTS;
const isComponent = (name: string): name is Component => Object.hasOwn(NARRATIVE_COMPONENTS, name);

/** What ids a `<Section>` may carry in this file, and which 图 numbers exist. */
export interface NarrativeContext {
	sectionIds: readonly string[];
	/** Whether `<Figure>` may be placed: 图1–7 belong to the 部门决算 (the performance page has no figures). */
	figures?: boolean;
}

interface Position {
	start?: { line: number; column: number };
}

function at(node: { position?: Position }): string {
	const start = node.position?.start;
	return start ? `第 ${start.line} 行` : '';
}

/** Checks an MDX tree already parsed with remark-mdx (used by the build's remark plugin). */
export function checkMdxTree(tree: Root, file: string, context: NarrativeContext): SchemaError[] {
	const errors: SchemaError[] = [];
	const fail = (node: { position?: Position }, message: string) => errors.push({ file, path: at(node), message });
	const definitions = new Map<string, string>();
	visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
	const sections = new Map<string, string>();
	visit(tree, (node) => {
		switch (node.type) {
			case 'link':
			case 'definition': {
				const problem = linkProblem(node.url);
				return void (problem && fail(node, `${problem}（实际为 ${JSON.stringify(node.url.slice(0, 60))}）`));
			}
			case 'image':
			case 'imageReference': {
				const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
				const problem = url === undefined ? undefined : imageProblem(url);
				return void (problem && fail(node, `${problem}（实际为 ${JSON.stringify(url!.slice(0, 60))}）`));
			}
			case 'mdxjsEsm':
				return void fail(node, '正文中不允许 import / export 语句');
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				return void fail(node, '正文中不允许 {…} 表达式；如需写花括号请用全角“｛｝”');
			case 'html':
				return void fail(node, '正文中不允许 HTML');
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (!isComponent(name)) {
					const kind = /^[a-z]/.test(name) || name === '' ? `HTML 标签 <${name}>` : `组件 <${name}>`;
					return void fail(node, `正文中不允许${kind}；可用的组件只有 ${Object.keys(NARRATIVE_COMPONENTS).join('、')}`);
				}
				if (name === 'Figure' && context.figures === false) {
					return void fail(node, '绩效自评正文中不能放 <Figure>：图1–7 属于部门决算，只能放在 final-accounts.mdx 中');
				}
				const allowed: readonly string[] = NARRATIVE_COMPONENTS[name];
				for (const attr of node.attributes) {
					if (attr.type !== 'mdxJsxAttribute') {
						fail(node, `<${name}> 不允许 {...展开} 属性`);
					} else if (!allowed.includes(attr.name)) {
						fail(node, `<${name}> 没有属性 ${attr.name}；可用属性：${allowed.join('、')}`);
					} else if (typeof attr.value !== 'string') {
						fail(node, `<${name} ${attr.name}> 的值必须是带引号的文字，不允许表达式`);
					} else if (name === 'Section' && !context.sectionIds.includes(attr.value)) {
						fail(node, `<Section id="${attr.value}"> 不是本文件可用的章节：${context.sectionIds.join('、')}`);
					} else if (name === 'Section' && sections.has(attr.value)) {
						fail(node, `<Section id="${attr.value}"> 重复：已在${sections.get(attr.value)}出现，每个章节只能写一次`);
					} else if (name === 'Section') {
						sections.set(attr.value, at(node));
					} else if (name === 'Figure' && !/^[1-7]$/.test(attr.value)) {
						fail(node, `<Figure no="${attr.value}"> 的编号应为 1–7`);
					}
				}
				const required = allowed[0];
				if (required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) {
					fail(node, `<${name}> 缺少属性 ${required}`);
				}
			}
		}
	});
	return errors;
}

const parser = remark().use(remarkMdx).use(remarkGfm);

/**
 * The one parse of a narrative (MDX + GFM, the syntax @astrojs/mdx used to render it): the safety check, the
 * audit's reading and the rendered page all walk this tree, so what is checked is what is shown.
 */
export function parseNarrativeTree(source: string): Root {
	return parser.parse(source);
}

/** Parses and checks an MDX narrative; a syntax error is reported like any other problem. */
export function checkMdxSource(source: string, file: string, context: NarrativeContext): SchemaError[] {
	let tree: Root;
	try {
		tree = parseNarrativeTree(source);
	} catch (error) {
		return [mdxSyntaxError(error, file)];
	}
	return checkMdxTree(tree, file, context);
}
