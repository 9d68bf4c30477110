/**
 * `npm run bench [-- --unit-years N]` (default 1000): generates a synthetic batch, builds it with the real
 * build command in a temporary folder, and in the same run builds a bare Astro site with the same number of
 * pages of the same text size. Prints our figures and the ratios to that baseline. Not part of `npm test`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateBatch } from './bench/generate.ts';
import { folderBytes, htmlFiles, measureRun, type RunStats } from './bench/measure.ts';
import { measurePage } from './measure-page.ts';
import { measureSearch } from './measure-search.ts';
import { measureImport } from './bench/measure-import.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const unitYears = Number(flag('--unit-years') ?? 1000);
const keep = args.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: join(ROOT, '.cache/node-compile') };

function fail(what: string, run: RunStats): never {
	console.error(`${what} 失败：\n${run.output.slice(-4000)}`);
	process.exit(1);
}

console.log(`生成 ${unitYears} 个单位年度的合成数据 …`);
const content = join(work, 'content');
generateBatch(content, unitYears);

console.log('构建 gongkai 站点（npm run build 的同一脚本）…');
const ours = await measureRun([join(ROOT, 'scripts/build.ts')], ROOT, {
	...env,
	GONGKAI_CONTENT_DIR: content,
	GONGKAI_OUT_DIR: join(work, 'dist'),
	GONGKAI_CACHE_DIR: join(work, 'cache'),
});
if (!ours.ok) fail('gongkai 构建', ours);
const dist = join(work, 'dist');
const pages = htmlFiles(dist);
const pageTextBytes = pages.reduce((sum, p) => sum + readFileSync(p, 'utf8').replace(/<[^>]+>/g, '').length * 3, 0);
const avgText = Math.round(pageTextBytes / pages.length / 3);

console.log(`构建基线：同样 ${pages.length} 个页面、每页约 ${avgText} 字的空白 Astro 站点 …`);
const bare = join(work, 'bare');
mkdirSync(join(bare, 'src/pages'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(bare, 'node_modules'));
writeFileSync(join(bare, 'package.json'), '{"type":"module","private":true}');
writeFileSync(join(bare, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
const sample = readFileSync(join(content, 'disclosures/bench-unit-0/2021/final-accounts.mdx'), 'utf8').replace(/<[^>]+>/g, '');
const text = sample.repeat(Math.ceil(avgText / sample.length)).slice(0, avgText);
writeFileSync(join(bare, 'src/text.json'), JSON.stringify(text));
writeFileSync(
	join(bare, 'src/pages/[slug].astro'),
	`---\nimport text from '../text.json';\nexport function getStaticPaths() {\n\treturn Array.from({ length: ${pages.length} }, (_, i) => ({ params: { slug: 'p' + i } }));\n}\n---\n<html lang="zh-CN"><head><title>{Astro.params.slug}</title></head><body><main><p>{text}</p></main></body></html>\n`,
);
const baseline = await measureRun([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], bare, env);
if (!baseline.ok) fail('基线构建', baseline);

console.log('在 Chromium 中测量一个部门决算页面和第一次检索 …');
const page = await measurePage(dist, '/', 'units/bench-unit-0/2021/');
const search = await measureSearch(dist, '/', '社会保险');

console.log('导入：把最长的种子文本用 Chromium 印成 40 页以上的 PDF，再用 npm run import 读取 …');
const imported = await measureImport(env);

const mib = (b: number) => (b / 1024 / 1024).toFixed(1);
const kib = (b: number) => (b / 1024).toFixed(1);
const rows: [string, string][] = [
	['单位年度', String(unitYears)],
	['HTML 页面', String(pages.length)],
	['构建用时（秒）', ours.seconds.toFixed(1)],
	['峰值内存（MiB，进程树）', ours.peakMiB.toFixed(0)],
	['每秒页面数', (pages.length / ours.seconds).toFixed(1)],
	['dist 大小（MiB）', mib(folderBytes(dist))],
	['检索索引大小（MiB，dist/pagefind）', mib(folderBytes(join(dist, 'pagefind')))],
	['部门决算页：滚动到图表前传输（KiB）', kib(page.initialBytes)],
	['部门决算页：其中 JavaScript（KiB）', kib(page.initialJsBytes)],
	[`部门决算页：${page.drawn}/${page.figures} 幅图绘出后 JavaScript（KiB）`, kib(page.jsBytesAllDrawn)],
	[`第一次检索“${search.query}”下载（KiB，${search.firstSearch.requests} 个请求）`, kib(search.firstSearch.totalBytes)],
	['其中 /pagefind/（KiB）', kib(search.firstSearch.pagefindBytes)],
	[`导入 ${imported.pages} 页 PDF：读取并起草（秒，进程内）`, imported.inProcess.seconds.toFixed(2)],
	[`导入 ${imported.pages} 页 PDF：npm run import 全程（秒 / CPU 秒）`, `${imported.pdf.seconds.toFixed(2)} / ${imported.pdf.cpuSeconds.toFixed(2)}`],
	['同一文档 .txt：npm run import 全程（秒 / CPU 秒）', `${imported.text.seconds.toFixed(2)} / ${imported.text.cpuSeconds.toFixed(2)}`],
	['基线用时（秒）', baseline.seconds.toFixed(1)],
	['基线峰值内存（MiB）', baseline.peakMiB.toFixed(0)],
	['用时 / 基线', (ours.seconds / baseline.seconds).toFixed(2)],
	['内存 / 基线', (ours.peakMiB / baseline.peakMiB).toFixed(2)],
];
/** Terminal columns of a string: CJK characters take two. */
const columns = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
const width = Math.max(...rows.map(([k]) => columns(k)));
console.log('\n' + rows.map(([k, v]) => `${k}${' '.repeat(width + 2 - columns(k))}${v}`).join('\n'));

if (keep) console.log(`\n保留临时目录：${work}`);
else rmSync(work, { recursive: true, force: true });
