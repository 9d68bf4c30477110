/**
 * `npm run portal -- --shard <built site> [--shard <名称>=<built site> …]`: the portal over several gongkai
 * sites built on their own (issue #13 item 8, src/core/portal.ts). Each shard is a folder that `npm run build`
 * wrote with its own GONGKAI_BASE; the portal reads its `data/index.json` and its search page, and writes a
 * small static site into GONGKAI_OUT_DIR (default `dist-portal`) for GONGKAI_BASE (default `/`): a page listing
 * every shard's units and years, and a search page over every shard's Pagefind bundles. Deploy it with the
 * shards beside it on the same host, each at its own sub-path.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { portalIndexHtml, portalSearchConfig, portalSearchHtml, type PortalPageFrame, type PortalShard } from '../src/core/portal.ts';
import { SEARCH_FILTERS, SEARCH_RANKING } from '../src/core/search.ts';
import { CONTENT_SECURITY_POLICY, READING_MODE_SCRIPT } from '../src/lib/csp.ts';
import { t } from '../src/i18n/format.ts';
import { siteConfig } from '../src/site.config.ts';
import { acquireLock, BuildRefusal, checkOutputDir, createStaging, markBuild, shown, swapIn } from './build-output.ts';
import { writeManifest } from './build/manifest.ts';

const root = resolve(import.meta.dirname, '..');

class PortalError extends Error {}

const decodeAttribute = (s: string) =>
	s.replace(/&(quot|#34|#39|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', '#34': '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[name]!);

/** Reads one built shard: `[名称=]<folder>`. */
export function readShard(arg: string): PortalShard {
	const [name, dir] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [basename(resolve(arg)), arg];
	const file = (path: string) => {
		const full = join(dir, path);
		if (!existsSync(full)) throw new PortalError(`分站 ${dir}：缺少 ${path}（这个文件夹应是 npm run build 生成的站点）`);
		return readFileSync(full, 'utf8');
	};
	const index = JSON.parse(file('data/index.json')) as { entries?: PortalShard['entries'] };
	if (!Array.isArray(index.entries)) throw new PortalError(`分站 ${dir}：data/index.json 没有 entries`);
	const searchPage = file('search/index.html');
	const config = /data-config="([^"]*)"/.exec(searchPage);
	if (!config) throw new PortalError(`分站 ${dir}：search/index.html 没有检索配置（data-config）`);
	const search = JSON.parse(decodeAttribute(config[1]!)) as PortalShard['search'];
	// The search page's own stylesheet and module scripts, from the shard's bundled assets.
	const attrs = (re: RegExp) => [...searchPage.matchAll(re)].map((m) => decodeAttribute(m[1]!)).filter((u) => u.startsWith(search.baseUrl));
	return {
		name,
		entries: index.entries,
		search: { bundlePath: search.bundlePath, baseUrl: search.baseUrl, mergeIndex: search.mergeIndex ?? [] },
		assets: { styles: attrs(/<link rel="stylesheet" href="([^"]+)"/g), scripts: attrs(/<script type="module" src="([^"]+)"/g) },
	};
}

/** Builds the portal into `target` (through a staging folder, like the site build). */
export function buildPortal(shards: PortalShard[], target: string, base: string): void {
	const bases = new Set(shards.map((s) => s.search.baseUrl));
	if (bases.size !== shards.length) throw new PortalError('两个分站使用了同一个子路径（GONGKAI_BASE）：每个分站须构建到自己的子路径');
	if (bases.has(base)) throw new PortalError(`分站的子路径不能与门户相同（${base}）`);
	const frame: PortalPageFrame = {
		siteName: siteConfig.name,
		base,
		csp: CONTENT_SECURITY_POLICY,
		inlineScript: READING_MODE_SCRIPT,
		styles: shards[0]!.assets.styles,
	};
	const config = portalSearchConfig(shards, {
		filterKeys: SEARCH_FILTERS,
		ranking: SEARCH_RANKING,
		translations: { placeholder: t('search.placeholder') },
		labels: { form: t('search.title'), input: t('search.inputLabel') },
	});
	checkOutputDir(target, root, resolve(root, 'content'));
	const release = acquireLock(target);
	const staging = createStaging(target);
	try {
		writeFileSync(join(staging, 'index.html'), portalIndexHtml(frame, shards));
		mkdirSync(join(staging, 'search'));
		writeFileSync(join(staging, 'search/index.html'), portalSearchHtml(frame, config, shards[0]!.assets.scripts, t('search.noscript')));
		markBuild(staging);
		writeManifest(staging);
		swapIn(staging, target);
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	} finally {
		release();
	}
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { shard: { type: 'string', multiple: true } } });
	const target = resolve(root, process.env.GONGKAI_OUT_DIR ?? 'dist-portal');
	const base = process.env.GONGKAI_BASE ?? '/';
	try {
		if (!values.shard?.length) throw new PortalError('用法：npm run portal -- --shard <分站站点文件夹> [--shard <名称>=<文件夹> …]');
		const shards = values.shard.map(readShard);
		buildPortal(shards, target, base);
		console.log(
			`门户已生成：${shown(target, root)}（${shards.length} 个分站，${shards.reduce((n, s) => n + s.entries.length, 0)} 个单位年度）`,
		);
	} catch (error) {
		if (!(error instanceof PortalError || error instanceof BuildRefusal || error instanceof SyntaxError)) throw error;
		console.error(`门户构建已停止：${error.message}`);
		process.exit(1);
	}
}
