/**
 * The frame every page shares, in real Chromium: skip link and visible focus, the 大字模式 (适老化) toggle that
 * persists and applies before first paint, pages usable without JavaScript, and the print stylesheet.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type OpenSite } from '../helpers/browser.ts';

const PERFORMANCE = 'units/wutongqiao-shebao/2024/performance/';
let site: OpenSite;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

test('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
	const page = await site.context.newPage();
	await page.goto(site.url(PERFORMANCE));
	await page.keyboard.press('Tab');
	const skip = await page.evaluate(() => {
		const a = document.activeElement as HTMLElement;
		const r = a.getBoundingClientRect();
		return { text: a.textContent, top: r.top, outline: getComputedStyle(a).outlineStyle, width: getComputedStyle(a).outlineWidth };
	});
	expect(skip.text).toBe('跳到正文');
	expect(skip.top).toBeGreaterThanOrEqual(0);
	expect(skip.outline).toBe('solid');
	expect(parseFloat(skip.width)).toBeGreaterThanOrEqual(2);
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
	await page.keyboard.press('Tab');
	const next = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth);
	expect(parseFloat(next)).toBeGreaterThanOrEqual(2);
	await page.close();
});

describe('大字模式 (适老化)', () => {
	test('the toggle enlarges the text, says it is on, and stays on across pages and reloads', async () => {
		const page = await site.context.newPage();
		await page.goto(site.url(''));
		const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
		const before = await size();
		const toggle = page.locator('[data-reading-toggle]');
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
		// Another page: the head script applies the mode before the body is parsed (no flash of small text).
		await page.goto(site.url(PERFORMANCE), { waitUntil: 'commit' });
		await page.waitForSelector('html[data-reading="large"]', { state: 'attached' });
		await page.waitForLoadState('load');
		expect(await page.locator('[data-reading-toggle]').getAttribute('aria-pressed')).toBe('true');
		await page.locator('[data-reading-toggle]').click();
		await page.reload();
		expect(await page.getAttribute('html', 'data-reading')).toBeNull();
		expect(await size()).toBe(before);
		await page.close();
	});

	test('the mode is set before first paint by the inline head script, not by a later one', async () => {
		const page = await site.context.newPage();
		await page.goto(site.url(''));
		await page.evaluate(() => localStorage.setItem('gongkai-reading', 'large'));
		await page.addInitScript(() => {
			// Record the attribute at the moment the body element appears.
			new MutationObserver((_, obs) => {
				if (document.body) {
					(window as unknown as { atBody: string | null }).atBody = document.documentElement.getAttribute('data-reading');
					obs.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(site.url('glossary/'));
		expect(await page.evaluate(() => (window as unknown as { atBody: string | null }).atBody)).toBe('large');
		await page.evaluate(() => localStorage.removeItem('gongkai-reading'));
		await page.close();
	});
});

test('without JavaScript every page still reads and links; the toggle (which needs it) is not offered', async () => {
	const noJs = await openSite({ javaScriptEnabled: false });
	try {
		const page = await noJs.context.newPage();
		await page.goto(noJs.url(PERFORMANCE));
		expect(await page.locator('[data-reading-toggle]').isVisible()).toBe(false);
		expect(await page.locator('table').count()).toBeGreaterThan(2);
		await page.click('nav[aria-label="主导航"] a[href$="/glossary/"]');
		await page.waitForURL(/\/gongkai\/glossary\/$/);
		expect(await page.textContent('h1')).toBe('名词解释');
	} finally {
		await noJs.close();
	}
});

describe('print', () => {
	test('navigation hidden, tables whole, the page URL printed', async () => {
		const page = await site.context.newPage();
		await page.goto(site.url(PERFORMANCE));
		await page.emulateMedia({ media: 'print' });
		const styles = await page.evaluate(() => {
			const d = (s: string) => getComputedStyle(document.querySelector(s)!).display;
			const table = document.querySelector('main table')!;
			return {
				nav: d('.site-nav'),
				tools: d('.site-tools'),
				skip: d('.skip-link'),
				url: d('.print-url'),
				urlText: document.querySelector('.print-url')!.textContent,
				tableBreak: getComputedStyle(table).breakInside,
				scroller: getComputedStyle(document.querySelector('.table-scroll')!).overflowX,
			};
		});
		expect(styles).toMatchObject({ nav: 'none', tools: 'none', skip: 'none', url: 'block', tableBreak: 'avoid', scroller: 'visible' });
		expect(styles.urlText).toMatch(/^本页网址：https?:\/\/[^/]+\/gongkai\/units\/wutongqiao-shebao\/2024\/performance\/$/);
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('.print-url').isVisible()).toBe(false);
		await page.close();
	});

	test('a figure prints as its table: the canvas is hidden, the table shown (classes .figure-canvas / .figure-table)', async () => {
		const page = await site.context.newPage();
		await page.goto(site.url(''));
		await page.evaluate(() => {
			document
				.querySelector('main')!
				.insertAdjacentHTML(
					'beforeend',
					'<figure id="probe"><canvas class="figure-canvas" width="300" height="150"></canvas><table class="figure-table" hidden><tr><th>基本支出</th><td>448.54</td></tr></table></figure>',
				);
		});
		const shown = () =>
			page.evaluate(() => ({
				canvas: getComputedStyle(document.querySelector('#probe .figure-canvas')!).display,
				table: getComputedStyle(document.querySelector('#probe .figure-table')!).display,
			}));
		expect(await shown()).toEqual({ canvas: 'inline', table: 'none' });
		await page.emulateMedia({ media: 'print' });
		expect(await shown()).toEqual({ canvas: 'none', table: 'table' });
		await page.close();
	});
});
