/**
 * `npm run build [-- --strict]`, in steps that each stop the build on failure and leave the published site
 * as it was: (1) the output folder is ours to replace and no other build is writing it (lock); (2) the
 * content passes `check` (with --strict, 确定 findings stop it too; a first check shares its work out over the
 * cores, build/check-share.ts); (3) Astro builds into a staging folder of this build's own while this process
 * writes the open data, then (after Astro has exited, so the two never hold memory at once) Pagefind indexes it,
 * two shards at a time (build/search-index.ts);
 * (4) the staged site is verified complete; (5) it replaces the old one.
 * Incremental (scripts/build/incremental.ts): Astro reuses the pages of unit-years whose inputs did not change
 * (`cacheKey`), and their data files and search shards come from the previous site; `--full` redoes everything.
 * Ctrl-C, `kill` or the end of the npm process that started it stop Astro too and remove the staging folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectedOutput } from '../src/core/expected-output.ts';
import { contentRoot } from '../src/lib/content-files.ts';
import { contentHash, folderHashes } from '../src/lib/content-hash.ts';
import { cacheRoot } from '../src/lib/cache-folder.ts';
import { searchConcurrency, searchShardBudget } from '../src/lib/search-shards.ts';
import {
	acquireLock,
	BuildRefusal,
	checkOutputDir,
	createStaging,
	markBuild,
	missingOutput,
	moveInto,
	shown,
	swapIn,
} from './build-output.ts';
import { runCheck } from './check.ts';
import { checkWorkers, shareCheck } from './build/check-share.ts';
import { checkCacheDir } from '../src/lib/check-cache.ts';
import { writeManifest } from './build/manifest.ts';
import { buildNarrativeReader, handOff } from './build/batch.ts';
import { writeSearchIndex } from './build/search-index.ts';
import { writeDataFiles } from './build/data-files.ts';
import { footerHash, placeGroups, planBuild, refreshFooters, stateOf, writeCacheKeys, writeState } from './build/incremental.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.GONGKAI_OUT_DIR ?? 'dist');
const strict = process.argv.includes('--strict');
const full = process.argv.includes('--full');
const where = shown(target, root);

let staging: string | undefined;
// The open data, written beside Astro (which empties its output folder) and moved into `staging` after it.
let dataStaging: string | undefined;
let release: (() => void) | undefined;
// The Astro process; the signal handler and cleanUp read it before renderPages assigns it.
let astro: ReturnType<typeof spawn> | undefined;
// Set inside prepareSite; cleanUp (run on any stop) reads them whether or not they were written yet.
let handOffFile: { remove(): void } | undefined;
let cacheKeys: ReturnType<typeof writeCacheKeys> | undefined;
const cleanUp = () => {
	// Astro still rendering (a failure beside it, in this process): it stops with the build.
	if (astro && astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
	handOffFile?.remove();
	cacheKeys?.remove();
	for (const dir of [staging, dataStaging]) if (dir) rmSync(dir, { recursive: true, force: true });
	release?.();
	staging = dataStaging = release = undefined;
};
function stop(message: string, code = 1): never {
	cleanUp();
	console.error(`\n${message}${where} 未改动。`);
	process.exit(code);
}

// Seconds of each step, printed at the end: where the time of a (re)build goes.
const times: [string, number][] = [];
let stepStart = performance.now();
const lap = (step: string) => {
	times.push([step, (performance.now() - stepStart) / 1000]);
	stepStart = performance.now();
};

// 1. The settings of speed and memory, read now (a mistyped one stops the build before the long steps); the output folder.
let shardBudget = 0;
let shardsAtOnce = 0;
let checkThreads = 0;
try {
	shardBudget = searchShardBudget();
	shardsAtOnce = searchConcurrency();
	checkThreads = checkWorkers();
} catch (error) {
	stop(`构建已停止：${(error as Error).message}。`);
}
try {
	checkOutputDir(target, root, contentRoot(root));
	release = acquireLock(target);
} catch (error) {
	if (!(error instanceof BuildRefusal)) throw error;
	stop(`构建已停止：${error.message}。`);
}

/** The environment for Astro: Vite reads BASE_URL, MODE… from it (a test runner sets them), which would override GONGKAI_BASE in links. */
function astroEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
	return env;
}

