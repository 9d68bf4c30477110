/** 名词解释: numbered "1.财政拨款收入：指……" paragraphs; the numbers are kept as printed (they may jump). */
import { putText, put } from './draft.ts';
import { all, type Scope } from './match.ts';

export function readGlossary(scope: Scope): void {
	const heads = all(scope, '(?<![\\d.（(])(\\d{1,2})[.、．](?=[^：:。]{1,80}[：:])');
	let i = 0;
	heads.forEach((h, k) => {
		const body = scope.src.flat.slice(h.end, heads[k + 1]?.at ?? scope.end);
		const m = /^([^：:]{1,80})[：:](.+)$/.exec(body);
		if (!m) return;
		put(scope.draft, ['glossary', i, 'no'], h.num(1));
		putText(scope.draft, ['glossary', i, 'term'], m[1]);
		putText(scope.draft, ['glossary', i, 'definition'], m[2]!.replace(/[（(]注[:：][^）)]*[）)]$/, ''));
		i += 1;
	});
}
