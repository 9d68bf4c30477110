/**
 * Accessibility of the whole built site in real Chromium: axe-core (WCAG 2.1 A + AA rules) on every page of
 * the sitemap; no page scrolls sideways at 360 px (tables scroll inside their own region), in normal and in
 * 大字模式; pages without charts or search carry no script but the inline reading-mode one.
 */
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { fileOf, pagesToVisit } from '../helpers/pages.ts';
import { readSite } from '../helpers/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let site: OpenSite;
let page: Page;
let paths: string[];

beforeAll(async () => {
	site = await openSite();
	page = await site.context.newPage();
	paths = pagesToVisit();
});
afterAll(() => site?.close());

interface Violation {
	page: string;
	rule: string;
	impact: string | null;
	help: string;
	targets: string[];
}

async function axeViolations(path: string): Promise<Violation[]> {
	await page.goto(site.url(path), { waitUntil: 'load' });
	// Evaluated by the test driver, not added as a <script>: the page's Content-Security-Policy refuses inline scripts.
	await page.evaluate(axe.source);
	const results = await page.evaluate(
		async (tags) =>
			(window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
		TAGS,
	);
	return results.violations.map((v) => ({
		page: path || '/',
		rule: v.id,
		impact: v.impact ?? null,
		help: v.help,
		targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
	}));
}

test('the site has pages to check (sitemap or HTML files), including the performance and glossary pages', () => {
	expect(paths.length).toBeGreaterThan(5);
	expect(paths).toContain('');
	expect(paths).toContain('glossary/');
	expect(paths.some((p) => /^units\/[^/]+\/\d{4}\/performance\/$/.test(p))).toBe(true);
	expect(paths.some((p) => /^years\/\d{4}\/$/.test(p))).toBe(true);
});

test('axe-core (WCAG 2.1 AA) finds no violations on any page', async () => {
	const violations: Violation[] = [];
	for (const path of paths) violations.push(...(await axeViolations(path)));
	expect(violations).toEqual([]);
}, 600_000); // every page of the sitemap, on a machine shared by several builds

test('axe-core finds no violations in 大字模式 (large text, high contrast) either', async () => {
	await page.goto(site.url(''));
	await page.evaluate(() => localStorage.setItem('gongkai-reading', 'large'));
	const violations: Violation[] = [];
	try {
		for (const path of paths.filter((p) => /performance\/$|^years\/|^glossary\/$|^$/.test(p))) {
			violations.push(...(await axeViolations(path)));
			expect(await page.getAttribute('html', 'data-reading')).toBe('large');
		}
	} finally {
		await page.evaluate(() => localStorage.removeItem('gongkai-reading'));
	}
	expect(violations).toEqual([]);
});

describe('360 px wide phone', () => {
	for (const mode of ['normal', 'large'] as const) {
		test(`no page scrolls horizontally (${mode})`, async () => {
			const phone = await site.context.newPage();
			await phone.setViewportSize({ width: 360, height: 740 });
			await phone.goto(site.url(''));
			await phone.evaluate(
				(m) => (m === 'large' ? localStorage.setItem('gongkai-reading', 'large') : localStorage.removeItem('gongkai-reading')),
				mode,
			);
			const wide: { page: string; scrollWidth: number }[] = [];
			for (const path of paths) {
				await phone.goto(site.url(path), { waitUntil: 'load' });
				const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
				if (scrollWidth > 360) wide.push({ page: path || '/', scrollWidth });
			}
			await phone.evaluate(() => localStorage.removeItem('gongkai-reading'));
			await phone.close();
			expect(wide).toEqual([]);
		});
	}
});

/** Scripts a page ships: executable ones only (JSON data blocks are not code). */
function scriptsOf(html: string): { tag: string; body: string }[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs]) => !/type="application\/(?:ld\+)?json"/.test(attrs))
		.map(([, attrs, body]) => ({ tag: attrs.trim(), body }));
}

test('pages without charts or search load no script except the inline reading-mode one', () => {
	const offenders: { page: string; scripts: string[] }[] = [];
	let plain = 0;
	for (const path of paths) {
		const html = readSite(fileOf(path));
		const hasChart = /<canvas\b|class="[^"]*figure-canvas/.test(html);
		const isSearch = path.startsWith('search/');
		// The comparison page loads its sort-and-filter module (tested in compare.test.ts); the table works without it.
		const isCompare = /^compare\/\d{4}\//.test(path) && html.includes('data-compare-table');
		if (hasChart || isSearch || isCompare) continue;
		plain += 1;
		const scripts = scriptsOf(html);
		const extra = scripts.filter((s) => !(s.tag === 'data-reading-mode' && s.body.length < 1200));
		const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
		if (extra.length || preloads.length || scripts.length !== 1) {
			offenders.push({ page: path || '/', scripts: [...extra.map((s) => `<script ${s.tag}>`), ...preloads] });
		}
	}
	expect(plain).toBeGreaterThan(3);
	expect(offenders).toEqual([]);
});
