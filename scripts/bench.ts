/**
 * `npm run bench -- [--unit-years N] [--json] [--quick] [--scaling [N1,N2,…]] [--assert] [--keep] [--baseline-cap-mib M]`: generates a
 * synthetic batch of N unit-years (default 1000), builds it with `scripts/build.ts` (what `npm run build` runs)
 * and, in the same run, two baselines with the same pages and text: bare Astro, and bare Astro + Pagefind.
 * Time is wall time; memory the peak of the whole process tree (Astro, Pagefind service). `--scaling` runs
 * several N (default 1,000, 2,000, 5,000) and prints the growth exponents; `--assert` exits 1 when a budget
 * (scripts/bench/budget.ts) is broken. Browser figures (page, first search) and the import are skipped by
 * `--quick` and in `--scaling`. `--rebuild` then changes one figure of one unit-year and builds again (incremental,
 * scripts/build/incremental.ts), reporting that time and its share of the full build. A baseline whose memory passes
 * `--baseline-cap-mib` (default: the machine's memory less 3 GiB) is stopped there; the largest part of it that fits
 * (every 2nd, 4th… page) is then built whole, and the larger figures of the two are reported as lower bounds.
 * Not part of `npm test`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBaseline, pagesOfEvery, writeBaselineSite } from './bench/baseline.ts';
import { budgetViolations, growthExponent, scalingSizes, type BenchResult } from './bench/budget.ts';
import { changeOneFigure, generateBatch } from './bench/generate.ts';
import { folderBytes, htmlFiles, measureRun, searchIndexBytes, type RunStats } from './bench/measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
// Node's flags of `npm run build` (a collection before Pagefind, the heap limit), so the bench builds as it does.
const BUILD_FLAGS = /\bnode ((?:--[\w-]+(?:=\S+)? )*)scripts\/build\.ts/
	.exec(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build)![1]!
	.trim()
	.split(' ');
const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const keep = args.includes('--keep');
const scaling = args.includes('--scaling');
const quick = args.includes('--quick') || scaling;
const rebuild = args.includes('--rebuild');
// The baselines are stopped above this (default: the machine's memory less 3 GiB for the rest of it).
const baselineCapMiB = Number(flag('--baseline-cap-mib') ?? Math.floor(totalmem() / 2 ** 20) - 3072);
const say = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: join(ROOT, '.cache/node-compile') };
const mib = (b: number) => Number((b / 1024 / 1024).toFixed(1));

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
const checked = (what: string, run: RunStats) => (run.ok ? run : fail(`${what}失败：\n${run.output.slice(-4000)}`));

let sizes: number[];
try {
	sizes = scaling ? scalingSizes(flag('--scaling')) : [Number(flag('--unit-years') ?? 1000)];
} catch (error) {
	fail((error as Error).message);
}
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--unit-years 后应为正整数，而不是“${flag('--unit-years')}”`);
if (!(baselineCapMiB > 0)) fail(`--baseline-cap-mib 后应为正数（MiB），而不是“${flag('--baseline-cap-mib')}”`);

/** One full measurement at N unit-years, in a temporary folder removed afterwards (unless --keep). */
async function benchOnce(unitYears: number): Promise<BenchResult> {
	const work = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
	try {
		const loadBefore = loadavg()[0];
		say(`生成 ${unitYears} 个单位年度的合成数据 …`);
		const content = join(work, 'content');
		generateBatch(content, unitYears);
		say('构建 gongkai 站点（npm run build 的同一脚本）…');
		const dist = join(work, 'dist');
		const buildEnv = { ...env, GONGKAI_CONTENT_DIR: content, GONGKAI_OUT_DIR: dist, GONGKAI_CACHE_DIR: join(work, 'cache') };
		const ours = checked('gongkai 构建', await measureRun([...BUILD_FLAGS, join(ROOT, 'scripts/build.ts')], ROOT, buildEnv));
		const steps = (run: RunStats) => say(`  ${/各步用时.*$/m.exec(run.output)?.[0] ?? ''}`);
		steps(ours);
		let again: RunStats | undefined;
		if (rebuild) {
			say(`改动一个数字（${changeOneFigure(content).slice(content.length + 1)}），再构建一次（增量构建）…`);
			again = checked('增量构建', await measureRun([...BUILD_FLAGS, join(ROOT, 'scripts/build.ts')], ROOT, buildEnv));
			// A rebuild that rendered everything again would measure nothing: say so rather than report it.
			if (!again.output.includes(`其中 1 个重新生成、${unitYears - 1} 个沿用上次构建`))
				fail(`增量构建没有只重新生成改动的单位年度：\n${again.output.slice(-2000)}`);
			steps(again);
		}
		const pages = htmlFiles(dist);
		const bare = join(work, 'bare');
		writeBaselineSite(bare, dist, pages, ROOT);
		say(`构建基线：同样 ${pages.length} 个页面、同样文字的空白 Astro 站点，及其加 Pagefind …`);
		const bareAstro = checked('空白 Astro 基线构建', await buildBaseline(bare, ROOT, env, { pagefind: false }));
		const withIndex = await buildBaseline(bare, ROOT, env, { pagefind: true, capMiB: baselineCapMiB });
		const baseline = withIndex.capped ? { ...withIndex } : checked('Astro + Pagefind 基线构建', withIndex);
		let baselinePartPages: number | null = null;
		// A baseline that does not fit this machine is stopped and reported as the lower bound it gives.
		if (withIndex.capped) {
			say(`  Astro + Pagefind 基线内存超过 ${baselineCapMiB} MiB，于 ${withIndex.seconds.toFixed(1)} 秒时中止：只知其用时和内存的下限`);
			// Building and indexing more pages takes no less time or memory, so the largest part of the same site
			// that fits (every 2nd page, every 4th…) bounds the whole from below, often far above where it stopped.
			for (let every = 2; every <= 16 && baselinePartPages === null; every *= 2) {
				const partPages = pagesOfEvery(pages.length, every);
				say(`  同一基线只建每 ${every} 个页面中的一个（${partPages} 个页面）…`);
				const part = await buildBaseline(bare, ROOT, env, { pagefind: true, capMiB: baselineCapMiB, every });
				if (part.capped) {
					say(`  也超过 ${baselineCapMiB} MiB，于 ${part.seconds.toFixed(1)} 秒时中止`);
					continue;
				}
				checked(`只建 ${partPages} 个页面的 Astro + Pagefind 基线构建`, part);
				say(`  ${partPages} 个页面：${part.seconds.toFixed(1)} 秒、峰值 ${Math.round(part.peakMiB)} MiB`);
				baselinePartPages = partPages;
				baseline.seconds = Math.max(baseline.seconds, part.seconds);
				baseline.peakMiB = Math.max(baseline.peakMiB, part.peakMiB);
			}
		}
		let firstSearchKiB: number | null = null;
		if (!quick) firstSearchKiB = await browserFigures(dist);
		const result: BenchResult = {
			unitYears,
			pages: pages.length,
			seconds: Number(ours.seconds.toFixed(1)),
			peakMiB: Math.round(ours.peakMiB),
			baselineSeconds: Number(baseline.seconds.toFixed(1)),
			baselinePeakMiB: Math.round(baseline.peakMiB),
			baselineComplete: !baseline.capped,
			baselinePartPages,
			bareAstroSeconds: Number(bareAstro.seconds.toFixed(1)),
			bareAstroPeakMiB: Math.round(bareAstro.peakMiB),
			distMiB: mib(folderBytes(dist)),
			searchIndexMiB: mib(searchIndexBytes(dist)),
			firstSearchKiB,
			rebuildSeconds: again ? Number(again.seconds.toFixed(1)) : null,
			rebuildRatio: again ? Number((again.seconds / ours.seconds).toFixed(3)) : null,
		};
		printTable(result);
		// Time on a shared machine depends on its load: say it beside the figures.
		say(`机器负载（1 分钟平均，${availableParallelism()} 核）：开始 ${loadBefore.toFixed(1)}，结束 ${loadavg()[0].toFixed(1)}`);
		return result;
	} finally {
		if (keep) say(`保留临时目录：${work}`);
		else rmSync(work, { recursive: true, force: true });
	}
}

