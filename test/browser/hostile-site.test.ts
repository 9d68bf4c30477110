/**
 * No script from content (issue #9, point 1): the hostile fixture (test/fixtures/hostile/site) puts markup,
 * event handlers, `</script>` and javascript: URLs in every text that reaches a page, the search index, a
 * filter, meta and the CSV. Real Chromium loads every page and the search page with a query and filters;
 * any dialog, any payload that ran (window.__pwned) or any CSP violation fails the test. The names must
 * still read as text. The same site's CSVs (a unit name `=HYPERLINK(…)`, row labels `@SUM…`, `+1+1`, `-2+3`)
 * go through LibreOffice, which must keep every such cell as text (CSV formula injection, point 6).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { pagefindFilterValue } from '../../src/core/search.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/hostile/';
const work = mkdtempSync(join(tmpdir(), 'gongkai-hostile-site-'));
const out = join(work, 'dist');
const UNIT_NAME_START = '测试单位<img src=x onerror="window.__pwned=\'name\';alert(1)">';

let site: OpenSite;
let page: Page;
const events: string[] = [];

function htmlPages(dir = out, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlPages(join(dir, e.name), `${prefix}${e.name}/`);
		return e.name.endsWith('.html') ? [`${prefix}${e.name}`.replace(/(^|\/)index\.html$/, '$1')] : [];
	});
}

beforeAll(async () => {
	const build = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 300_000,
		env: {
			...process.env,
			GONGKAI_CONTENT_DIR: 'test/fixtures/hostile/site',
			GONGKAI_OUT_DIR: out,
			GONGKAI_BASE: BASE,
			GONGKAI_CACHE_DIR: join(work, 'cache'),
		},
	});
	if (build.status !== 0) throw new Error(`恶意内容站点构建失败：\n${build.stdout}\n${build.stderr}`);
	site = await openSite({ dir: out, base: BASE });
	page = await site.context.newPage();
	page.on('pageerror', (e) => events.push(`page error: ${e.message} on ${page.url()}`));
	// ERR_ABORTED: the next page.goto cancelled a request still under way (the search UI loads after first paint).
	page.on(
		'requestfailed',
		(r) =>
			void (
				!r.url().endsWith('favicon.svg') &&
				r.failure()?.errorText !== 'net::ERR_ABORTED' &&
				events.push(`request failed: ${r.url()} ${r.failure()?.errorText}`)
			),
	);
	page.on('response', (r) => void (r.status() >= 400 && events.push(`HTTP ${r.status()}: ${r.url()}`)));
	page.on(
		'console',
		(m) => void (m.type() === 'error' && !/Failed to load resource/.test(m.text()) && events.push(`console: ${m.text()} on ${page.url()}`)),
	);
	page.on('dialog', (d) => {
		events.push(`dialog: ${d.message()} on ${page.url()}`);
		void d.dismiss();
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __csp: string[] }).__csp ??= [];
			(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
		});
	});
}, 400_000);
afterAll(async () => {
	await site?.close();
	rmSync(work, { recursive: true, force: true });
});

/** What ran on the current page: the payload's flag and CSP reports. */
const ranOnPage = () =>
	page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: unknown }).__pwned,
		csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
	}));

