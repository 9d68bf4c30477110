/**
 * Every table of a unit-year as CSV: the 部门决算 section tables the page shows (sections/tables.ts, reused so
 * the download is the table on the page) and the tables of each 绩效自评. Numbers stay numbers.
 */
import type { CsvValue } from './csv.ts';
import { FINAL_ACCOUNTS_SECTIONS } from './mdx-safety.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { Evaluation } from './schema/performance.ts';
import type { Cell, TableModel } from './sections/model.ts';
import { sectionTables } from './sections/tables.ts';
import { evaluationTextTables } from './sections/evaluation-tables.ts';
import { templateFor } from './templates/index.ts';
import { tableCsvs } from './templates/outputs.ts';

/** One downloadable table. */
export interface CsvTable {
	/** ASCII id, unique within the unit-year: the file name of `/data/<unit>/<year>/<id>.csv`. */
	id: string;
	/** What the table is, in Chinese (download name, link text). */
	title: string;
	document: '部门决算' | '绩效自评';
	rows: CsvValue[][];
}

/**
 * A page cell back to the number it shows. The page's formatters (format.ts) keep every printed digit, so
 * removing the grouping commas is lossless; '—' (not printed) becomes an empty cell; text stays text.
 */
export function cellValue(cell: Cell): CsvValue {
	if (cell.text === '—') return null;
	if (!cell.numeric) return cell.text;
	const plain = cell.text.replaceAll(',', '');
	if (/^-?\d+(\.\d+)?$/.test(plain)) return Number(plain);
	return plain; // a percentage keeps its sign: "52.84%" (spreadsheets read it as a percentage)
}

function fromModel(t: TableModel, document: CsvTable['document']): CsvTable {
	const unitNote = t.unit ? `（金额单位：${t.unit}）` : '';
	return {
		id: t.id,
		title: t.caption,
		document,
		rows: [[`${t.columns[0]}${unitNote}`, ...t.columns.slice(1)], ...t.rows.map((r) => [r.header, ...r.cells.map(cellValue)])],
	};
}

const opt = (v: number | undefined): CsvValue => v ?? null;

function evaluationTables(ev: Evaluation): CsvTable[] {
	const name = ev.project?.name ?? ev.title;
	const out: CsvTable[] = [];
	if (ev.budget) {
		out.push({
			id: `evaluation-${ev.id}-budget`,
			title: `${name}：预算执行情况`,
			document: '绩效自评',
			rows: [
				['资金来源（金额单位：万元）', '年初预算数', '调整后预算数', '实际到位数', '执行数', '执行率（%）', '分值', '得分'],
				...ev.budget.rows.map((r) => [
					r.label,
					opt(r.initial),
					opt(r.adjusted),
					opt(r.arrived),
					opt(r.executed),
					opt(r.rate),
					opt(r.weight),
					opt(r.score),
				]),
			],
		});
	}
	if (ev.scored) {
		out.push({
			id: `evaluation-${ev.id}-scored`,
			title: `${name}：评分表`,
			document: '绩效自评',
			rows: [
				['一级指标', '二级指标', '三级指标', '分值', '得分', '指标解释', '备注'],
				...ev.scored.rows.map((r) => [
					r.level1,
					r.level2 ?? null,
					r.level3,
					opt(r.weight),
					opt(r.score),
					r.explanation ?? null,
					r.note ?? null,
				]),
				...(ev.scored.total ? [['合计', null, null, opt(ev.scored.total.weight), opt(ev.scored.total.score), null, null]] : []),
			],
		});
	}
	if (ev.indicators) {
		out.push({
			id: `evaluation-${ev.id}-indicators`,
			title: `${name}：绩效指标完成情况`,
			document: '绩效自评',
			rows: [
				['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '未完成原因'],
				...ev.indicators.rows.map((r) => [
					r.level1,
					r.level2 ?? null,
					r.level3,
					r.nature ?? null,
					r.target,
					r.unit ?? null,
					r.actual ?? null,
					opt(r.weight),
					opt(r.score),
					r.reasonUnmet ?? null,
				]),
				...(ev.indicators.total
					? [['合计', null, null, null, null, null, null, opt(ev.indicators.total.weight), opt(ev.indicators.total.score), null]]
					: []),
			],
		});
	}
	return out;
}

/** Every table of a unit-year, 部门决算 first in template order, then each evaluation's tables. */
export function unitYearTables(d: Disclosure): CsvTable[] {
	// 人员情况 (overview) is printed by self-evaluation-only years too.
	const doc = d.finalAccounts ? '部门决算' : '绩效自评';
	const finalAccounts = FINAL_ACCOUNTS_SECTIONS.flatMap((s) => sectionTables(s, d))
		.filter((t) => t.source !== 'template')
		.map((t) => fromModel(t, doc));
	// The template's tables come with their keys and full headers, straight from the registry.
	const template = templateFor(d.finalAccounts?.template);
	const typed = template ? tableCsvs(template, d.finalAccounts?.tables).map((t) => ({ ...t, document: '部门决算' as const })) : [];
	const performance = (d.performance?.evaluations ?? []).flatMap((ev) => [
		...evaluationTables(ev),
		...evaluationTextTables(ev).map((t) =>
			fromModel({ ...t, id: `evaluation-${t.id}`, caption: `${ev.project?.name ?? ev.title}：${t.caption}` }, '绩效自评'),
		),
	]);
	return [...finalAccounts, ...typed, ...performance];
}
