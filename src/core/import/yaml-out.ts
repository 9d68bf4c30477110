/**
 * Draft YAML with its provenance where the clerk sees it: every drafted figure carries a `# 第 N 行` comment
 * naming its line in source.txt, and keeps the precision it was printed with ("848.90" stays 848.90).
 */
import { Document, isScalar, isSeq, visit } from 'yaml';
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
	// Table rows print one to a line, as a clerk types them: [编码, 名称, 列1, 列2, …].
	visit(doc, {
		Seq: (_, node, path) => {
			if (node.items.every((i) => isScalar(i)) && path.some((p) => isSeq(p))) node.flow = true;
		},
	});
	const rowLines = new Map<string, Set<number>>();
	for (const p of placements) {
		const node = doc.getIn(keyPath(p.path), true);
		if (p.path.startsWith('tables.')) {
			// A row's cells may come from two printed lines (a wrapped row): the row's comment names every line.
			const row = p.path.replace(/\[\d+\]$/, '');
			rowLines.set(row, (rowLines.get(row) ?? new Set()).add(p.line));
			if (isScalar(node) && decimalsPrinted(p.printed)) node.minFractionDigits = decimalsPrinted(p.printed);
			continue;
		}
		if (!isScalar(node)) continue;
		node.comment = p.printed === '无' ? ` 第 ${p.line} 行（原文为“无”）` : ` 第 ${p.line} 行`;
		const decimals = decimalsPrinted(p.printed);
		if (decimals) node.minFractionDigits = decimals;
	}
	for (const [row, lines] of rowLines) {
		const node = doc.getIn(keyPath(row), true);
		if (isSeq(node)) node.comment = ` 第 ${[...lines].sort((a, b) => a - b).join('、')} 行`;
	}
	// In table rows a blank cell is written `~`, as the template README and the entries write it.
	return doc
		.toString({ lineWidth: 0, flowCollectionPadding: false })
		.replace(
			/^(\s*- \[)(.*)(\](?: #.*)?)$/gm,
			(_, open: string, cells: string, close: string) => open + cells.replace(/(^|, )null(?=,|$)/g, '$1~') + close,
		);
}
