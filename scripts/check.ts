/**
 * `npm run check [-- <folder>…] [-- --json] [-- --strict] [-- --report <file.html|file.csv>]`: validates the
 * entries under content/ (or only the given unit or unit-year folders) and prints the audit; `--report` also
 * writes one feedback file per unit for the bureau to send back. Exit 1 on schema errors (and, with --strict,
 * on 确定 findings); 0 otherwise; 2 on a wrong argument.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditedCatalogue, onlyFolders, type AuditedCatalogue } from '../src/core/catalogue.ts';
import { audit } from '../src/core/rules/index.ts';
import type { NarrativeReader } from '../src/core/narrative-read.ts';
import { buildReport, formatReport, type CheckReport } from '../src/core/report.ts';
import { ownerOf, unitReportCsvRows, unitReports } from '../src/core/unit-report.ts';
import { unitReportHtml } from '../src/core/unit-report-html.ts';
import { toCsv } from '../src/core/csv.ts';
import { statusTotals } from '../src/core/status.ts';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { checkCacheDir, openCheckCache } from '../src/lib/check-cache.ts';
import type { CachedNarrativeReader } from '../src/lib/narrative-cache.ts';
import { buildNarrativeReader } from './build/batch.ts';
import { codeKey } from './build/incremental.ts';
import { checkWorkers, shareCheck } from './build/check-share.ts';

export interface CheckOptions {
	json?: boolean;
	strict?: boolean;
	root?: string;
	/** Folders to check alone: `content/disclosures/<unit>` or `content/disclosures/<unit>/<year>`. */
	only?: string[];
	/** Where to write the per-unit reports (`.html` or `.csv`). */
	reportFile?: string;
	/**
	 * Reads each narrative (the build passes one that caches them on disk for Astro); one with `prune` is pruned
	 * after a check of the whole content.
	 */
	readNarrative?: NarrativeReader & Partial<Pick<CachedNarrativeReader, 'prune'>>;
	/**
	 * Where to keep each unit-year's validated entry and findings (src/lib/check-cache.ts) so an unchanged one is
	 * not parsed, validated or audited again; none: no cache. `fresh` reads none of it but writes it (a full build).
	 */
	cache?: { dir: string; fresh?: boolean };
	write(text: string): void;
}

/** A unit (and optionally a year) named by a folder argument. */
interface Selection {
	unit: string;
	year?: string;
}

/** Reads a folder argument; undefined when it is not a unit or unit-year folder under disclosures/. */
export function selectionOf(folder: string): Selection | undefined {
	const m = /(?:^|\/)disclosures\/([a-z0-9-]+)(?:\/(\d{4}))?\/?$/.exec(folder.split('\\').join('/'));
	return m ? { unit: m[1], ...(m[2] ? { year: m[2] } : {}) } : undefined;
}

const selects = (s: Selection, dir: string) => {
	const owner = ownerOf(`${dir}/`);
	return !!owner && owner.unit === s.unit && (!s.year || owner.entry === `${s.unit}/${s.year}`);
};

/** Only the errors and warnings about the selection (a unit's own file counts for it). */
function narrowReport(report: CheckReport, only: Selection[], strict = false): CheckReport {
	const mine = (file: string) => {
		const owner = ownerOf(file);
		return !!owner && only.some((s) => s.unit === owner.unit && (!s.year || !owner.entry || owner.entry === `${s.unit}/${s.year}`));
	};
	const schemaErrors = report.schemaErrors.filter((e) => mine(e.file));
	const warnings = report.warnings.filter((w) => mine(w.file));
	// The other units of a roster were not read, so they would look unpublished: keep the selected ones only.
	const status = report.status.map((st) => ({
		...st,
		rows: st.rows.filter((r) => only.some((s) => s.unit === r.unit.id && (!s.year || s.year === String(st.year)))),
	}));
	const failed = schemaErrors.length > 0 || (strict && report.counts.findings['确定'] > 0);
	return {
		...report,
		ok: !failed,
		exitCode: failed ? 1 : 0,
		counts: {
			...report.counts,
			schemaErrors: schemaErrors.length,
			warnings: warnings.length,
			units: new Set(only.map((s) => s.unit)).size,
		},
		schemaErrors,
		warnings,
		status: status.filter((st) => st.rows.length > 0).map((st) => ({ ...st, totals: statusTotals(st.rows) })),
	};
}

/** Writes one report per unit: the given file when there is one unit, else `<name>-<unit>.<ext>` beside it. */
function writeReports(file: string, report: CheckReport, units: Parameters<typeof unitReports>[1]): string[] {
	const ext = extname(file).toLowerCase();
	const reports = unitReports(report, units);
	mkdirSync(dirname(resolve(file)), { recursive: true });
	return reports.map((r) => {
		const path = reports.length === 1 ? file : `${file.slice(0, -ext.length)}-${r.unit.id}${ext}`;
		writeFileSync(path, ext === '.csv' ? toCsv(unitReportCsvRows(r)) : unitReportHtml(r));
		return path;
	});
}

