/**
 * `npm run build [-- --strict]`: check the content (with --strict, 确定 findings stop the build too), build the site and its search index into a staging folder, and only
 * then replace dist/. Any error (schema, reference, unsafe narrative, Astro, Pagefind) exits non-zero and
 * leaves dist/ as it was: never a half-written site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCheck } from './check.ts';
import { writeManifest } from './build/manifest.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.GONGKAI_OUT_DIR ?? 'dist');
const staging = `${target}.staging`;

const strict = process.argv.includes('--strict');
const check = runCheck({ strict, write: (s) => process.stdout.write(s + '\n') });
if (check.exitCode !== 0) {
	const why = check.report.schemaErrors.length ? '先修正上面的数据错误' : '--strict：存在“确定”级核对发现';
	console.error(`\n构建已停止：${why}。${target} 未改动。`);
	process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, GONGKAI_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\n构建失败（见上方错误）。${target} 未改动。`);
	process.exit(1);
}
writeManifest(staging); // after Pagefind (it runs inside astro build), so the manifest lists every file
if (existsSync(target)) rmSync(target, { recursive: true });
renameSync(staging, target);
console.log(`\n站点已生成：${target}`);
