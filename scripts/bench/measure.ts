/** Running a build as a child process and measuring it: wall time and peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RunStats {
	ok: boolean;
	seconds: number;
	/** Peak of the summed resident memory of the process and all its descendants (MiB), sampled every 100 ms. */
	peakMiB: number;
	output: string;
	/** Stopped because its memory passed the cap it was given: `seconds` and `peakMiB` are then lower bounds. */
	capped: boolean;
}

function children(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
			readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
		);
	} catch {
		return [];
	}
}

function rssKiB(pid: number): number {
	try {
		const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) : 0;
	} catch {
		return 0;
	}
}

function treeRssKiB(pid: number): number {
	return rssKiB(pid) + children(pid).reduce((sum, c) => sum + treeRssKiB(c), 0);
}

/** Every process of the tree below `pid`, the deepest first. */
function tree(pid: number): number[] {
	return [...children(pid).flatMap(tree), pid];
}

/**
 * Runs `node <args>` in `cwd` with `env`, returning time, peak tree memory and the combined output. With `capMiB`
 * the whole tree is killed once its memory passes the cap (a baseline that does not fit this machine), rather
 * than let the kernel's OOM killer pick a process of the machine.
 */
export function measureRun(args: string[], cwd: string, env: NodeJS.ProcessEnv, capMiB = Infinity): Promise<RunStats> {
	return new Promise((done) => {
		const start = performance.now();
		const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (b) => (output += b));
		child.stderr.on('data', (b) => (output += b));
		let peak = 0;
		let capped = false;
		const timer = setInterval(() => {
			peak = Math.max(peak, treeRssKiB(child.pid!));
			if (peak / 1024 <= capMiB || capped) return;
			capped = true;
			for (const pid of tree(child.pid!)) {
				try {
					process.kill(pid, 'SIGKILL');
				} catch {
					// Gone already.
				}
			}
		}, 100);
		child.on('close', (code) => {
			clearInterval(timer);
			done({ ok: code === 0 && !capped, seconds: (performance.now() - start) / 1000, peakMiB: peak / 1024, output, capped });
		});
	});
}

/** Total size of a folder in bytes. */
export function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
		const p = join(dir, e.name);
		return sum + (e.isDirectory() ? folderBytes(p) : statSync(p).size);
	}, 0);
}

/** HTML files below a folder. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return e.name.startsWith('pagefind') ? [] : htmlFiles(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}

/** Bytes of the search index: every folder named `pagefind…` below the site (one index, or one shard per year). */
export function searchIndexBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
		if (!e.isDirectory()) return sum;
		const p = join(dir, e.name);
		return sum + (e.name.startsWith('pagefind') ? folderBytes(p) : searchIndexBytes(p));
	}, 0);
}
