/**
 * Draft YAML with its provenance where the clerk sees it: every drafted figure carries a `# 第 N 行` comment
 * naming its line in source.txt, and keeps the precision it was printed with ("848.90" stays 848.90).
 */
import { Document, isScalar } from 'yaml';
import type { Placement } from './draft.ts';
import { decimalsPrinted } from './text.ts';

/** Splits a dotted path with indices into yaml's key path: `a.b[2].c` → ['a', 'b', 2, 'c']. */
export function keyPath(path: string): (string | number)[] {
	return path.split('.').flatMap((part) => {
		const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
		if (!m) return [part];
		return [m[1]!, ...[...m[2]!.matchAll(/\[(\d+)\]/g)].map((i) => Number(i[1]))];
	});
}

/** Serialises data as YAML, annotating placed figures; `header` becomes the file's leading comment. */
export function draftYaml(data: unknown, placements: readonly Placement[], header: string): string {
	const doc = new Document(data);
	doc.commentBefore = header;
	for (const p of placements) {
		const node = doc.getIn(keyPath(p.path), true);
		if (!isScalar(node)) continue;
		node.comment = p.printed === '无' ? ` 第 ${p.line} 行（原文为“无”）` : ` 第 ${p.line} 行`;
		const decimals = decimalsPrinted(p.printed);
		if (decimals) node.minFractionDigits = decimals;
	}
	return doc.toString({ lineWidth: 0 });
}