describe('hostile names and links', () => {
	test('no page runs content as script (every page, dialogs and CSP reports watched)', async () => {
		const pages = htmlPages();
		expect(pages).toContain('units/demo/2024/');
		const problems: string[] = [];
		for (const path of pages) {
			await page.goto(site.url(path), { waitUntil: 'load' });
			await page.mouse.move(200, 300);
			const { pwned, csp } = await ranOnPage();
			if (pwned !== undefined) problems.push(`${path}: window.__pwned = ${String(pwned)}`);
			problems.push(...csp.map((c) => `${path}: CSP ${c}`));
		}
		expect([...problems, ...events]).toEqual([]);
	});

	test('the unit page shows the name as text, once escaped', async () => {
		await page.goto(site.url('units/demo/'));
		expect(await page.locator('h1').first().textContent()).toContain(UNIT_NAME_START);
	});

	test('search with a query and the hostile filters: results and filter labels are text, nothing runs', async () => {
		await page.goto(site.url('search/?q=测试单位'));
		await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
		// Open every filter group so each value's label is rendered.
		for (const summary of await page.locator('.pagefind-ui__filter-name').all()) await summary.click();
		// Filter values are written by Pagefind's UI as HTML: they hold ＜＞＆ instead of <>& (core/search.ts).
		const labels = await page.locator('.pagefind-ui__filter-label').allTextContents();
		expect(
			labels.some((l) => l.includes(pagefindFilterValue(UNIT_NAME_START))),
			labels.join(' | '),
		).toBe(true);
		expect(await page.locator('.pagefind-ui__filter-label :is(img, svg, iframe, script)').count()).toBe(0);
		const tags = await page.locator('.pagefind-ui__result-tag').allTextContents();
		expect(
			tags.some((t) => t.includes(UNIT_NAME_START)),
			tags.join(' | '),
		).toBe(true);
		// Click the hostile unit filter: the filtered results render too.
		await page.locator('.pagefind-ui__filter-label', { hasText: '测试单位' }).first().click();
		await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
		await page.mouse.move(300, 400);
		const { pwned, csp } = await ranOnPage();
		expect({ pwned, csp, events }).toEqual({ pwned: undefined, csp: [], events: [] });
	});

	test('a filter preset from the address (?地区=…) with markup finds the unit and runs nothing', async () => {
		await page.goto(site.url('search/?q=养老&地区=' + encodeURIComponent('<img src=x onerror=window.__pwned=1>')));
		await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
		await page.waitForTimeout(1500);
		const { pwned, csp } = await ranOnPage();
		expect({ pwned, csp, events }).toEqual({ pwned: undefined, csp: [], events: [] });
	});
});

const SOFFICE = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => p && existsSync(p));
const CSV_UTF8 = 'Text - txt - csv (StarCalc):44,34,76,1';

/** Cells of a CSV (RFC 4180 quoting), enough for the files under test. */
function cells(text: string): string[] {
	return [...text.replace(/^\uFEFF/, '').matchAll(/"((?:[^"]|"")*)"|([^,\r\n]*)/g)].map((m) => (m[1] ?? m[2] ?? '').replaceAll('""', '"'));
}

test('CSV: cells that a spreadsheet would run as a formula stay text in LibreOffice', () => {
	if (!SOFFICE) throw new Error('需要 LibreOffice：apt-get install -y libreoffice-calc-nogui，或设置 SOFFICE_PATH。');
	const files = [
		'data/compare/2024.csv',
		'data/demo/2024/evaluation-pension-proxy-budget.csv',
		'data/demo/2024/evaluation-pension-proxy-indicators.csv',
	];
	// A unit-year's table CSVs are only in its bundle (data/demo/2024.zip, tables/…): taken out to be opened.
	const bundle = unzipSync(new Uint8Array(readFileSync(join(out, 'data/demo/2024.zip'))));
	mkdirSync(join(work, 'tables'), { recursive: true });
	const onDisk = (f: string) => (f.startsWith('data/demo/2024/') ? join(work, 'tables', f.split('/').pop()!) : join(out, f));
	for (const f of files.filter((x) => x.startsWith('data/demo/2024/'))) {
		writeFileSync(onDisk(f), bundle[`tables/${f.split('/').pop()!}`]!);
	}
	const lo = spawnSync(
		SOFFICE,
		[
			`-env:UserInstallation=file://${work}/lo-profile`,
			'--headless',
			`--infilter=${CSV_UTF8}`,
			'--convert-to',
			`csv:${CSV_UTF8}`,
			'--outdir',
			join(work, 'lo'),
			...files.map(onDisk),
		],
		{ encoding: 'utf8', timeout: 180_000 },
	);
	expect(lo.status, lo.stderr).toBe(0);
	const risky = /^'[=+\-@\t\r]/;
	const guarded: string[] = [];
	for (const f of files) {
		const ours = cells(readFileSync(onDisk(f), 'utf8'));
		const office = new Set(cells(readFileSync(join(work, 'lo', f.split('/').pop()!), 'utf8')));
		for (const cell of ours.filter((c) => risky.test(c))) {
			guarded.push(cell);
			expect(office.has(cell), `${f}: ${cell} 被当作公式计算了`).toBe(true);
		}
		expect(
			ours.some((c) => /^[=+@]/.test(c)),
			`${f} 中有未加保护的公式`,
		).toBe(false);
	}
	expect([...new Set(guarded.map((c) => c[1]))].sort()).toEqual(['+', '-', '=', '@']);
	// The comparison CSV's 主管部门 column is guarded too (the fixture's supervisor starts with =).
	expect(guarded.some((c) => c.startsWith("'=cmd|"))).toBe(true);
}, 200_000);
