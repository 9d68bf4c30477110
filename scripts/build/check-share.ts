/**
 * The check's work shared out over the cores (issue #13): before the check proper, worker threads parse, validate
 * and audit the unit-year folders that have no record in the check cache, each its share, and leave the records
 * (src/lib/check-cache.ts) and the rendered narratives (the build's narrative cache) on disk. The check then runs
 * as always, one folder after another, and finds every folder done: what it reports is what it would have
 * computed itself, in the same order, because it is the same code on the same files.
 *
 * Worth it only for many folders (a first build, a new year, a new version of gongkai); an edit of a few
 * unit-years is checked by the check alone.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { auditedCatalogue, onlyFolders } from '../../src/core/catalogue.ts';
import { positiveSetting } from '../../src/core/settings.ts';
import { foldersWithoutRecord, openCheckCache } from '../../src/lib/check-cache.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { buildNarrativeReader } from './batch.ts';
import { codeKey } from './incremental.ts';

/** Below this many folders to check, threads cost more than they save. */
export const MIN_SHARED_FOLDERS = 200;

/** Worker threads for the check (`GONGKAI_CHECK_WORKERS`, default one per core). */
export const checkWorkers = (): number =>
	positiveSetting('GONGKAI_CHECK_WORKERS', process.env.GONGKAI_CHECK_WORKERS, availableParallelism());

interface Share {
	/** The content folder and the project folder (the code key, the narrative cache). */
	root: string;
	projectRoot: string;
	cacheDir: string;
	fresh: boolean;
	/** The unit-year folders of this share, as readContentFiles names them. */
	dirs: string[];
}

/** A worker's share: checked and audited as the check does it, kept only in the caches. */
function checkShare({ root, projectRoot, cacheDir, fresh, dirs }: Share): void {
	const mine = new Set(dirs);
	const files = onlyFolders(readContentFiles(root, projectRoot, { lazy: true }), (dir) => mine.has(dir));
	const cache = openCheckCache(files, codeKey(projectRoot), cacheDir, { fresh });
	auditedCatalogue(files, { read: buildNarrativeReader(projectRoot), parse: cache.parse, audit: cache.audit });
	cache.save();
}

/**
 * Checks the folders of `root` that have no record in `cacheDir` in `workers` threads, when there are enough of
 * them; returns how many folders were shared out (0: the check does them itself). Afterwards the check is to read
 * the cache even in a full build (`fresh`): its records were all written now.
 */
export async function shareCheck(o: Omit<Share, 'dirs'> & { workers: number; min?: number }): Promise<number> {
	const todo = foldersWithoutRecord(readContentFiles(o.root, o.projectRoot, { lazy: true }), codeKey(o.projectRoot), o.cacheDir, o.fresh);
	if (o.workers < 2 || todo.length < (o.min ?? MIN_SHARED_FOLDERS)) return 0;
	// Every n-th folder: neighbours (one unit's years) are alike in size, so the shares are too.
	const shares = Array.from({ length: o.workers }, (_, w) => todo.filter((_, i) => i % o.workers === w));
	await Promise.all(
		shares.map(
			(dirs) =>
				new Promise<void>((done, failed) => {
					const share: Share = { root: o.root, projectRoot: o.projectRoot, cacheDir: o.cacheDir, fresh: o.fresh, dirs };
					const worker = new Worker(new URL(import.meta.url), { workerData: share });
					let finished = false;
					worker.once('message', () => (finished = true));
					worker.once('error', failed);
					worker.once('exit', (code) => (finished ? done() : failed(new Error(`检查的工作线程意外退出（退出码 ${code}）`))));
				}),
		),
	);
	return todo.length;
}

if (!isMainThread && (workerData as Partial<Share>)?.dirs) {
	checkShare(workerData as Share);
	parentPort!.postMessage('done');
}
