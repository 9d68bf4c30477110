/**
 * The portal over several gongkai sites ("shards", e.g. one per city), each built on its own into its own
 * sub-path (issue #13 item 8): a page listing every shard's units and years from its `data/index.json`,
 * linking into the shard, and a search page that searches every shard's Pagefind bundles at once (the
 * search page's own UI, with Pagefind's multisite `mergeIndex`). The portal holds no copy of the shards:
 * they are served beside it on the same host (the site's Content-Security-Policy allows only 'self').
 */
import { escapeHtml } from './html.ts';
import { paths } from './site-index.ts';

/** One Pagefind bundle and the address its result URLs are below (the search page's `SearchConfig` shape). */
export interface PortalBundle {
	bundlePath: string;
	baseUrl: string;
}

/** What the portal reads from one built shard. */
export interface PortalShard {
	/** Shown as the shard's heading (the folder name, or the name given on the command line). */
	name: string;
	/** `data/index.json` entries (open data, README “开放数据”): only the fields the portal shows. */
	entries: {
		unit: { id: string; name: string; region: { province?: string; city?: string; county?: string } };
		year: number;
		page: string;
	}[];
	/** The shard's search page configuration: its primary bundle and those merged into it. */
	search: PortalBundle & { mergeIndex: PortalBundle[] };
	/** Stylesheets and module scripts of the shard's search page (the same UI code runs the portal's search). */
	assets: { styles: string[]; scripts: string[] };
}

/** The portal search page's configuration: the first shard's primary bundle, every other bundle merged into it. */
export function portalSearchConfig(
	shards: readonly PortalShard[],
	base: { filterKeys: readonly string[]; ranking: unknown; translations: Record<string, string>; labels: Record<string, string> },
) {
	const [first, ...rest] = shards;
	if (!first) throw new Error('门户至少需要一个分站');
	const bundle = ({ bundlePath, baseUrl }: PortalBundle): PortalBundle => ({ bundlePath, baseUrl });
	return {
		...bundle(first.search),
		mergeIndex: [...first.search.mergeIndex, ...rest.flatMap((s) => [bundle(s.search), ...s.search.mergeIndex])].map(bundle),
		...base,
	};
}

/** A shard's units (by name, then id), each with its years newest first and the page of each. */
export function shardUnits(shard: PortalShard): { id: string; name: string; region: string; years: { year: number; page: string }[] }[] {
	const units = new Map<string, { id: string; name: string; region: string; years: { year: number; page: string }[] }>();
	for (const e of shard.entries) {
		const region = [e.unit.region.province, e.unit.region.city, e.unit.region.county].filter(Boolean).join('');
		const unit = units.get(e.unit.id) ?? { id: e.unit.id, name: e.unit.name, region, years: [] };
		unit.years.push({ year: e.year, page: e.page });
		units.set(e.unit.id, unit);
	}
	for (const u of units.values()) u.years.sort((a, b) => b.year - a.year);
	return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
}

export interface PortalPageFrame {
	siteName: string;
	/** The portal's own sub-path, with a trailing slash. */
	base: string;
	csp: string;
	/** The one inline script every gongkai page carries (大字模式), allowed by its hash in the CSP. */
	inlineScript: string;
	styles: readonly string[];
}

/** A portal page: the shards' stylesheet, the site's CSP, a header linking the portal's two pages. */
function page(frame: PortalPageFrame, title: string, main: string, scripts: readonly string[] = []): string {
	const e = escapeHtml;
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(frame.csp)}">
<title>${e(title)} · ${e(frame.siteName)}</title>
<script>${frame.inlineScript}</script>
${frame.styles.map((href) => `<link rel="stylesheet" href="${e(href)}">`).join('\n')}
${scripts.map((src) => `<script type="module" src="${e(src)}"></script>`).join('\n')}
</head>
<body>
<header class="site-header"><nav aria-label="门户导航"><a href="${e(frame.base)}">${e(frame.siteName)}</a> · <a href="${e(frame.base)}${paths.search()}">全文检索（全部分站）</a></nav></header>
<main id="main">
${main}
</main>
</body>
</html>
`;
}

/** The portal's home page: every shard, its units and the years each published, linked into the shard. */
export function portalIndexHtml(frame: PortalPageFrame, shards: readonly PortalShard[]): string {
	const e = escapeHtml;
	const sections = shards.map((shard, i) => {
		const units = shardUnits(shard);
		const rows = units.map(
			(u) =>
				`<tr><th scope="row">${e(u.name)}</th><td>${e(u.region)}</td><td>${u.years.map((y) => `<a href="${e(y.page)}">${e(y.year)}</a>`).join(' ')}</td></tr>`,
		);
		return `<section aria-labelledby="shard-${i}">
<h2 id="shard-${i}">${e(shard.name)}</h2>
<p>${e(units.length)} 个单位，${e(shard.entries.length)} 个单位年度。<a href="${e(shard.search.baseUrl)}">进入分站</a></p>
<table><caption>${e(shard.name)}：单位与年度</caption><thead><tr><th scope="col">单位</th><th scope="col">地区</th><th scope="col">年度</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
	});
	return page(
		frame,
		'分站',
		`<h1>${e(frame.siteName)}</h1>\n<p>本门户汇集 ${e(shards.length)} 个分站的公开材料。<a href="${e(frame.base)}${paths.search()}">在全部分站中检索</a></p>\n${sections.join('\n')}`,
	);
}

/** The portal's search page: the shards' search UI with the portal's configuration (every bundle of every shard). */
export function portalSearchHtml(frame: PortalPageFrame, config: object, scripts: readonly string[], noscript: string): string {
	const e = escapeHtml;
	const main = `<h1>全文检索（全部分站）</h1>
<div id="search" class="search" data-search-ui data-config="${e(JSON.stringify(config))}"></div>
<noscript><p>${e(noscript)}</p></noscript>`;
	return page(frame, '全文检索', main, scripts);
}
