/** Template-sentence matching on the flat text: `NUM` in a pattern stands for one printed number. */
import { numberAt, put, putText, type Draft, type Path } from './draft.ts';
import { lineAt, type PrintedNumber, type SourceText } from './text.ts';

const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';

/** A part of the flat text the importer reads, with the draft it fills. */
export interface Scope {
	src: SourceText;
	draft: Draft;
	section: string;
	start: number;
	end: number;
}

export interface Hit {
	m: RegExpExecArray;
	/** Offset of the match in the flat text. */
	at: number;
	end: number;
	num(group: number): PrintedNumber | undefined;
}

const compiled = new Map<string, RegExp>();
/** A pattern with `NUM` placeholders, compiled once. */
export function pattern(source: string): RegExp {
	let re = compiled.get(source);
	if (!re) compiled.set(source, (re = new RegExp(source.replaceAll('NUM', NUM), 'dg')));
	return re;
}

/** Every match of a pattern inside the scope, in order. */
export function all(scope: Scope, source: string): Hit[] {
	const text = scope.src.flat.slice(scope.start, scope.end);
	const re = pattern(source);
	re.lastIndex = 0;
	const out: Hit[] = [];
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const hit = m;
		out.push({
			m: hit,
			at: scope.start + hit.index,
			end: scope.start + hit.index + hit[0].length,
			num: (g) => numberAt(scope.src, hit, g, scope.start),
		});
		if (hit[0].length === 0) re.lastIndex += 1;
	}
	return out;
}

/** The first match, or undefined. */
export const first = (scope: Scope, source: string): Hit | undefined => all(scope, source)[0];

/** The scope narrowed to [from, to). */
export const within = (scope: Scope, from: number, to = scope.end): Scope => ({
	...scope,
	start: Math.max(from, scope.start),
	end: Math.min(to, scope.end),
});

/** Places the first match's number (its first matched group, so alternatives may each hold one) at `path`. */
export function placeFirst(scope: Scope, path: Path, source: string): Hit | undefined {
	const hit = first(scope, source);
	if (hit) put(scope.draft, path, hit.num(hit.m.findIndex((g, i) => i > 0 && g !== undefined)));
	return hit;
}

const DIRECTIONS: Record<string, 'increase' | 'decrease' | 'unstated'> = {
	增加: 'increase',
	增长: 'increase',
	减少: 'decrease',
	下降: 'decrease',
};

/** Stated change against last year: "减少32.47万元，下降3.68%", "增加/减少0万元，增长/下降0%", "持平". */
export function placeChange(scope: Scope, path: Path): Hit | undefined {
	const hit = first(
		scope,
		'(增加|减少|增长|下降|增加/减少|减少/增加|增加（减少）|减少（增加）)NUM万元(?:[，,]?(?:增长|下降|增加|减少|增长/下降|下降/增长|增长（下降）|下降（增长）)NUM(?:%|(?=。)))?',
	);
	if (hit) {
		putText(scope.draft, [...path, 'direction'], DIRECTIONS[hit.m[1]!] ?? 'unstated');
		put(scope.draft, [...path, 'amount'], hit.num(2));
		put(scope.draft, [...path, 'percent'], hit.num(3));
		const reason = first(within(scope, hit.end), '^[。，,]?((?:主要(?:变动)?原因|决算数[大小等]于预算数的主要原因)[^。]*。)');
		putText(scope.draft, [...path, 'reason'], reason?.m[1]);
		return hit;
	}
	if (first(scope, '(?:与上年|较上年|比上年)[^。]{0,12}持平')) putText(scope.draft, [...path, 'direction'], 'flat');
	return undefined;
}

/**
 * "LABELNUM万元，占NUM%" → { amount, share } at path. "无LABEL" is the schema's `{ amount: 0, printedAs: 无 }`:
 * the document states the figure in words, and the draft says so rather than printing a 0 of its own.
 */
export function placeShared(scope: Scope, path: Path, label: string): Hit | undefined {
	const hit = first(scope, `(?<![\\u4e00-\\u9fa5])${label}(?:为|是)?NUM万元(?:[，,]?占[^0-9，。；]{0,12}?NUM%)?`);
	if (hit) {
		put(scope.draft, [...path, 'amount'], hit.num(1));
		put(scope.draft, [...path, 'share'], hit.num(2));
		return hit;
	}
	const none = first(scope, `(?<=^|[：:；;，,。])无${label}(?=[；;，,。]|$)`);
	if (none) {
		put(scope.draft, [...path, 'amount'], { value: 0, printed: '无', offset: none.at, line: lineAt(scope.src, none.at) });
		putText(scope.draft, [...path, 'printedAs'], '无');
	}
	return none;
}
