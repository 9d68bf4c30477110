/**
 * `npm run check [-- --json] [-- --strict]`: validates every entry under content/ and prints the audit.
 * Exit 1 on schema errors (and, with --strict, on 确定 findings); 0 otherwise.
 */
import { fileURLToPath } from 'node:url';
import { buildCatalogue, type Catalogue } from '../src/core/catalogue.ts';
import { buildReport, formatReport, type CheckReport } from '../src/core/report.ts';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';

export interface CheckOptions {
	json?: boolean;
	strict?: boolean;
	root?: string;
	write(text: string): void;
}

/** Runs the check and writes the report; returns the exit code. */
export function runCheck(options: CheckOptions): { exitCode: number; report: CheckReport; catalogue: Catalogue } {
	const catalogue = buildCatalogue(readContentFiles(options.root ?? contentRoot()));
	const report = buildReport(catalogue, { strict: options.strict });
	options.write(options.json ? JSON.stringify(report, null, 2) : formatReport(report, { strict: options.strict }));
	return { exitCode: report.exitCode, report, catalogue };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const unknown = args.filter((a) => !['--json', '--strict'].includes(a));
	if (unknown.length) {
		console.error(`未知参数：${unknown.join(' ')}。用法：npm run check [-- --json] [-- --strict]`);
		process.exit(2);
	}
	const { exitCode } = runCheck({ json: args.includes('--json'), strict: args.includes('--strict'), write: (s) => process.stdout.write(s + '\n') });
	process.exitCode = exitCode;
}
