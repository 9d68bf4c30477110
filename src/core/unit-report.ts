/**
 * 反馈单: what the bureau sends back to one unit after `npm run check`: its data errors, warnings and findings,
 * each with what to fix. Pure: built from the check report; rendered as CSV here and as HTML in
 * unit-report-html.ts.
 */
import { ruleById, type Severity } from './rules/index.ts';
import type { CheckReport } from './report.ts';
import type { SchemaError } from './schema/errors.ts';
import type { Unit } from './schema/unit.ts';
import type { CsvValue } from './csv.ts';
import type { Requirement, StatusRow, YearStatus } from './status.ts';
import { completenessText } from './status-table.ts';

/** One line of a unit's report. */
export interface ReportItem {
	kind: '数据错误' | '警告' | '公开要求' | '核对发现';
	/** Severity of a finding; 数据错误 must be fixed before publishing, 警告 should be confirmed, 公开要求 met. */
	level: Severity | '必须修正' | '请确认' | '请补充';
	/** `<unit>/<year>`, or '' for the unit's own file. */
	entry: string;
	rule: string;
	file: string;
	field: string;
	message: string;
	fix: string;
}

export interface UnitReport {
	unit: { id: string; name: string };
	items: ReportItem[];
	counts: { errors: number; warnings: number; requirements: number; findings: Record<Severity, number> };
}

/** The unit (and unit-year) a file belongs to: `disclosures/<unit>/<year>/…` or `units/<unit>.yaml`. */
export function ownerOf(file: string): { unit: string; entry: string } | undefined {
	const d = /(?:^|\/)disclosures\/([^/]+)\/(\d{4})(?:\/|$)/.exec(file);
	if (d) return { unit: d[1], entry: `${d[1]}/${d[2]}` };
	const u = /(?:^|\/)units\/([^/]+)\.ya?ml$/.exec(file);
	return u ? { unit: u[1], entry: '' } : undefined;
}

const errorItem = (kind: '数据错误' | '警告', e: SchemaError, entry: string): ReportItem => ({
	kind,
	level: kind === '数据错误' ? '必须修正' : '请确认',
	entry,
	rule: '',
	file: e.file,
	field: e.path,
	message: `${e.message}${e.found ? `（实际值 ${e.found}）` : ''}`,
	fix: kind === '数据错误' ? `修改 ${e.file}${e.path ? ` 的 ${e.path}` : ''}，再运行 npm run check。` : '确认后修改，或说明原因。',
});

/** What a unit does to meet each completeness requirement. */
const REQUIREMENT_FIX: Record<Requirement['id'], string> = {
	'final-accounts': '公开部门决算。',
	tables: '补充公开缺少的附表；本单位没有数据的表也要以空表公开，并附空表说明。',
	'three-public': '在“三公”经费部分说明决算数与预算数的差异及其原因。',
	performance: '公开绩效自评（部门整体和项目）。',
};

/** The roster's demands on one unit-year that are not met: not published, late, incomplete. */
function statusItems(s: YearStatus, r: StatusRow): ReportItem[] {
	const item = (message: string, fix: string): ReportItem => ({
		kind: '公开要求',
		level: '请补充',
		entry: `${r.unit.id}/${s.year}`,
		rule: '',
		file: '',
		field: '',
		message,
		fix,
	});
	if (!r.published) {
		return [
			item(
				`${s.year} 年度部门决算尚未公开（在公开名单中）。`,
				`批复后 ${s.deadlineDays} 日内公开${r.dueOn ? `（截止 ${r.dueOn}）` : ''}，并把材料交财政部门。`,
			),
		];
	}
	const items: ReportItem[] = [];
	if (r.timeliness === 'late') {
		items.push(
			item(
				`批复后第 ${r.days} 天公开，超过 ${s.deadlineDays} 日的期限 ${r.days! - s.deadlineDays} 天。`,
				`今后在批复后 ${s.deadlineDays} 日内公开。`,
			),
		);
	}
	if (r.complete === false) {
		const unmet = r.requirements.filter((q) => !q.ok);
		const noFinalAccounts = unmet.some((q) => q.id === 'final-accounts');
		items.push(
			item(
				`${completenessText(r)}。`,
				unmet
					.filter((q) => !noFinalAccounts || q.id === 'final-accounts' || q.id === 'performance')
					.map((q) => REQUIREMENT_FIX[q.id])
					.join(''),
			),
		);
	}
	return items;
}