// The handlers come first: a signal between the staging folder and the spawn must not kill us before we clean up.
let interrupted: NodeJS.Signals | undefined;
const interrupt = (signal: NodeJS.Signals) => {
	interrupted ??= signal;
	// Before Astro (the check's threads) or after it (the search index's): stop here, the threads and Pagefind's services end with us.
	if (!astro || astro.exitCode !== null || astro.signalCode !== null) stop(`构建被中断（${signal}），临时文件已删除。`, 130);
	astro?.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, interrupt);
// npm runs this script under a shell that does not pass signals on: when npm (our parent) goes, so do we.
const parent = process.ppid;
const orphanWatch = setInterval(() => process.ppid !== parent && interrupt('SIGTERM'), 500);

/**
 * Step 2 and everything that needs the checked batch: the hand-off file for Astro, the incremental plan, the lists
 * the later steps check against, and the writer of the open data (into a folder of its own: Astro empties its
 * output folder), run while Astro renders. Once it has run only the small results are left, so the batch —
 * gigabytes at province scale — is garbage while Astro is still starting up and long before Pagefind (issue #13).
 */
function prepareSite(shared: number) {
	// 2. The content (its folders without a record already checked by the threads, when there were many).
	const check = runCheck({
		strict,
		write: (s) => process.stdout.write(s + '\n'),
		readNarrative: buildNarrativeReader(root),
		cache: { dir: checkCacheDir(root), fresh: full && !shared },
	});
	lap('检查');
	if (shared) console.log(`检查：${shared} 个单位年度由 ${checkThreads} 个线程分头校验与核对。`);
	else if (check.cached?.reused) console.log(`检查：${check.cached.reused} 个单位年度未改动，沿用上次检查的校验与核对结果。`);
	if (check.cached?.pruned) console.log(`检查：删去 ${check.cached.pruned} 个已不在内容中、一天未用的单位年度缓存记录。`);
	if (check.prunedNarratives) console.log(`检查：删去 ${check.prunedNarratives} 篇已不在内容中、一天未用的正文缓存。`);
	if (check.exitCode !== 0) {
		stop(`构建已停止：${check.report.schemaErrors.length ? '先修正上面的数据错误' : '--strict：存在“确定”级核对发现'}。`);
	}
	// The checked batch for Astro (never computed twice).
	const batch = handOff(check, root);
	// Only its remove(): the hand-off object also holds the batch.
	handOffFile = { remove: batch.remove };
	// What the previous site gives this one (nothing after a change of code or settings): Astro skips those pages.
	const hashNow = contentHash(contentRoot(root)).slice(0, 16);
	const plan = planBuild({
		root,
		target,
		cacheDir: cacheRoot(root),
		folders: folderHashes(contentRoot(root)),
		contentHash: hashNow,
		batch: batch.batch,
		full,
	});
	cacheKeys = writeCacheKeys(cacheRoot(root), plan);
	if (plan.fullBecause) console.log(`完整构建：${plan.fullBecause}。`);
	staging = createStaging(target);
	dataStaging = mkdtempSync(`${staging}-data-`);
	lap('交接');
	// What the open data needs, held only until it is written (no closure here captures `check` itself).
	let forData: Pick<typeof check, 'catalogue' | 'report'> | undefined = { catalogue: check.catalogue, report: check.report };
	return {
		/**
		 * Open data is pure data: written from the checked batch, not rendered by Astro (scripts/build/data-files.ts),
		 * while Astro renders the pages on the other core. Called once; the batch is garbage after it.
		 */
		writeData() {
			const { catalogue, report } = forData!;
			forData = undefined;
			writeDataFiles(dataStaging!, catalogue, report, (folder) => plan.unitYears.has(folder));
		},
		plan,
		astroEnv: { ...batch.env, ...cacheKeys.env },
		total: check.catalogue.disclosures.length,
		expected: expectedOutput(check.catalogue, shardBudget),
		outline: {
			units: check.catalogue.units.map(({ id }) => ({ id })),
			disclosures: check.catalogue.disclosures.map(({ unit, year }) => ({ unit, year })),
		},
	};
}
const shared = await shareCheck({
	root: contentRoot(root),
	projectRoot: process.cwd(),
	cacheDir: checkCacheDir(root),
	fresh: full,
	workers: checkThreads,
}).catch((error: Error) => stop(`构建已停止：${error.message}。`));
const { writeData, plan, astroEnv: handOffEnv, total, expected, outline } = prepareSite(shared);