/** What a reader's browser loads (one 部门决算 page, a first search) and the import of a 40-page PDF; printed as it goes. */
async function browserFigures(dist: string): Promise<number | null> {
	const kib = (b: number) => (b / 1024).toFixed(1);
	// Loaded only here: a `--quick` or `--scaling` run needs neither Chromium nor the PDF reader.
	const { measurePage } = await import('./measure-page.ts');
	const { measureSearch } = await import('./measure-search.ts');
	say('在 Chromium 中测量一个部门决算页面和第一次检索 …');
	// Like the two below: a measurement that fails is reported, not allowed to lose the figures of the whole run.
	try {
		const page = await measurePage(dist, '/', 'units/bench-unit-0/2020/');
		say(
			`部门决算页：滚动到图表前传输 ${kib(page.initialBytes)} KiB，其中 JavaScript ${kib(page.initialJsBytes)} KiB；${page.drawn}/${page.figures} 幅图绘出后 JavaScript ${kib(page.jsBytesAllDrawn)} KiB`,
		);
	} catch (error) {
		say(`部门决算页未能测量：${(error as Error).message.split('\n')[0]}`);
	}
	let first: number | null = null;
	try {
		const search = await measureSearch(dist, '/', '社会保险');
		first = Number(kib(search.firstSearch.totalBytes));
		say(
			`第一次检索“${search.query}”下载 ${first} KiB（${search.firstSearch.requests} 个请求），其中检索索引 ${kib(search.firstSearch.pagefindBytes)} KiB`,
		);
	} catch (error) {
		say(`第一次检索未能测量：${(error as Error).message.split('\n')[0]}`);
	}
	say('导入：把最长的种子文本用 Chromium 印成 40 页以上的 PDF，再用 npm run import 读取 …');
	try {
		const { measureImport } = await import('./bench/measure-import.ts');
		const imported = await measureImport(env);
		say(
			`导入 ${imported.pages} 页 PDF：读取并起草 ${imported.inProcess.seconds.toFixed(2)} 秒（进程内）；npm run import 全程 ${imported.pdf.seconds.toFixed(2)} 秒 / CPU ${imported.pdf.cpuSeconds.toFixed(2)} 秒；同一文档 .txt ${imported.text.seconds.toFixed(2)} 秒`,
		);
	} catch (error) {
		say(`导入未能测量：${(error as Error).message.split('\n')[0]}`);
	}
	return first;
}

