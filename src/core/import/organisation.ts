/**
 * 机构设置 as printed, for a 部门决算's 概况 and a self-evaluation's 机构组成 alike: "内设 10 科 1 室", "下设5个组",
 * "共设 8 个股室" (divisionKinds); "其中行政单位0个，参照公务员管理的事业单位1个，其他事业单位0个" (unitKinds);
 * "无下属二级单位" (subordinates 0, printed 无, with the sentence as printedAs). Names and duties stay in the unit file.
 */
import { put, putText, type Path } from './draft.ts';
import { all, first, type Scope } from './match.ts';
import { lineAt } from './text.ts';

/** Reads the organisation figures of `scope` into `path` (`organisation` or `evaluations[0].organisation`). */
export function readOrganisation(scope: Scope, path: Path, where?: string): boolean {
	const d = scope.draft;
	let any = false;
	const divisions = first(scope, '(?:内设|下设|共设)(?:机构)?((?:\\d+个?[\\u4e00-\\u9fa5]{1,2}?(?=[\\d：:。，,、；;]))+)');
	if (divisions) {
		const offset = divisions.at + divisions.m[0].indexOf(divisions.m[1]!);
		[...divisions.m[1]!.matchAll(/(\d+)个?([\u4e00-\u9fa5]{1,2})/g)].forEach((k, i) => {
			const at = offset + k.index;
			putText(d, [...path, 'divisionKinds', i, 'kind'], k[2]);
			put(d, [...path, 'divisionKinds', i, 'count'], { value: Number(k[1]), printed: k[1]!, offset: at, line: lineAt(scope.src, at) });
			any = true;
		});
	}
	all(scope, '((?:行政|参照|事业|其他)[\\u4e00-\\u9fa5]{0,16}?单位)NUM个').forEach((hit, i) => {
		putText(d, [...path, 'unitKinds', i, 'kind'], hit.m[1]);
		put(d, [...path, 'unitKinds', i, 'count'], hit.num(2));
		any = true;
	});
	const none = first(scope, '[^。]*?无下属(?:二级)?单位[^。]*。?');
	if (none) {
		const at = none.at + none.m[0].indexOf('无下属');
		put(d, [...path, 'subordinates'], { value: 0, printed: '无', offset: at, line: lineAt(scope.src, at) });
		// The sentence as printed, without the heading the flat text runs into it (二、机构设置).
		putText(d, [...path, 'printedAs'], none.m[0].replace(/^[一二三四五六七八九十]+[、.．](?:机构设置|单位构成)/, ''));
		any = true;
	}
	if (any && where) putText(d, [...path, 'where'], where);
	return any;
}
