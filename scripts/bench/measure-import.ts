/**
 * Import speed (issue 11: a 40-page document in under 2 s): the longest seed printed by Chromium to a PDF of at
 * least 40 pages, then `npm run import`'s script run on it as a clerk runs it (a fresh Node process: start-up,
 * PDF text layer, draft, files, check of the draft), and the same for its text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../src/core/import/index.ts';
import { pdfText } from '../../src/lib/pdf-text.ts';
import { printTextPdf } from '../print-pdf.ts';
import { measureRun } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'content/disclosures/yanbian-shebao/2021/source.txt');

export interface ImportMeasure {
	pages: number;
	/** Reading the PDF's text and drafting, in this (warm) process: the importer's own work. */
	inProcess: { seconds: number; cpuSeconds: number };
	/** Wall time of the whole command, and the CPU time it used (on a busy machine the two differ a lot). */
	pdf: { seconds: number; cpuSeconds: number };
	text: { seconds: number; cpuSeconds: number };
}

/** CPU seconds used by this process's finished children (cutime + cstime of /proc/self/stat, in ticks of 1/100 s). */
function childCpuSeconds(): number {
	const fields = readFileSync('/proc/self/stat', 'utf8')
		.replace(/^.*\) /, '')
		.split(' ');
	return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Prints the seed to ≥ `minPages` pages and times both imports; throws when an import fails. */
export async function measureImport(env: NodeJS.ProcessEnv, minPages = 40): Promise<ImportMeasure> {
	const work = mkdtempSync(join(tmpdir(), 'gongkai-bench-import-'));
	try {
		const text = readFileSync(SEED, 'utf8');
		let pdf = await printTextPdf(text, 12);
		let pages = (await pdfText(pdf)).pages;
		for (let size = 13; pages < minPages && size <= 20; size++) {
			pdf = await printTextPdf(text, size);
			pages = (await pdfText(pdf)).pages;
		}
		writeFileSync(join(work, 'seed.pdf'), pdf);
		const start = performance.now();
		const cpuStart = process.cpuUsage();
		const read = await pdfText(pdf);
		importText(read.text, read.layout);
		const used = process.cpuUsage(cpuStart);
		const inProcess = { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
		const once = async (file: string, content: string) => {
			const cpu = childCpuSeconds();
			const run = await measureRun(
				[join(ROOT, 'scripts/import.ts'), file, '--unit', 'bench-import', '--year', '2021', '--content', content],
				ROOT,
				env,
			);
			if (!run.ok) throw new Error(`导入失败：\n${run.output.slice(-2000)}`);
			return { seconds: run.seconds, cpuSeconds: childCpuSeconds() - cpu };
		};
		const pdf_ = await once(join(work, 'seed.pdf'), join(work, 'pdf'));
		const text_ = await once(SEED, join(work, 'text'));
		return { pages, inProcess, pdf: pdf_, text: text_ };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const m = await measureImport({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: join(ROOT, '.cache/node-compile') });
	console.log(
		`读取并起草 ${m.pages} 页 PDF（进程内）：${m.inProcess.seconds.toFixed(2)} 秒（CPU ${m.inProcess.cpuSeconds.toFixed(2)} 秒）`,
	);
	console.log(
		`npm run import ${m.pages} 页 PDF：${m.pdf.seconds.toFixed(2)} 秒（CPU ${m.pdf.cpuSeconds.toFixed(2)} 秒）；` +
			`同一文档的 .txt：${m.text.seconds.toFixed(2)} 秒（CPU ${m.text.cpuSeconds.toFixed(2)} 秒）`,
	);
}
