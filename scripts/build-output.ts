/**
 * The output folder of a build, kept safe: which folders may be replaced at all, one build at a time per
 * folder (a lock file), a staging folder of each build's own, the check that the staged site is complete,
 * and the swap. Used by scripts/build.ts; every refusal is a BuildRefusal with a Chinese message.
 */
import {
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';

/** A refusal to build; the message says why and what to do. */
export class BuildRefusal extends Error {}

/** Marks a folder as a gongkai build, so a later build may replace it (and nothing else). */
export const BUILD_MARKER = '.gongkai-build';

const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/** A folder built before the marker existed: the files only a gongkai build writes together. */
const isLegacyBuild = (dir: string) =>
	['index.html', 'pagefind/pagefind-entry.json', 'data/index.json'].every((f) => existsSync(join(dir, f)));

/** Refuses an output folder that is not ours to replace: the project, the content, or someone else's files. */
export function checkOutputDir(target: string, projectRoot: string, contentDir: string): void {
	const out = real(target);
	const project = real(projectRoot);
	if (within(project, out))
		throw new BuildRefusal(`输出目录 ${target} 是项目根目录或它的上级：构建会替换整个目录，请改用 dist/ 之类的子目录`);
	for (const content of new Set([real(contentDir), real(join(projectRoot, 'content'))])) {
		if (within(out, content) || within(content, out))
			throw new BuildRefusal(`输出目录 ${target} 与内容目录 ${content} 重叠：构建会替换整个输出目录，内容会丢失`);
	}
	if (!existsSync(out)) return;
	if (!lstatSync(out).isDirectory()) throw new BuildRefusal(`输出目录 ${target} 已存在且不是文件夹`);
	const entries = readdirSync(out);
	if (entries.length && !entries.includes(BUILD_MARKER) && !isLegacyBuild(out)) {
		throw new BuildRefusal(
			`输出目录 ${target} 不是空目录，也不是以前生成的站点（没有 ${BUILD_MARKER} 标记）：为免覆盖其他文件，请换一个目录，或确认后手动清空它`,
		);
	}
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

interface LockHolder {
	pid?: number;
	host?: string;
	started?: string;
}
const readLock = (path: string): LockHolder => {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
	} catch {
		return {};
	}
};

/** Moves a stale lock aside atomically; if a live build replaced it meanwhile, puts that one back. */
function takeOverStale(lock: string, stalePid: number | undefined): void {
	const aside = `${lock}.stale-${process.pid}`;
	try {
		renameSync(lock, aside);
	} catch {
		return; // another build took it over first
	}
	if (readLock(aside).pid !== stalePid) {
		try {
			linkSync(aside, lock);
		} catch {
			// A third build holds the lock now; ours will be refused on the next attempt.
		}
	}
	rmSync(aside, { force: true });
}

/**
 * Takes the lock of an output folder (`<target>.lock`, created exclusively) and returns its release.
 * A lock whose process is gone (killed, machine restarted) is stale and taken over.
 */
export function acquireLock(target: string): () => void {
	const lock = `${target}.lock`;
	mkdirSync(dirname(target), { recursive: true });
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }), { flag: 'wx' });
			return () => {
				if (readLock(lock).pid === process.pid) rmSync(lock, { force: true });
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = readLock(lock);
			const sameHost = !holder.host || holder.host === hostname();
			if (holder.pid && (!sameHost || alive(holder.pid))) {
				throw new BuildRefusal(
					`另一个构建（进程 ${holder.pid}${holder.started ? `，开始于 ${holder.started}` : ''}）正在写入 ${target}：请等它结束后再构建。如确认没有构建在运行，删除 ${lock}`,
				);
			}
			takeOverStale(lock, holder.pid);
		}
	}
	throw new BuildRefusal(`无法取得输出目录的锁 ${lock}：另一个构建同时在启动，请稍后再试`);
}

/** A fresh staging folder beside the target (same file system, so the swap is a rename); old ones from dead builds are removed. */
export function createStaging(target: string): string {
	const prefix = `${basename(target)}.staging-`;
	for (const name of readdirSync(dirname(target))) {
		// We hold the lock: any other staging folder of this target belongs to a build that died.
		if (name.startsWith(prefix) || name === `${basename(target)}.staging`)
			rmSync(join(dirname(target), name), { recursive: true, force: true });
	}
	return mkdtempSync(join(dirname(target), prefix));
}

/** Moves every file below `from` to the same path below `to` (same file system: renames) and removes `from`. */
export function moveInto(from: string, to: string): void {
	for (const e of readdirSync(from, { withFileTypes: true, recursive: true })) {
		if (e.isDirectory()) continue;
		const path = relative(from, join(e.parentPath, e.name));
		mkdirSync(dirname(join(to, path)), { recursive: true });
		renameSync(join(from, path), join(to, path));
	}
	rmSync(from, { recursive: true, force: true });
}

/** Files of `expected` the staged site lacks (empty when complete). */
export function missingOutput(dir: string, expected: readonly string[]): string[] {
	return expected.filter((p) => !existsSync(join(dir, p)));
}

/**
 * Marks the staged site as a gongkai build, so a later build may replace the folder. The text is constant: the
 * same content built twice must give the same bytes, and the marker is listed in SHA256SUMS like any file.
 */
export function markBuild(staging: string): void {
	writeFileSync(join(staging, BUILD_MARKER), 'gongkai\n');
}

/** Puts the staged site in place of the target; the previous site is removed only after. */
export function swapIn(staging: string, target: string): void {
	const old = `${staging}.previous`;
	if (existsSync(target)) renameSync(target, old);
	renameSync(staging, target);
	rmSync(old, { recursive: true, force: true });
}

/** Path for messages: relative to the project when inside it. */
export const shown = (p: string, projectRoot: string) => (within(p, projectRoot) ? relative(projectRoot, p) || p : p);