/** A stopped baseline's figures are lower bounds, so the ratios to it are upper bounds. */
const bound = (r: BenchResult) => (r.baselineComplete ? '' : '≥ ');
const upTo = (r: BenchResult) => (r.baselineComplete ? '' : '≤ ');

/** Terminal columns of a string: CJK characters take two. */
const columns = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);

function printTable(r: BenchResult) {
	const rows: [string, string][] = [
		['单位年度', String(r.unitYears)],
		['HTML 页面', String(r.pages)],
		['构建用时（秒）', String(r.seconds)],
		['峰值内存（MiB，进程树）', String(r.peakMiB)],
		['每秒页面数', (r.pages / r.seconds).toFixed(1)],
		['dist 大小（MiB）', String(r.distMiB)],
		['检索索引大小（MiB）', String(r.searchIndexMiB)],
		[
			'基线 Astro + Pagefind：用时（秒） / 峰值（MiB）',
			`${bound(r)}${r.baselineSeconds} / ${bound(r)}${r.baselinePeakMiB}${r.baselinePartPages ? `（下限含只建 ${r.baselinePartPages} 个页面的同一基线）` : ''}`,
		],
		['基线空白 Astro：用时（秒） / 峰值（MiB）', `${r.bareAstroSeconds} / ${r.bareAstroPeakMiB}`],
		['用时 / Astro + Pagefind 基线', `${upTo(r)}${(r.seconds / r.baselineSeconds).toFixed(2)}`],
		['内存 / Astro + Pagefind 基线', `${upTo(r)}${(r.peakMiB / r.baselinePeakMiB).toFixed(2)}`],
		...(r.rebuildSeconds === null
			? []
			: ([['改动一个数字后重建（秒） / 与完整构建之比', `${r.rebuildSeconds} / ${r.rebuildRatio}`]] as [string, string][])),
	];
	const width = Math.max(...rows.map(([k]) => columns(k)));
	say('\n' + rows.map(([k, v]) => `${k}${' '.repeat(width + 2 - columns(k))}${v}`).join('\n') + '\n');
}

const results: BenchResult[] = [];
for (const n of sizes) results.push(await benchOnce(n));

let summary: object = results[0];
if (scaling) {
	const fit = (runs: BenchResult[], pick: (r: BenchResult) => number) =>
		new Set(runs.map((r) => r.unitYears)).size < 2
			? null
			: Number(growthExponent(runs.map((r) => ({ n: r.unitYears, value: pick(r) }))).toFixed(2));
	// The baseline's exponents only from the sizes it was built at: a stopped one gives no cost to fit.
	const complete = results.filter((r) => r.baselineComplete);
	const exponents = {
		timeExponent: fit(results, (r) => r.seconds),
		memoryExponent: fit(results, (r) => r.peakMiB),
		baselineTimeExponent: fit(complete, (r) => r.baselineSeconds),
		baselineMemoryExponent: fit(complete, (r) => r.baselinePeakMiB),
	};
	say('单位年度 | 用时（秒） | 峰值（MiB） | 基线用时 | 基线峰值 | 用时倍数 | 内存倍数');
	for (const r of results) {
		say(
			`${r.unitYears} | ${r.seconds} | ${r.peakMiB} | ${bound(r)}${r.baselineSeconds} | ${bound(r)}${r.baselinePeakMiB} | ${upTo(r)}${(r.seconds / r.baselineSeconds).toFixed(2)} | ${upTo(r)}${(r.peakMiB / r.baselinePeakMiB).toFixed(2)}`,
		);
	}
	say(
		`增长指数（用时 ∝ N^b，对数—对数拟合）：gongkai 用时 ${exponents.timeExponent}、内存 ${exponents.memoryExponent}；基线用时 ${exponents.baselineTimeExponent ?? '—'}、内存 ${exponents.baselineMemoryExponent ?? '—'}（只用建成的基线${complete.length < 2 ? '：不足两个规模' : ''}）`,
	);
	summary = { scaling: results, ...exponents };
}
if (json) process.stdout.write(JSON.stringify(summary) + '\n');

if (args.includes('--assert')) {
	const broken = results.flatMap(budgetViolations);
	if (broken.length) fail(`性能预算未达到：\n${broken.map((b) => `  - ${b}`).join('\n')}`);
	say('性能预算：全部达到。');
}
