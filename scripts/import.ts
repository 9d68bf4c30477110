/**
 * `npm run import -- <file> --unit <id> --year <y> [--content <dir>] [--force] [--json]`: drafts a unit-year
 * from the published document (.pdf or .txt). Writes the folder only when the file could be read, never over an
 * existing entry without --force, then runs the check on the draft and prints the import report.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../src/core/catalogue.ts';
import { importText, type ImportResult } from '../src/core/import/index.ts';
import { buildImportReport, formatImportReport, type CheckSummary, type ImportReport } from '../src/core/import/report.ts';
import { draftYaml } from '../src/core/import/yaml-out.ts';
import { audit } from '../src/core/rules/index.ts';
import { parseDisclosure } from '../src/core/validate.ts';
import { formatSchemaError } from '../src/core/schema/errors.ts';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { DocumentError, readDocument } from '../src/lib/read-document.ts';
import { PERFORMANCE, UNIT } from './new-entry.ts';

export interface ImportOptions {
	file: string;
	unit: string;
	year: number;
	content?: string;
	force?: boolean;
	json?: boolean;
	write(text: string): void;
	error(text: string): void;
}

const USAGE = '用法：npm run import -- <原文.pdf|原文.txt> --unit <单位标识> --year <年度> [--content <内容目录>] [--force] [--json]';

/** Every file of the draft folder, as text (the PDF is copied separately). */
function draftFiles(result: ImportResult, options: ImportOptions, sourceName: string): [string, string][] {
	const fa = result.finalAccounts;
	const title = typeof fa?.title === 'string' ? fa.title : null;
	const index = {
		unit: options.unit,
		year: options.year,
		source: { title, issuer: title ? title.replace(/\d{4}年度部门决算$/, '') || null : null, file: 'source.txt' },
		...(result.organisation?.length ? { organisation: result.organisation } : {}),
		notes: [
			{
				note: `本条目由 npm run import 从 ${sourceName} 生成草稿；数字旁的“第 N 行”指 source.txt 的行号。发布前请逐项核对导入报告（import-report.txt）。`,
			},
		],
	};
	const files: [string, string][] = [
		[
			'index.yaml',
			draftYaml(index, result.organisationPlacements, ' 草稿：原文没有印出的字段为空（null），npm run check 会列为“尚未填写”。'),
		],
		['source.txt', result.src.lines.join('\n')],
	];
	if (fa) {
		files.push([
			'final-accounts.yaml',
			draftYaml(
				fa,
				result.placements,
				' 部门决算草稿（npm run import）：数字按原文照录，行尾注释为它在 source.txt 中的行号。\n 原文中的错误不要改；没有读到的数字见 import-report.txt。',
			),
		]);
		if (result.narrative) files.push(['final-accounts.mdx', result.narrative]);
	}
	if (result.performance) {
		files.push([
			'performance.yaml',
			draftYaml(
				result.performance,
				result.performancePlacements,
				' 绩效自评草稿（npm run import）：表格中的数字按原文照录，行尾注释为它在 source.txt 中的行号。\n 报告正文中要自拟名称的数字和写法不同的句子未起草，见 import-report.txt。',
			),
		]);
	} else if (!fa) {
		files.push(['performance.yaml', PERFORMANCE]);
	}
	files.push([
		'import-provenance.json',
		JSON.stringify(
			{
				generator: 'npm run import',
				source: 'source.txt',
				original: sourceName,
				figures: [
					...result.placements.map(({ path, value, printed, line }) => ({ file: 'final-accounts.yaml', path, value, printed, line })),
					...result.performancePlacements.map(({ path, value, printed, line }) => ({
						file: 'performance.yaml',
						path,
						value,
						printed,
						line,
					})),
					...result.organisationPlacements.map(({ path, value, printed, line }) => ({ file: 'index.yaml', path, value, printed, line })),
				],
			},
			null,
			2,
		),
	]);
	return files;
}

