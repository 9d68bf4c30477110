/**
 * 部门决算表 audited by what the template declares (templates/): within a table every sum (合计 columns, 合计
 * lines, 类 = Σ 款 = Σ 项), between tables every identity (总表 ↔ 收入表 ↔ 支出表 …). Findings name table, row, column.
 */
import { columnTitle } from '../templates/index.ts';
import { LEVEL_NAMES, parseCode } from '../templates/codes.ts';
import type { ReadSide, ReadTable } from '../templates/read.ts';
import type { CellLink, CodeLink } from '../templates/types.ts';
import { cellAt, cellLabel, expectBalance, expectCells, printedTables, type CellAt } from './table-cells.ts';
import { tableNarrative } from './table-narrative.ts';
import type { Finding, Rule } from './types.ts';

const at = (table: ReadTable, side: ReadSide, row: number, columnKey: string): CellAt => ({
	table,
	side,
	row,
	rowKey: side.rows[row].key,
	column: side.spec.columns.findIndex((c) => c.key === columnKey),
});
const colName = (side: ReadSide, key: string) => columnTitle(side.spec.columns.find((c) => c.key === key)!);
const FAMILY = '部门决算表';

/** Runs `f` on every side of every printed table of the entry. */
function eachSide(d: Parameters<Rule['check']>[0], f: (table: ReadTable, side: ReadSide) => Finding[]): Finding[] {
	return (printedTables(d)?.tables ?? []).flatMap((t) => t.sides.flatMap((s) => f(t, s)));
}

export const tableColumnSum: Rule = {
	id: 'table-column-sum',
	family: FAMILY,
	severity: '确定',
	title: '表内每一行：合计列等于各分列之和',
	explain:
		'收入决算表的“本年收入合计”等于财政拨款收入、上级补助收入等各列之和；支出决算表、一般公共预算支出表的“合计”' +
		'等于基本支出加项目支出；“三公”经费表的合计等于三项之和、公务用车等于购置费加运行维护费；' +
		'政府性基金表的年初结转和结余加本年收入等于本年支出加年末结转和结余。哪些列相加，由表样（模板）写明。',
	why: '同一行的合计与分列对不上，说明其中一个数填错或漏填，读者无从知道哪一个是真的。',
	formula: '每一行：合计列 = Σ 分列（按表样），空白按 0 计；差额不超过各单元格印出精度的一半之和时为提示',
	check: (d) =>
		eachSide(d, (table, side) =>
			side.spec.columnSums.flatMap((sum) => {
				const formula = `${sum.left.map((k) => colName(side, k)).join(' + ')} = ${sum.right.map((k) => colName(side, k)).join(' + ')}`;
				return side.rows.flatMap((_, r) =>
					expectBalance(
						tableColumnSum,
						sum.left.map((k) => at(table, side, r, k)),
						sum.right.map((k) => at(table, side, r, k)),
						formula,
					),
				);
			}),
		),
};

/** Rows of a side that are 类 (level 1 codes). */
const classRows = (side: ReadSide) => side.rows.flatMap((r, i) => (r.kind === 'code' && r.level === 1 ? [i] : []));

export const tableLineSum: Rule = {
	id: 'table-line-sum',
	family: FAMILY,
	severity: '确定',
	title: '合计行等于其所合计的各行之和',
	explain:
		'“合计”行等于表中各“类”之和；总表的“本年收入合计”等于八项收入之和，“总计”等于本年收入合计、' +
		'使用非财政拨款结余与年初结转和结余之和；基本支出表的人员经费合计等于工资福利支出与对个人和家庭的补助之和。每一列分别核对。',
	why: '合计行是读者最先看的数字；它与各行之和不符，整张表就失去了依据。',
	formula: '每一列：合计行 = Σ 所列各行（按表样）；“各类之和”只计 3 位编码的行；空白按 0 计',
	check: (d) =>
		eachSide(d, (table, side) =>
			side.spec.lineSums.flatMap((sum) => {
				const total = side.rows.findIndex((r) => r.key === sum.total);
				if (total < 0) return [];
				const parts =
					sum.parts === 'classes'
						? classRows(side)
						: side.rows.flatMap((r, i) => ((sum.parts as readonly string[]).includes(r.key) ? [i] : []));
				// Nothing to add up when none of the parts is entered (a table printing only its 合计).
				if (parts.length === 0) return [];
				const formula =
					sum.parts === 'classes' ? '各“类”之和' : sum.parts.map((k) => side.spec.lines.find((l) => l.key === k)?.name ?? k).join(' + ');
				return side.spec.columns.flatMap((c) =>
					expectCells(
						tableLineSum,
						at(table, side, total, c.key),
						parts.map((i) => at(table, side, i, c.key)),
						formula,
					),
				);
			}),
		),
};

