/**
 * Shards and a portal (issue #13 item 8): the shipped content split into two content folders (the Sichuan and
 * Yunnan units, the Shanghai units), each built by `npm run build` into its own sub-path, then
 * `npm run portal` over both. The portal lists every unit-year of both shards, linked into them, and one
 * search on the portal finds documents of both. The Sichuan shard is built with search shards of two
 * unit-years, so the portal also merges a site's own index shards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const SHARDS = {
	west: {
		base: '/west/',
		units: readdirSync(join(CONTENT, 'units'))
			.map((f) => f.replace(/\.yaml$/, ''))
			.filter((u) => !u.startsWith('putuo-')),
		budget: '2',
	},
	shanghai: {
		base: '/shanghai/',
		units: readdirSync(join(CONTENT, 'units'))
			.map((f) => f.replace(/\.yaml$/, ''))
			.filter((u) => u.startsWith('putuo-')),
		budget: '',
	},
};

let tmp: string;
let site: OpenSite;
let page: Page;

function run(script: string, args: string[], env: Record<string, string>) {
	const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
	if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} 失败：\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'gongkai-portal-'));
	for (const [name, shard] of Object.entries(SHARDS)) {
		// A content folder of its own: the shard's units and their unit-years (the year roster names units of both, so it stays out).
		const content = join(tmp, `content-${name}`);
		mkdirSync(join(content, 'units'), { recursive: true });
		for (const unit of shard.units) {
			cpSync(join(CONTENT, 'units', `${unit}.yaml`), join(content, 'units', `${unit}.yaml`));
			cpSync(join(CONTENT, 'disclosures', unit), join(content, 'disclosures', unit), { recursive: true });
		}
		run('scripts/build.ts', [], {
			GONGKAI_CONTENT_DIR: content,
			GONGKAI_BASE: shard.base,
			GONGKAI_OUT_DIR: join(tmp, name),
			GONGKAI_CACHE_DIR: join(tmp, `cache-${name}`),
			GONGKAI_SEARCH_SHARD_UNIT_YEARS: shard.budget,
		});
	}
	run('scripts/portal.ts', ['--shard', `西部=${join(tmp, 'west')}`, '--shard', `上海=${join(tmp, 'shanghai')}`], {
		GONGKAI_OUT_DIR: join(tmp, 'portal'),
		GONGKAI_BASE: '/',
	});
	site = await openSite({
		base: '/',
		mounts: { '/': join(tmp, 'portal'), '/west/': join(tmp, 'west'), '/shanghai/': join(tmp, 'shanghai') },
	});
	page = await site.context.newPage();
}, 600_000);
afterAll(async () => {
	await site?.close();
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('each shard has its own search index, the western one in several shards of its own', () => {
	const bundles = (dir: string) =>
		readdirSync(join(tmp, dir, 'pagefind'), { withFileTypes: true })
			.filter((e) => e.isDirectory() && /^\d{4}/.test(e.name))
			.map((e) => e.name);
	expect(bundles('west').length).toBeGreaterThan(1);
	expect(bundles('shanghai')).toEqual([]);
	for (const dir of ['west', 'shanghai', 'portal'])
		expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: join(tmp, dir) }).status, dir).toBe(0);
});

test('the portal lists every unit-year of both shards, linked into the shard', async () => {
	await page.goto(site.url(''));
	const links = await page.locator('main table a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	const expected = Object.values(SHARDS).flatMap((shard) =>
		shard.units.flatMap((unit) => readdirSync(join(CONTENT, 'disclosures', unit)).map((year) => `${shard.base}units/${unit}/${year}/`)),
	);
	expect(new Set(links)).toEqual(new Set(expected));
	for (const link of links.slice(0, 3)) {
		const response = await page.request.get(site.url(link.slice(1)));
		expect(response.status(), link).toBe(200);
	}
});

test('one search on the portal finds documents of both shards', async () => {
	await page.goto(site.url(`search/?q=${encodeURIComponent('三公经费')}`));
	await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
	// Show every result (the UI lists ten at a time).
	for (let more = page.locator('.pagefind-ui__button'); await more.isVisible();) await more.click();
	// The UI lists a placeholder per result and gives it its title link when that result's fragment arrives.
	await expect.poll(() => page.locator('.pagefind-ui__result:not(:has(.pagefind-ui__result-link))').count(), { timeout: 30_000 }).toBe(0);
	const hrefs = await page
		.locator('.pagefind-ui__result-title .pagefind-ui__result-link')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(
		hrefs.some((h) => /^\/west\/units\/wutongqiao-shebao\/2024\//.test(h)),
		hrefs.join(' '),
	).toBe(true);
	expect(
		hrefs.some((h) => /^\/shanghai\/units\/putuo-[a-z-]+\/2024\//.test(h)),
		hrefs.join(' '),
	).toBe(true);
	// A result opens the shard's page.
	await page.locator('.pagefind-ui__result-link', { hasText: /普陀/ }).first().click();
	await page.waitForURL(/\/shanghai\/units\/putuo-/);
	expect(existsSync(join(tmp, 'portal', 'units'))).toBe(false); // the portal holds no copy of the shards
	expect(readFileSync(join(tmp, 'portal', 'search', 'index.html'), 'utf8')).toContain('/west/pagefind/20');
}, 120_000);

test('the portal pages pass axe (WCAG 2.1 A + AA)', async () => {
	for (const path of ['', `search/?q=${encodeURIComponent('三公经费')}`]) {
		await page.goto(site.url(path), { waitUntil: 'load' });
		if (path) await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
		// Evaluated by the test driver: the page's Content-Security-Policy refuses inline scripts.
		await page.evaluate(axe.source);
		const results = await page.evaluate(async () =>
			(window as unknown as { axe: typeof axe }).axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				resultTypes: ['violations'],
			}),
		);
		expect(
			results.violations.map(
				(v) =>
					`${path || '/'} ${v.id}: ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(', ')}`,
			),
		).toEqual([]);
	}
}, 120_000);