/** What `npm run check` says about this unit-year (its folder and its unit file only). */
function checkDraft(root: string, unit: string, year: number): CheckSummary {
	const all = readContentFiles(root);
	const mine = (dir: string) => dir.split('/').slice(-2).join('/') === `${unit}/${year}`;
	const catalogue = buildCatalogue({
		units: all.units,
		disclosures: all.disclosures.filter((f) => mine(f.dir)),
		narratives: all.narratives.filter((f) => mine(f.dir)),
		extras: all.extras.filter((f) => mine(f.dir)),
	});
	const errors = catalogue.errors.filter((e) => e.file.includes(`${unit}/${year}/`) || e.file.endsWith(`units/${unit}.yaml`));
	// Audit the draft even while its unit file is still empty: the clerk sees the findings from the start.
	const folder = all.disclosures.find((f) => mine(f.dir));
	const parsed = folder ? parseDisclosure(folder) : undefined;
	const d = parsed?.ok ? parsed.data : undefined;
	const findings = d
		? audit(d, {
				unit: catalogue.units.find((u) => u.id === unit),
				narratives: catalogue.narratives?.[`${unit}/${year}`],
				source: all.extras.find((e) => mine(e.dir) && e.name === d.source.file)?.text,
			})
		: [];
	return {
		errors: errors.map((e) => ({ file: e.file, path: e.path, message: formatSchemaError(e) })),
		findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, path: f.path, message: f.message })),
	};
}

/** Runs the import; returns the exit code (0 drafted, 1 refused, 2 usage). */
export async function runImport(options: ImportOptions): Promise<{ exitCode: number; report?: ImportReport; dir?: string }> {
	const { unit, year } = options;
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(unit))
		return refuse(options, `单位标识 "${unit}" 只能使用小写字母、数字和连字符（用于网址）。`, 2);
	if (!Number.isInteger(year) || year < 2000 || year > 2100) return refuse(options, `年度 "${year}" 不是有效的年份。`, 2);
	const root = options.content ?? contentRoot();
	const dir = join(root, 'disclosures', unit, String(year));
	if (existsSync(dir) && !options.force) return refuse(options, `${dir} 已存在，未做任何改动。要用导入结果替换它，请加 --force。`);
	let doc;
	try {
		doc = await readDocument(options.file);
	} catch (error) {
		if (error instanceof DocumentError) return refuse(options, error.message);
		throw error;
	}
	const result = importText(doc.text, doc.layout);
	if (!result.detection.documents.length)
		return refuse(
			options,
			`${basename(options.file)} 中没有找到部门决算或绩效自评的模板用语（如“收入支出决算总体情况”“绩效自评”），无法起草。请确认文件内容。未写入任何内容。`,
		);

	if (existsSync(dir)) rmSync(dir, { recursive: true });
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of draftFiles(result, options, basename(options.file))) writeFileSync(join(dir, name), text);
	if (doc.kind === 'pdf') copyFileSync(options.file, join(dir, 'source.pdf'));
	const unitFile = join(root, 'units', `${unit}.yaml`);
	if (!existsSync(unitFile)) {
		mkdirSync(join(root, 'units'), { recursive: true });
		writeFileSync(unitFile, UNIT(unit));
	}

	const report = buildImportReport(relative(process.cwd(), options.file) || options.file, result, checkDraft(root, unit, year));
	writeFileSync(join(dir, 'import-report.txt'), formatImportReport(report) + '\n');
	writeFileSync(join(dir, 'import-report.json'), JSON.stringify(report, null, 2));
	options.write(
		options.json
			? JSON.stringify({ dir, ...report }, null, 2)
			: `${formatImportReport(report, 12)}\n\n草稿已写入 ${dir}/。下一步：对照 import-report.txt 核对，修正 npm run check 列出的每一处，再 npm run build。`,
	);
	return { exitCode: 0, report, dir };
}

function refuse(options: ImportOptions, message: string, exitCode = 1): { exitCode: number } {
	options.error(options.json ? JSON.stringify({ error: message }) : message);
	return { exitCode };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const value = (name: string) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const known = new Set(['--unit', '--year', '--content', '--force', '--json']);
	const valued = new Set(['--unit', '--year', '--content']);
	const positional = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
	const unknown = args.filter((a) => a.startsWith('--') && !known.has(a));
	const unit = value('--unit');
	const year = value('--year');
	if (unknown.length || positional.length !== 1 || !unit || !year) {
		console.error(unknown.length ? `未知参数：${unknown.join(' ')}。${USAGE}` : USAGE);
		process.exit(2);
	}
	const { exitCode } = await runImport({
		file: positional[0]!,
		unit,
		year: Number(year),
		content: value('--content'),
		force: args.includes('--force'),
		json: args.includes('--json'),
		write: (s) => process.stdout.write(s + '\n'),
		error: (s) => process.stderr.write(s + '\n'),
	});
	process.exitCode = exitCode;
}
