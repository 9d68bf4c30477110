/**
 * The columns of the 年度公开情况 table, described once: the page's headers and cells, the CSV and the tests all
 * read them, so the page and `data/status/<year>.csv` cannot disagree.
 */
import type { CsvValue } from './csv.ts';
import { SEVERITIES } from './rules/index.ts';
import type { Requirement, StatusRow, YearStatus } from './status.ts';
import { STANDARD_TABLES } from './schema/tables.ts';

const REQUIREMENT_NAMES: Record<Requirement['id'], string> = {
	'final-accounts': '部门决算',
	tables: '附表',
	'three-public': '“三公”经费说明',
	performance: '绩效自评',
};

/** What one unmet requirement lacks, in Chinese. */
function lacking(q: Requirement): string {
	if (q.id !== 'tables') return REQUIREMENT_NAMES[q.id];
	return q.missing.length === STANDARD_TABLES.length
		? `附表（全部 ${q.missing.length} 张）`
		: `附表 ${q.missing.length} 张（${q.missing.join('、')}）`;
}

/** 及时性 in words: 按时 / 逾期 N 天 / 无法判断 / 未公开. */
export function timelinessText(r: StatusRow, deadlineDays: number): string {
	switch (r.timeliness) {
		case 'on-time':
			return `按时（批复后第 ${r.days} 天公开，限 ${deadlineDays} 天）`;
		case 'late':
			return `逾期 ${r.days! - deadlineDays} 天（批复后第 ${r.days} 天公开，限 ${deadlineDays} 天）`;
		case 'unknown':
			return `无法判断（${r.approvedOn ? '' : '缺批复日期'}${!r.approvedOn && !r.publishedOn ? '、' : ''}${r.publishedOn ? '' : '缺公开日期'}）`;
		case 'missing':
			return '未公开';
	}
}

/** 完整性 in words: 完整 / 不完整：缺 … / — for a unit that has not published. */
export function completenessText(r: StatusRow): string {
	if (r.complete === null) return '—';
	if (r.complete) return '完整';
	// Without a 部门决算 its tables and 三公 explanation are missing too: saying so again would only add noise.
	const noFinalAccounts = r.requirements.some((q) => q.id === 'final-accounts' && !q.ok);
	const unmet = r.requirements.filter((q) => !q.ok && !(noFinalAccounts && (q.id === 'tables' || q.id === 'three-public')));
	return `不完整：缺${unmet.map(lacking).join('；')}`;
}

export interface StatusColumn {
	key: string;
	title: string;
	/** Numbers are right-aligned on the page and written as numbers in the CSV. */
	numeric?: boolean;
	value(r: StatusRow, s: YearStatus): CsvValue;
}

/** Every column in order; the first one (单位) is the row header. */
export const STATUS_COLUMNS: readonly StatusColumn[] = [
	{ key: 'unit', title: '单位', value: (r) => r.unit.name },
	{ key: 'unitId', title: '单位标识', value: (r) => r.unit.id },
	{ key: 'published', title: '公开情况', value: (r) => (r.published ? '已公开' : '未公开') },
	{ key: 'approvedOn', title: '批复日期', value: (r) => r.approvedOn },
	{ key: 'publishedOn', title: '公开日期', value: (r) => r.publishedOn },
	{ key: 'dueOn', title: '应公开截止日期', value: (r) => r.dueOn },
	{ key: 'days', title: '批复至公开天数', numeric: true, value: (r) => r.days },
	{ key: 'timeliness', title: '及时性', value: (r, s) => timelinessText(r, s.deadlineDays) },
	{ key: 'complete', title: '完整性', value: (r) => completenessText(r) },
	{ key: 'errors', title: '数据错误', numeric: true, value: (r) => r.errors },
	...SEVERITIES.map((sev) => ({
		key: `findings.${sev}`,
		title: `核对发现：${sev}`,
		numeric: true,
		value: (r: StatusRow) => r.findings[sev],
	})),
	{ key: 'note', title: '备注', value: (r) => r.note },
];

/** The status table as CSV rows, header first. */
export function statusCsvRows(s: YearStatus): CsvValue[][] {
	return [STATUS_COLUMNS.map((c) => c.title), ...s.rows.map((r) => STATUS_COLUMNS.map((c) => c.value(r, s)))];
}

/** Site paths (below the base) of a year's status page and files. */
export const statusPaths = {
	page: (year: number) => `status/${year}/`,
	json: (year: number) => `data/status/${year}.json`,
	csv: (year: number) => `data/status/${year}.csv`,
};
