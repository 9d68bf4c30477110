/**
 * Every number recorded for a unit-year, one row each (issue #14 point 11): its place in the data (the same dotted
 * path the JSON, the findings and the check report use), what it is in Chinese and its unit, both read from the
 * schema's `.describe()` text and the item's own name. Derived by walking the entry, so a field added to the
 * schema is listed without anyone keeping a list. The template tables are left out: they have their own CSVs.
 */
import { z } from 'astro/zod';
import type { CsvValue } from './csv.ts';
import { disclosureSchema, type Disclosure } from './schema/disclosure.ts';

/** The JSON Schema subset the walk reads (z.toJSONSchema's output). */
interface Node {
	description?: string;
	properties?: Record<string, Node>;
	items?: Node;
	anyOf?: Node[];
	oneOf?: Node[];
	allOf?: Node[];
	$ref?: string;
}

/** One recorded number. */
export interface RecordedFigure {
	path: string;
	label: string;
	value: number;
	unit: string;
}

/** Paths left out: the entry's address, and the template tables (CSV per table, keyed by row and column). */
const SKIP = new Set(['year', 'finalAccounts.tables']);
/** Fields that name an item of a list, in order of preference. */
const NAME_KEYS = [
	'label',
	'name',
	'term',
	'subject',
	'figure',
	'project',
	'title',
	'item',
	'level3',
	'grade',
	'use',
	'type',
	'kind',
	'where',
];
/** Fields that are the figure a sibling `unit` is about (a stated amount, a restated value, a printed figure's values). */
const UNIT_OF = new Set(['amount', 'value', 'values']);
/** Words for the keys of shared shapes the schema describes where they are used, not in the shape (`{ amount, count }`), with their unit. */
const KEY_WORDS: Record<string, [string, string]> = {
	amount: ['金额', '万元'],
	count: ['数量', ''],
	total: ['合计', ''],
	change: ['与上年相比的变动', ''],
	items: ['明细', ''],
	byType: ['按类型', ''],
	share: ['占比', '%'],
	weight: ['分值', '分'],
	score: ['得分', '分'],
	rows: ['', ''],
	evaluations: ['', ''],
	no: ['编号', ''],
	values: ['数据', ''],
};
/** Score fields of the 绩效 tables, in points (分) whatever their description says (“分值”, “权重”, “得分”). */
const POINTS = new Set(['weight', 'score', 'level1Weight', 'level2Weight', 'totalScore', 'averageScore']);
/** Units a description may name in brackets (“金额（万元）”, “变动幅度（%）”). */
const UNITS = /^(万元|元|%|分|人|个|项|条|次|人次|批次|辆|台|台套|户|家)$/;

let root: (Node & { definitions?: Record<string, Node>; $defs?: Record<string, Node> }) | undefined;
const schema = () => (root ??= z.toJSONSchema(disclosureSchema, { io: 'input', unrepresentable: 'any' }) as typeof root & Node);

function resolve(node: Node | undefined): Node[] {
	if (!node) return [];
	if (node.$ref) {
		const name = node.$ref.slice(node.$ref.lastIndexOf('/') + 1);
		const target = schema()!.$defs?.[name] ?? schema()!.definitions?.[name];
		return target ? resolve({ ...target, description: node.description ?? target.description }) : [];
	}
	const variants = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
	return [node, ...variants.flatMap(resolve)];
}

const child = (node: Node | undefined, key: string) => {
	for (const n of resolve(node)) if (n.properties?.[key]) return n.properties[key];
	return undefined;
};
const items = (node: Node | undefined) => resolve(node).find((n) => n.items)?.items;
const describe = (node: Node | undefined) => resolve(node).find((n) => n.description)?.description;