/**
 * Reads, validates, audits and catalogues the content, one unit-year folder at a time: each file's text is read
 * from disk when it is used (lazy), and what the audit alone reads (the narratives' reading, the source text) is
 * garbage once its entry is audited. At province scale the batch's texts never sit in memory together.
 */
function readBatch(options: CheckOptions, only: Selection[]) {
	let files = readContentFiles(options.root ?? contentRoot(), process.cwd(), { lazy: true });
	if (only.length) files = onlyFolders(files, (dir) => only.some((s) => selects(s, dir)));
	// A check of the whole content also deletes the records of folders it no longer has.
	const cache =
		options.cache && openCheckCache(files, codeKey(process.cwd()), options.cache.dir, { ...options.cache, prune: !only.length });
	return { catalogue: auditedCatalogue(files, { read: options.readNarrative, parse: cache?.parse, audit: cache?.audit ?? audit }), cache };
}

/** Runs the check and writes the report; returns the exit code. */
export function runCheck(options: CheckOptions): {
	exitCode: number;
	report: CheckReport;
	catalogue: AuditedCatalogue;
	/** With a cache: unit-years whose entry and findings came from it, the ones checked again, records of removed folders deleted. */
	cached?: { reused: number; checked: number; pruned: number };
	/** Narratives deleted from the narrative cache: no longer in the content and unused for a day. */
	prunedNarratives?: number;
} {
	const only = (options.only ?? []).map((f) => selectionOf(f)!);
	const { catalogue, cache } = readBatch(options, only);
	let report = buildReport(catalogue, { strict: options.strict });
	const cached = cache?.save();
	const prunedNarratives = only.length ? undefined : options.readNarrative?.prune?.();
	if (only.length) report = narrowReport(report, only, options.strict);
	options.write(options.json ? JSON.stringify(report, null, 2) : formatReport(report, { strict: options.strict }));
	if (options.reportFile) {
		for (const path of writeReports(options.reportFile, report, catalogue.units)) if (!options.json) options.write(`反馈单已写入：${path}`);
	}
	return { exitCode: report.exitCode, report, catalogue, ...(cached ? { cached } : {}), ...(prunedNarratives ? { prunedNarratives } : {}) };
}

const USAGE = '用法：npm run check [-- content/disclosures/<单位>[/<年度>]] [-- --json] [-- --strict] [-- --report <文件.html|文件.csv>]';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const reportAt = args.indexOf('--report');
	const reportFile = reportAt >= 0 ? args[reportAt + 1] : undefined;
	const rest = args.filter((_, i) => reportAt < 0 || (i !== reportAt && i !== reportAt + 1));
	const flags = rest.filter((a) => a.startsWith('--'));
	const folders = rest.filter((a) => !a.startsWith('--'));
	const fail = (message: string) => {
		console.error(`${message}\n${USAGE}`);
		process.exit(2);
	};
	const unknown = flags.filter((a) => !['--json', '--strict'].includes(a));
	if (unknown.length) fail(`未知参数：${unknown.join(' ')}。`);
	if (reportAt >= 0 && (!reportFile || !/\.(html|csv)$/i.test(reportFile))) fail('--report 后应跟一个 .html 或 .csv 文件名。');
	for (const f of folders) {
		if (!selectionOf(f)) fail(`“${f}”不是单位或单位年度文件夹（应为 content/disclosures/<单位> 或 content/disclosures/<单位>/<年度>）。`);
		if (!existsSync(f)) fail(`找不到文件夹“${f}”。`);
	}
	// A whole content with many unchecked folders: their work over the cores first (scripts/build/check-share.ts).
	if (!folders.length) {
		try {
			await shareCheck({
				root: contentRoot(),
				projectRoot: process.cwd(),
				cacheDir: checkCacheDir(),
				fresh: false,
				workers: checkWorkers(),
			});
		} catch (error) {
			console.error(`检查已停止：${(error as Error).message}。`);
			process.exit(1);
		}
	}
	const { exitCode } = runCheck({
		json: flags.includes('--json'),
		strict: flags.includes('--strict'),
		only: folders,
		reportFile,
		// The same caches as the build's: a check after an edit re-reads only the edited unit-years.
		readNarrative: buildNarrativeReader(),
		cache: { dir: checkCacheDir() },
		write: (s) => process.stdout.write(s + '\n'),
	});
	process.exitCode = exitCode;
}