export const tableClassSum: Rule = {
	id: 'table-class-sum',
	family: FAMILY,
	severity: '确定',
	title: '“类”等于其下各“款”之和，“款”等于其下各“项”之和',
	explain:
		'按科目编码，7 位的“项”属于其前 5 位的“款”，5 位的“款”属于其前 3 位的“类”。表中印出了下级科目时，上级科目的每一列应等于下级之和。只印了上级、没印下级的，不核对。',
	why: '分类汇总对不上，读者就无法知道钱具体花在了哪一项上。',
	formula: '每一列：类 = Σ 其下的款，款 = Σ 其下的项（按编码前缀；只在印出下级时核对）',
	check: (d) =>
		eachSide(d, (table, side) => {
			const scheme = side.spec.codes?.scheme;
			if (!scheme) return [];
			return side.rows.flatMap((row, i) => {
				if (row.kind !== 'code') return [];
				const children = side.rows.flatMap((r, j) => (r.kind === 'code' && parseCode(r.key, scheme)?.parent === row.key ? [j] : []));
				if (children.length === 0) return [];
				// Name the children that print a number; blank lines add nothing and would only lengthen the message.
				const printed = children
					.map((j) => side.rows[j])
					.filter((r) => r.values.some((v) => v !== null))
					.map((r) => r.key);
				const named = printed.length > 6 ? `${printed.slice(0, 6).join('、')} 等 ${printed.length} 个` : printed.join('、') || '均为空白';
				const formula = `其下各“${LEVEL_NAMES[row.level as 1 | 2]}”（${named}）之和`;
				return side.spec.columns.flatMap((c) =>
					expectCells(
						tableClassSum,
						at(table, side, i, c.key),
						children.map((j) => at(table, side, j, c.key)),
						formula,
					),
				);
			});
		}),
};

function cellsLink(tables: readonly ReadTable[], link: CellLink): Finding[] {
	const find = (ref: CellLink['left']) => {
		const t = tables.find((x) => x.spec.id === ref.table);
		return t && cellAt(t, ref.side, ref.row, ref.column);
	};
	const left = find(link.left);
	const right = link.right.map(find);
	// A fixed line the entry leaves out is unknown, not blank: compare only what was entered.
	if (!left || left.row < 0 || right.some((c) => !c) || right.every((c) => c!.row < 0)) return [];
	return expectCells(tableLink, left, right as CellAt[], (right as CellAt[]).map(cellLabel).join(' + '));
}

function codesLink(tables: readonly ReadTable[], link: CodeLink): Finding[] {
	const l = tables.find((x) => x.spec.id === link.left.table);
	const r = tables.find((x) => x.spec.id === link.right.table);
	const lSide = l?.sides.find((s) => s.spec.key === (link.left.side ?? 'rows'));
	const rSide = r?.sides.find((s) => s.spec.key === (link.right.side ?? 'rows'));
	if (!l || !r || !lSide || !rSide) return [];
	const codes = [...new Set([...lSide.rows, ...rSide.rows].filter((x) => x.kind === 'code' && x.level === link.level).map((x) => x.key))];
	return codes.flatMap((code) => {
		const left = cellAt(l, link.left.side, code, link.left.column)!;
		const right = cellAt(r, link.right.side, code, link.right.column)!;
		// The finding sits on whichever table prints the row (the left one when both do).
		const [a, b] = left.row < 0 ? [right, left] : [left, right];
		return expectCells(tableLink, a, [b], `${b.table.spec.title}同一“${LEVEL_NAMES[link.level - 1]}”${code}`);
	});
}

export const tableLink: Rule = {
	id: 'table-link',
	family: '部门决算表之间',
	severity: '确定',
	title: '各表之间的同一数字相等',
	explain:
		'同一笔钱在几张表里都出现：总表的本年收入合计与收入决算表的合计，总表各“类”支出与支出决算表，' +
		'财政拨款总表的一般公共预算支出与一般公共预算财政拨款支出决算表（合计和各“类”），政府性基金、国有资本经营支出与各自的表，' +
		'一般公共预算基本支出与人员经费合计加公用经费合计。表样写明了这些对应关系。',
	why: '几张表本是同一套账，彼此不符就说明至少有一张表填错了。',
	formula: '按表样列出的每一组对应：甲表单元格 = 乙表单元格（或几格之和）；逐“类”对应的，按编码逐一比较',
	check: (d) => {
		const p = printedTables(d);
		if (!p) return [];
		return p.template.links.flatMap((link) => (link.kind === 'cells' ? cellsLink(p.tables, link) : codesLink(p.tables, link)));
	},
};

export const TABLE_RULES: readonly Rule[] = [tableColumnSum, tableLineSum, tableClassSum, tableLink, tableNarrative];
