/** The check report: schema errors and audit findings grouped by file, for people or as JSON. */
import { audit, countBySeverity, type Finding, type Severity } from './rules/index.ts';
import type { Disclosure } from './schema/disclosure.ts';
import { auditContextOf, folderOf, type AuditedCatalogue, type Auditor, type Catalogue } from './catalogue.ts';
import { formatSchemaError, type SchemaError } from './schema/errors.ts';
import { yearStatus, type YearStatus } from './status.ts';
import { completenessText, timelinessText } from './status-table.ts';
import { ownerOf } from './unit-report.ts';

export interface CheckReport {
	ok: boolean;
	/** Exit code the CLI returns: 1 on schema errors, or on 确定 findings with `strict`. */
	exitCode: 0 | 1;
	counts: { entries: number; units: number; schemaErrors: number; warnings: number; findings: Record<Severity, number> };
	schemaErrors: SchemaError[];
	/** Do not stop publishing: e.g. an entry whose unit is not on its year's roster. */
	warnings: SchemaError[];
	entries: { id: string; unit: string; year: number; findings: Finding[] }[];
	/** The publication status of every year that has a roster (content/years/). */
	status: YearStatus[];
}

export type { Auditor };

/**
 * Audits every valid entry (with `options.audit`, else the rule table) and decides the exit code; an
 * AuditedCatalogue's entries were audited as they were read, and their findings are taken as they are.
 */
export function buildReport(catalogue: Catalogue | AuditedCatalogue, options: { strict?: boolean; audit?: Auditor } = {}): CheckReport {
	const auditOne = options.audit ?? audit;
	const findingsOf =
		'findings' in catalogue
			? (d: Disclosure) => catalogue.findings[folderOf(d)] ?? []
			: (d: Disclosure) => auditOne(d, auditContextOf(catalogue, d));
	const entries = catalogue.disclosures.map((d) => ({ id: folderOf(d), unit: d.unit, year: d.year, findings: findingsOf(d) }));
	const findings = countBySeverity(entries.flatMap((e) => e.findings));
	const byId = new Map(entries.map((e) => [e.id, e.findings]));
	const errorsOf = (unit: string, year: number) => catalogue.errors.filter((e) => ownerOf(e.file)?.entry === `${unit}/${year}`).length;
	const status = (catalogue.rosters ?? []).map((r) =>
		yearStatus(r, catalogue.units, catalogue.disclosures, (d) => byId.get(folderOf(d)) ?? [], errorsOf),
	);
	const failed = catalogue.errors.length > 0 || (options.strict === true && findings['确定'] > 0);
	return {
		ok: !failed,
		exitCode: failed ? 1 : 0,
		counts: {
			entries: entries.length,
			units: catalogue.units.length,
			schemaErrors: catalogue.errors.length,
			warnings: catalogue.warnings?.length ?? 0,
			findings,
		},
		schemaErrors: catalogue.errors,
		warnings: catalogue.warnings ?? [],
		entries,
		status,
	};
}

/** Human-readable report, grouped by file (errors) and by unit-year (findings). */
export function formatReport(report: CheckReport, options: { strict?: boolean } = {}): string {
	const lines: string[] = [];
	if (report.schemaErrors.length) {
		lines.push(`✗ 数据错误 ${report.schemaErrors.length} 处（必须修正，站点不会生成）：`);
		const byFile = Map.groupBy(report.schemaErrors, (e) => e.file);
		for (const [file, errors] of byFile) {
			lines.push('', `  ${file}`);
			for (const e of errors)
				lines.push(
					`    - ${formatSchemaError(e)
						.slice(file.length + 1)
						.replace(/^ — /, '')}`,
				);
		}
		lines.push('');
	}
	if (report.warnings.length) {
		lines.push(`⚠ 警告 ${report.warnings.length} 处（不阻止发布，请确认）：`);
		for (const w of report.warnings) lines.push(`    - ${formatSchemaError(w)}`);
		lines.push('');
	}
	for (const entry of report.entries) {
		if (!entry.findings.length) continue;
		const c = countBySeverity(entry.findings);
		lines.push(`  ${entry.id}：确定 ${c['确定']}，疑似 ${c['疑似']}，提示 ${c['提示']}`);
		for (const f of entry.findings) lines.push(`    [${f.severity}] ${f.rule} ${f.path}：${f.message}`);
		lines.push('');
	}
	for (const s of report.status) {
		const tt = s.totals;
		lines.push(
			`  ${s.year} 年度公开名单：应公开 ${tt.expected}，已公开 ${tt.published}，未公开 ${tt.missing}，按时 ${tt.onTime}，逾期 ${tt.late}，完整 ${tt.complete}。`,
		);
		for (const r of s.rows.filter((x) => x.timeliness === 'late' || x.timeliness === 'missing' || x.complete === false)) {
			lines.push(
				`    ${r.unit.name}（${r.unit.id}）：${timelinessText(r, s.deadlineDays)}${r.published ? `；${completenessText(r)}` : ''}`,
			);
		}
		lines.push('');
	}
	const { entries, units, schemaErrors, findings } = report.counts;
	lines.push(
		`共 ${units} 个单位、${entries} 个单位年度；数据错误 ${schemaErrors} 处；` +
			`${report.counts.warnings ? `警告 ${report.counts.warnings} 处；` : ''}核对发现：确定 ${findings['确定']}，` +
			`疑似 ${findings['疑似']}，提示 ${findings['提示']}。`,
	);
	if (schemaErrors) lines.push('结果：失败（数据错误）。');
	else if (!report.ok) lines.push('结果：失败（--strict：存在“确定”级核对发现）。');
	else lines.push(options.strict ? '结果：通过（--strict）。' : '结果：通过。核对发现不阻止发布；加 --strict 时“确定”级发现视为失败。');
	return lines.join('\n');
}
