/** The year's 机构设置 (index.yaml `organisation`) as a table of the 部门概况. */
import type { Organisation } from '../schema/organisation.ts';
import { count, pruneEmptyColumns, text, type TableModel, type TableRow } from './model.ts';

const EMPTY = text(undefined);

/** 机构设置 of the year: 内设机构 and 下属单位 counts by kind, and the units the accounts cover. */
export function organisationTable(id: string, o: Organisation): TableModel {
	const row = (header: string, n: number | undefined, note?: string, level?: number): TableRow[] =>
		n === undefined && !note ? [] : [{ header, cells: [count(n), text(note)], level }];
	return pruneEmptyColumns({
		id,
		caption: '机构设置（原文印出的个数）',
		columns: ['项目', '个数', '备注'],
		rows: [
			...row('内设机构', o.divisions),
			...o.divisionKinds.flatMap((k) => row(`内设机构：${k.kind}`, k.count, undefined, o.divisions === undefined ? 0 : 1)),
			...row('下属单位', o.subordinates),
			...o.unitKinds.flatMap((k) => row(k.kind, k.count)),
			...o.members.map((m, i) => ({ header: `纳入决算编制范围的单位 ${i + 1}：${m.name}`, cells: [EMPTY, text(m.note)] })),
		],
		notes: [...(o.printedAs ? [`原文：${o.printedAs}`] : []), ...(o.where ? [`出处：${o.where}`] : [])],
	});
}
