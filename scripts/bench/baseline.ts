/**
 * The two baselines of `npm run bench`: a bare Astro site with exactly our pages (same paths, each page's own
 * visible text in paragraphs, `lang="zh-CN"`), built once as is and once with Pagefind indexing it in
 * `astro:build:done` through its Node API, as a plain documentation site does.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureRun, type RunStats } from './measure.ts';

/** A page's visible text, one block (paragraph, heading, cell row…) per line; scripts and styles dropped. */
export function pageText(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
		.replace(/<\/(p|h\d|li|tr|div|section|figcaption|caption|dd|dt|summary|title)>/gi, '\n')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

const CONFIG = `import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
const indexer = {
	name: 'bench-pagefind',
	hooks: {
		'astro:build:done': async ({ dir }) => {
			const site = fileURLToPath(dir);
			const { index } = await pagefind.createIndex({});
			const added = await index.addDirectory({ path: site });
			if (added.errors.length) throw new Error(added.errors.join('; '));
			await index.writeFiles({ outputPath: site + '/pagefind' });
			await pagefind.close();
		},
	},
};
export default defineConfig({ trailingSlash: 'always', integrations: process.env.BENCH_PAGEFIND ? [indexer] : [] });
`;

const PAGE = `---
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export function getStaticPaths() {
	const slugs = JSON.parse(readFileSync(join(process.cwd(), 'slugs.json'), 'utf8'));
	const every = Number(process.env.BENCH_EVERY ?? 1);
	return slugs.flatMap((slug, i) => (i % every ? [] : [{ params: { slug: slug || undefined }, props: { i } }]));
}
const lines = readFileSync(join(process.cwd(), 'texts', Astro.props.i + '.txt'), 'utf8').split('\\n');
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{lines[0]}</title></head><body><main>{lines.map((line) => <p>{line}</p>)}</main></body></html>
`;

/** Writes the bare site for the HTML pages of `dist`; returns the number of pages. */
export function writeBaselineSite(dir: string, dist: string, pages: string[], root: string): number {
	mkdirSync(join(dir, 'src/pages'), { recursive: true });
	mkdirSync(join(dir, 'texts'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}');
	writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
	writeFileSync(join(dir, 'src/pages/[...slug].astro'), PAGE);
	const slugs = pages.map((page, i) => {
		writeFileSync(join(dir, 'texts', `${i}.txt`), pageText(readFileSync(page, 'utf8')));
		return relative(dist, page)
			.replace(/(^|\/)index\.html$/, '')
			.replace(/\.html$/, '');
	});
	writeFileSync(join(dir, 'slugs.json'), JSON.stringify(slugs));
	return slugs.length;
}

export interface BaselineOptions {
	/** With its search index (Pagefind in `astro:build:done`) or bare. */
	pagefind: boolean;
	/** Stopped when its memory passes this (then its time and peak are lower bounds: see BenchResult.baselineComplete). */
	capMiB?: number;
	/** Only every `every`-th page (1: all of them): a part of the site, whose cost is a lower bound of the whole's. */
	every?: number;
}

/** Builds the bare site, or a part of it, into its own output folder. */
export function buildBaseline(dir: string, root: string, env: NodeJS.ProcessEnv, options: BaselineOptions): Promise<RunStats> {
	const every = options.every ?? 1;
	const outDir = join(dir, `${options.pagefind ? 'dist-pagefind' : 'dist'}${every > 1 ? `-every-${every}` : ''}`);
	const run = { ...env, BENCH_EVERY: String(every), ...(options.pagefind ? { BENCH_PAGEFIND: '1' } : {}) };
	return measureRun([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], dir, run, options.capMiB);
}

/** The number of pages a build with `every` keeps of `pages`. */
export const pagesOfEvery = (pages: number, every: number) => Math.ceil(pages / every);
