/** The built site opens in real Chromium under its sub-path, in Chinese, without console errors. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSite, type OpenSite } from '../helpers/browser.ts';

let site: OpenSite;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

test('home → a unit-year page, in zh-CN, no console errors', async () => {
	const page = await site.context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(site.url());
	expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
	await page.click('a[href$="/units/wutongqiao-shebao/2024/"]');
	await page.waitForURL(/wutongqiao-shebao\/2024\/$/);
	expect(await page.textContent('h1')).toContain('五通桥区社会保险事务中心');
	expect(await page.textContent('main')).toContain('848.90');
	expect(errors).toEqual([]);
	await page.close();
});
