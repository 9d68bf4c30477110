/**
 * Readers first (issue #14) in real Chromium at 360 × 740, a common phone: the answer is on the first screen
 * (部门决算 totals, 绩效自评 score and 等次), and every table keeps its first column in view when scrolled sideways.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { sitePages } from '../helpers/site.ts';
import { toPath } from '../helpers/pages.ts';

const PHONE = { width: 360, height: 740 };
let site: OpenSite;
let page: Page;

beforeAll(async () => {
	site = await openSite();
	page = await site.context.newPage();
	await page.setViewportSize(PHONE);
});
afterAll(() => site?.close());

/** Whether an element lies wholly inside the first screen (no scrolling). */
async function onFirstScreen(selector: string): Promise<{ text: string; top: number; bottom: number; inView: boolean }> {
	const box = await page.locator(selector).first().evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '', top: r.top, bottom: r.bottom };
	});
	return { ...box, inView: box.top >= 0 && box.bottom <= PHONE.height };
}

const performancePages = () => sitePages().map(toPath).filter((p) => /^units\/[^/]+\/\d{4}\/performance\/$/.test(p));

describe('the answer on the first screen (360 × 740)', () => {
	test('五通桥 2024 部门决算: 收入总计 and 支出总计 (848.90 万元 as printed) without scrolling', async () => {
		await page.goto(site.url('units/wutongqiao-shebao/2024/'));
		const totals = page.locator('[data-glance-total]');
		expect(await totals.count()).toBe(2);
		for (const [i, label] of ['收入总计', '支出总计'].entries()) {
			const box = await totals.nth(i).evaluate((el) => ({ text: el.textContent?.replace(/\s+/g, ''), bottom: el.getBoundingClientRect().bottom }));
			expect(box.text).toBe(`${label}848.90万元`);
			expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
		}
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('every 绩效自评 page: the score and the 等次 without scrolling', async () => {
		const paths = performancePages();
		expect(paths).toEqual(expect.arrayContaining(['units/wutongqiao-shebao/2024/performance/', 'units/kunming-wuhua-shebao/2024/performance/']));
		const off: string[] = [];
		for (const path of paths) {
			await page.goto(site.url(path));
			for (const what of ['[data-glance-score]', '[data-glance-grade]']) {
				const box = await onFirstScreen(what);
				if (!box.inView) off.push(`${path} ${what}: ${box.text} (${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
			}
		}
		expect(off).toEqual([]);
		await page.goto(site.url('units/kunming-wuhua-shebao/2024/performance/'));
		expect((await onFirstScreen('[data-glance-score]')).text).toContain('99.97 分（满分 100）');
		expect((await onFirstScreen('[data-glance-grade]')).text).toContain('优');
	});
});
