/**
 * 图1–7 in real Chromium on the real content: 003 (五通桥 2024) and 002 (盐边 2021) draw 图1, 图3 and 图6; a
 * one-slice pie (图2) and a figure repeating 图1's numbers (图4, 图5) are sentences; 002 says why there is no 图7; Chart.js loads only once a figure scrolls into view; no console errors;
 * with JavaScript off every figure's data table is still on the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollAsAReader } from '../../scripts/chromium.ts';
import { openSite, type OpenSite } from '../helpers/browser.ts';

const P003 = 'units/wutongqiao-shebao/2024/';
const P002 = 'units/yanbian-shebao/2021/';

/** Non-transparent pixels on a figure's canvas (0 when it has none). */
function paintedPixels(page: Page, no: number): Promise<number> {
	return page.evaluate((n) => {
		const canvas = document.querySelector<HTMLCanvasElement>(`#figure-${n} canvas`);
		const ctx = canvas?.getContext('2d');
		if (!canvas || !ctx || canvas.width === 0) return 0;
		const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
		return painted;
	}, no);
}

async function scrollAndDraw(page: Page, no: number): Promise<number> {
	const figure = page.locator(`#figure-${no}`);
	await scrollAsAReader(figure);
	await expect.poll(() => figure.getAttribute('data-state'), { timeout: 15_000 }).toBe('drawn');
	// Enough of the canvas is painted to be a chart, not a stray axis line.
	await expect.poll(() => paintedPixels(page, no), { timeout: 5_000 }).toBeGreaterThan(2_000);
	return paintedPixels(page, no);
}

describe('with JavaScript', () => {
	let site: OpenSite;
	let page: Page;
	const errors: string[] = [];
	const scripts: string[] = [];
	beforeAll(async () => {
		site = await openSite();
		page = await site.context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		// The browser's own /favicon.ico probe at the origin root (outside the site's base) is the layout's
		// concern (a <link rel="icon"> in Base.astro), not this page's; every other console error fails.
		page.on(
			'console',
			(m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(`${m.text()} ${m.location().url}`),
		);
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	});
	afterAll(() => site?.close());

	test('003: Chart.js is not loaded before a figure is in view', async () => {
		await page.goto(site.url(P003), { waitUntil: 'networkidle' });
		expect(await page.locator('figure[data-figure-chart]').count()).toBe(3);
		expect(await page.locator('figure[data-state="drawn"]').count()).toBe(0);
		expect(scripts.filter((u) => /chartjs/i.test(u))).toEqual([]);
	});

	test('003: 图1, 图3, 图6 are drawn once scrolled into view; the others say why in a sentence', async () => {
		for (const no of [1, 3, 6]) expect(await scrollAndDraw(page, no)).toBeGreaterThan(2_000);
		for (const no of [2, 4, 5, 7]) {
			expect(await page.locator(`#figure-${no} canvas`).count()).toBe(0);
			expect(await page.locator(`#figure-${no} [data-figure-instead]`).textContent()).toMatch(/只有.*一项|与图1完全相同/);
			expect(await page.locator(`#figure-${no}-table`).isVisible()).toBe(true);
		}
		expect(scripts.filter((u) => /chartjs/i.test(u))).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	test('002: 图1, 图3, 图6 are drawn, 图7 explains why it is not', async () => {
		await page.goto(site.url(P002), { waitUntil: 'networkidle' });
		for (const no of [1, 3, 6]) expect(await scrollAndDraw(page, no)).toBeGreaterThan(2_000);
		const f7 = page.locator('#figure-7');
		await scrollAsAReader(f7);
		expect(await f7.locator('canvas').count()).toBe(0);
		expect(await f7.locator('[data-figure-empty]').textContent()).toMatch(/^图7无法绘制：.*均为 0/);
		expect(await f7.locator('figcaption').textContent()).toBe('图7 “三公”经费财政拨款支出结构');
		expect(await f7.locator('table').isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});
});

describe('without JavaScript', () => {
	let site: OpenSite;
	beforeAll(async () => {
		site = await openSite({ javaScriptEnabled: false });
	});
	afterAll(() => site?.close());

	test.each([
		[P003, [1, 2, 3, 4, 5, 6, 7]],
		[P002, [1, 2, 3, 4, 5, 6, 7]],
	])('%s: every figure keeps caption, summary and a visible data table', async (path, numbers) => {
		const page = await site.context.newPage();
		await page.goto(site.url(path));
		for (const no of numbers) {
			const figure = page.locator(`#figure-${no}`);
			expect(await figure.locator('figcaption').textContent()).toMatch(new RegExp(`^图${no} `));
			expect((await figure.locator('.summary').textContent())?.length).toBeGreaterThan(10);
			const table = figure.locator(`#figure-${no}-table`);
			expect(await table.locator('caption').textContent()).toContain(`图${no}`);
			expect(await table.locator('th[scope="row"]').count()).toBeGreaterThan(0);
			expect(await table.isVisible()).toBe(true);
			// No empty chart box: the canvas stays hidden without the script.
			expect(await figure.locator('canvas').isVisible()).toBe(false);
		}
		await page.close();
	});
});