// 3. Astro, into this build's own staging folder (with this process's heap settings: it reads the whole batch too);
// then the search index.
const heapFlags = process.execArgv.filter((a) => /^--(max-old-space-size|max-semi-space-size|heap-growing-percent)=/.test(a));
/** Runs Astro; resolves with its exit code. */
function renderPages(): Promise<number | null> {
	astro = spawn(
		process.execPath,
		[...heapFlags, resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(full ? ['--force'] : [])],
		{
			cwd: root,
			stdio: 'inherit',
			env: { ...astroEnv(), ...handOffEnv, GONGKAI_OUT_DIR: staging!, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	if (interrupted) astro.kill(interrupted);
	return new Promise((done) => astro!.on('exit', (code) => done(code)));
}
const rendered = renderPages();
// The open data meanwhile, in this process; then the batch is unreachable: a full collection (with node --expose-gc).
// The last-resort kind also gives the freed pages back to the system at once; after a plain one V8 kept them (10 GB
// at 10,000 unit-years) until its memory reducer ran, and they added up with Astro's.
const dataStart = performance.now();
try {
	writeData();
} catch (error) {
	stop(`开放数据写入失败：${(error as Error).message}`);
}
const dataSeconds = (performance.now() - dataStart) / 1000;
globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
const status = await rendered;
lap('Astro');
times.push(['其中开放数据（与 Astro 同时）', dataSeconds]);
if (interrupted) stop(`构建被中断（${interrupted}），临时文件已删除。`, 130);
if (status !== 0) stop('构建失败（见上方错误）。');
// Pages Astro reused print the content hash of the build that rendered them; the unchanged unit-years' data
// files come from the previous site, the new ones from this build's data folder.
try {
	refreshFooters(staging!, plan.contentHash);
	placeGroups(target, staging!, plan.unitYears.values());
	moveInto(dataStaging!, staging!);
} catch (error) {
	stop(`复用上次构建的文件失败：${(error as Error).message}。请用 npm run build -- --full 重新构建`);
}
lap('复用');
const shards = await writeSearchIndex(
	staging!,
	outline,
	footerHash(plan.contentHash),
	plan.previous && { site: target, shards: plan.previous.shards },
	shardsAtOnce,
).catch((error: Error) => stop(`构建失败：${error.message}。`));
const reusedShards = shards.filter((s) => s.reused).length;
console.log(
	`已为 ${shards.reduce((n, s) => n + s.pages, 0)} 个页面建立全文检索索引（${shards.length} 个分片${reusedShards ? `，其中 ${reusedShards} 个沿用上次构建` : ''}）`,
);
clearInterval(orphanWatch);

// 4. Mark the build and list every file with its hash (after Pagefind, so the manifest covers the search
// index too); then verify the staged site is complete.
markBuild(staging!);
lap('检索索引');
writeManifest(staging!);
const missing = missingOutput(staging!, expected);
if (missing.length) {
	stop(`构建结果不完整，缺少 ${missing.length} 个文件：${missing.slice(0, 10).join('、')}${missing.length > 10 ? ' …' : ''}。`);
}

// 5. Swap; then record the site for the next incremental build (file identities survive the rename).
const state = stateOf(staging!, plan, shards.groups);
lap('清单与核对');
swapIn(staging!, target);
staging = undefined;
writeState(plan.statePath, state);
cleanUp();
console.log(
	`\n站点已生成：${where}（${total} 个单位年度，其中 ${total - plan.unitYears.size} 个重新生成、${plan.unitYears.size} 个沿用上次构建）`,
);
console.log(`各步用时（秒）：${times.map(([step, s]) => `${step} ${s.toFixed(1)}`).join('，')}`);