/** A description as a label: its first clause (“收入总计（万元）；正文只印……” → “收入总计（万元）”). */
function short(text: string): string {
	// Long asides in brackets and the content file's name go: “原文编号（原文编号不连续时照录，如…）” → “原文编号”.
	const plain = text.replace(/（[^（）]{7,}）|（[^（）]*\.ya?ml）/g, '');
	const clause = plain.split(/[；;：:，,]/)[0]!.trim();
	return clause.length > 24 ? clause.slice(0, clause.indexOf('（') > 0 ? clause.indexOf('（') : 24) : clause;
}

/** The unit a description names: in brackets (“金额（万元）”) or as the default (“缺省为万元”); none if it names none. */
function unitOf(text = ''): string {
	const named = [...text.matchAll(/（([^（）]+)）/g)].map((m) => m[1]!).find((u) => UNITS.test(u));
	return named ?? /缺省为“?([^”，。；\s]+)/.exec(text)?.[1] ?? '';
}

function itemName(item: unknown, i: number, siblings?: unknown): string {
	if (item && typeof item === 'object') {
		for (const k of NAME_KEYS) {
			const v = (item as Record<string, unknown>)[k];
			if (typeof v === 'string' && v) return v;
			// An evaluation is named by its project: { project: { name } }.
			const named = v && typeof v === 'object' ? (v as { name?: unknown }).name : undefined;
			if (typeof named === 'string' && named) return named;
		}
	}
	// A list of numbers beside a list of labels (a printed figure's values and labels).
	if (Array.isArray(siblings) && typeof siblings[i] === 'string') return siblings[i] as string;
	return `第 ${i + 1} 项`;
}

/** `unit`: the leaf's unit when known from above; `inherited`: the nearest enclosing `unit` field (a restatement's, for its statements). */
function* walk(
	value: unknown,
	node: Node | undefined,
	path: string,
	labels: string[],
	unit: string,
	inherited = '',
): Generator<RecordedFigure> {
	if (SKIP.has(path)) return;
	if (typeof value === 'number') {
		// A money field names no unit of its own: the enclosing block's `unit` (万元 or 元, as printed) is its unit.
		const money = inherited === '万元' || inherited === '元' ? inherited : '';
		yield { path, label: labels.filter(Boolean).join(' · '), value, unit: unit || unitOf(describe(node)) || money };
	} else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) yield* walk(v, items(node), `${path}[${i}]`, [...labels, itemName(v, i)], unit, inherited);
	} else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		// A figure's own unit (“元”, “个”) beats the unit its description assumes.
		// The entry's own `unit` is its unit id, not a unit of measure.
		const own = (path !== '' && typeof record.unit === 'string' && record.unit) || inherited;
		for (const [key, v] of Object.entries(record)) {
			const next = child(node, key);
			const described = describe(next);
			const words = Object.hasOwn(KEY_WORDS, key) ? KEY_WORDS[key] : undefined;
			const label = described ? short(described) : (words?.[0] ?? key);
			const keyUnit = (described ? '' : (words?.[1] ?? '')) || (POINTS.has(key) && !unitOf(described) ? '分' : '');
			const at = path ? `${path}.${key}` : key;
			if (Array.isArray(v) && v.every((x) => typeof x === 'number')) {
				for (const [i, x] of v.entries())
					yield* walk(
						x,
						items(next),
						`${at}[${i}]`,
						[...labels, label, itemName(x, i, record.labels)],
						(UNIT_OF.has(key) && own) || unitOf(described),
					);
			} else yield* walk(v, next, at, [...labels, label], (UNIT_OF.has(key) && own) || (typeof v === 'number' ? keyUnit : ''), own);
		}
	}
}

/** Every number of a unit-year in data order, outside the template tables. */
export function recordedFigures(d: Disclosure): RecordedFigure[] {
	return [...walk(d, schema(), '', [], '')];
}

/** The list as CSV rows: path, what it is, value, unit. */
export function recordedFiguresRows(d: Disclosure): CsvValue[][] {
	return [['数据位置（JSON 字段）', '项目', '数值', '单位'], ...recordedFigures(d).map((f) => [f.path, f.label, f.value, f.unit || null])];
}