/** One report per unit that has an entry or a problem in the check, sorted by unit id. */
export function unitReports(report: CheckReport, units: readonly Pick<Unit, 'id' | 'name'>[]): UnitReport[] {
	const byUnit = new Map<string, ReportItem[]>();
	const add = (unit: string, item?: ReportItem) => {
		const items = byUnit.get(unit) ?? [];
		if (item) items.push(item);
		byUnit.set(unit, items);
	};
	for (const e of report.schemaErrors) {
		const owner = ownerOf(e.file);
		if (owner) add(owner.unit, errorItem('数据错误', e, owner.entry));
	}
	for (const w of report.warnings) {
		const owner = ownerOf(w.file);
		if (owner) add(owner.unit, errorItem('警告', w, owner.entry));
	}
	for (const s of report.status) for (const r of s.rows) for (const item of statusItems(s, r)) add(r.unit.id, item);
	for (const entry of report.entries) {
		add(entry.unit);
		for (const f of entry.findings) {
			const rule = ruleById(f.rule);
			add(entry.unit, {
				kind: '核对发现',
				level: f.severity,
				entry: entry.id,
				rule: f.rule,
				file: '',
				field: f.path,
				message: f.message,
				fix: `对照公开的原文核对 ${f.path}${rule ? `（${rule.title}：${rule.explain}）` : ''}。原文确有差错的，请发布更正并告知财政部门；原文如此印出的，按原文照录，网站会标注这一差异。`,
			});
		}
	}
	const nameOf = new Map(units.map((u) => [u.id, u.name]));
	return [...byUnit.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([id, items]) => {
			const findings = { 确定: 0, 疑似: 0, 提示: 0 } satisfies Record<Severity, number>;
			for (const i of items) if (i.kind === '核对发现') findings[i.level as Severity] += 1;
			return {
				unit: { id, name: nameOf.get(id) ?? id },
				items,
				counts: {
					errors: items.filter((i) => i.kind === '数据错误').length,
					warnings: items.filter((i) => i.kind === '警告').length,
					requirements: items.filter((i) => i.kind === '公开要求').length,
					findings,
				},
			};
		});
}

/** The CSV columns of a unit report, described once: the header and each row come from here. */
export const REPORT_COLUMNS: readonly { title: string; value: (r: UnitReport, i: ReportItem) => CsvValue }[] = [
	{ title: '单位', value: (r) => r.unit.name },
	{ title: '单位标识', value: (r) => r.unit.id },
	{ title: '单位年度', value: (_, i) => i.entry },
	{ title: '类别', value: (_, i) => i.kind },
	{ title: '级别', value: (_, i) => i.level },
	{ title: '规则', value: (_, i) => i.rule },
	{ title: '文件', value: (_, i) => i.file },
	{ title: '字段', value: (_, i) => i.field },
	{ title: '问题', value: (_, i) => i.message },
	{ title: '如何修改', value: (_, i) => i.fix },
];

/** A unit report as CSV rows (header first); a unit with nothing to fix gets one line saying so. */
export function unitReportCsvRows(r: UnitReport): CsvValue[][] {
	const rows = r.items.map((i) => REPORT_COLUMNS.map((c) => c.value(r, i)));
	return [
		REPORT_COLUMNS.map((c) => c.title),
		...(rows.length ? rows : [[r.unit.name, r.unit.id, '', '', '', '', '', '', '未发现问题', '']]),
	];
}
