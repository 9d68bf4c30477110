/**
 * `npm run verify -- <dir-or-url-prefix>`: checks a deployed copy of the site against its SHA256SUMS: every
 * listed file present with the listed hash (and, for a folder, no file the manifest does not list).
 * Exit 0 when everything matches, 1 on any difference, 2 on a wrong argument or an unreadable manifest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST, parseManifest, sha256, siteFiles } from './build/manifest.ts';

export interface VerifyResult {
	checked: number;
	mismatched: string[];
	missing: string[];
	/** Files in the folder that the manifest does not list (folders only: a web server cannot be listed). */
	unlisted: string[];
	malformed: string[];
}

type Fetcher = (path: string) => Promise<Buffer | undefined>;

function fetcherFor(target: string): Fetcher {
	if (/^https?:\/\//.test(target)) {
		const prefix = target.endsWith('/') ? target : `${target}/`;
		return async (path) => {
			const res = await fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), prefix));
			return res.ok ? Buffer.from(await res.arrayBuffer()) : undefined;
		};
	}
	return async (path) => (existsSync(join(target, path)) ? readFileSync(join(target, path)) : undefined);
}

/** Verifies the copy at `target` (a folder or an http(s) URL prefix). */
export async function verify(target: string): Promise<VerifyResult> {
	const get = fetcherFor(target);
	const manifest = await get(MANIFEST);
	if (!manifest) throw new Error(`读取不到 ${MANIFEST}：${target}`);
	const { entries, errors } = parseManifest(manifest.toString('utf8'));
	const result: VerifyResult = { checked: 0, mismatched: [], missing: [], unlisted: [], malformed: errors };
	// A few requests at a time: enough to be quick, few enough not to hammer a small server.
	const paths = [...entries.keys()];
	for (let i = 0; i < paths.length; i += 8) {
		await Promise.all(
			paths.slice(i, i + 8).map(async (path) => {
				const bytes = await get(path);
				result.checked += 1;
				if (!bytes) result.missing.push(path);
				else if (sha256(bytes) !== entries.get(path)) result.mismatched.push(path);
			}),
		);
	}
	if (!/^https?:\/\//.test(target)) result.unlisted = siteFiles(target).filter((p) => !entries.has(p));
	result.mismatched.sort();
	result.missing.sort();
	return result;
}

/** The result in plain Chinese, one problem per line. */
export function formatVerify(target: string, r: VerifyResult): string {
	const lines = [`核对 ${target}：清单列出 ${r.checked} 个文件。`];
	for (const p of r.mismatched) lines.push(`  ✗ 内容不符：${p}`);
	for (const p of r.missing) lines.push(`  ✗ 缺少：${p}`);
	for (const p of r.unlisted) lines.push(`  ✗ 清单外的文件：${p}`);
	for (const m of r.malformed) lines.push(`  ✗ 清单${m}`);
	const bad = r.mismatched.length + r.missing.length + r.unlisted.length + r.malformed.length;
	lines.push(bad ? `结果：不一致（${bad} 处）。` : '结果：一致，与构建时的文件逐字节相同。');
	return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [target, ...extra] = process.argv.slice(2);
	if (!target || extra.length || (!/^https?:\/\//.test(target) && !(existsSync(target) && statSync(target).isDirectory()))) {
		console.error('用法：npm run verify -- <站点文件夹 | https://网址前缀/>');
		process.exit(2);
	}
	try {
		const r = await verify(target);
		console.log(formatVerify(target, r));
		process.exitCode = r.mismatched.length + r.missing.length + r.unlisted.length + r.malformed.length ? 1 : 0;
	} catch (error) {
		console.error((error as Error).message);
		process.exitCode = 2;
	}
}
