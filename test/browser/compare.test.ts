/**
 * The comparison page of a year in real Chromium: one static table in the default order that works with
 * JavaScript off; with it, headings are buttons that sort (aria-sort), 地区 / 主管部门 / name filters narrow
 * the rows and the bars, and the query string keeps the view across a reload. Figures not published or not
 * compared (五通桥's 90 of 90 project points) never rank. At 360 px the unit column stays in view.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { sitePages } from '../helpers/site.ts';

/** The cells of one metric column, top to bottom, as printed (visible rows only). */
const column = async (p: Page, key: string) => {
	const index = await p.evaluate(
		(k) => [...document.querySelectorAll('thead th[data-metric]')].findIndex((th) => (th as HTMLElement).dataset.metric === k) + 1,
		key,
	);
	return p.locator(`tbody tr:not([hidden]) > :nth-child(${index + 1})`).allTextContents();
};
const numbers = (cells: string[]) => cells.filter((c) => !/未公开|不比较/.test(c)).map((c) => Number(c.replaceAll(',', '')));
const units = (p: Page) => p.locator('tbody tr:not([hidden]) th[scope="row"] a').allTextContents();
const heading = (p: Page, key: string) => p.locator(`thead th[data-metric="${key}"]`);

describe('one comparison page per year', () => {
	test('no pre-sorted copies are built', () => {
		const compare = sitePages().filter((f) => f.startsWith('compare/'));
		expect(compare.filter((f) => /by-/.test(f))).toEqual([]);
		expect(compare).toContain('compare/2024/index.html');
	});
});

describe('without JavaScript', () => {
	let noJs: OpenSite;
	beforeAll(async () => {
		noJs = await openSite({ javaScriptEnabled: false });
	});
	afterAll(async () => noJs?.close());

	test('the whole table is there in the default order (地区, then name); nothing pretends to sort or filter', async () => {
		const p = await noJs.context.newPage();
		await p.goto(noJs.url('compare/2024/'));
		const regions = await p.locator('tbody th[scope="row"] .region').allTextContents();
		expect(regions.length).toBe(5); // 2024: 3 Shanghai corpus entries, 五通桥, 昆明五华
		const collator = new Intl.Collator('zh-CN');
		expect(regions).toEqual([...regions].sort(collator.compare));
		expect(await p.locator('thead button').count()).toBe(0);
		expect(await p.locator('form[data-compare-filters]').isVisible()).toBe(false);
		expect(await column(p, 'incomeTotal')).toContain('未公开');
	});
});

describe('with JavaScript', () => {
	let site: OpenSite;
	let p: Page;
	beforeAll(async () => {
		site = await openSite();
		p = await site.context.newPage();
	});
	afterAll(async () => site?.close());

	test('a heading button sorts descending, again ascending, with aria-sort and the state in the URL', async () => {
		await p.goto(site.url('compare/2024/'));
		const key = 'findingsHint';
		expect(new Set(await column(p, key)).size).toBeGreaterThan(1);
		await heading(p, key).locator('button').click();
		expect(await heading(p, key).getAttribute('aria-sort')).toBe('descending');
		const desc = numbers(await column(p, key));
		expect(desc).toEqual([...desc].sort((a, b) => b - a));
		expect(new URL(p.url()).searchParams.get('sort')).toBe(key);

		await heading(p, key).locator('button').click();
		expect(await heading(p, key).getAttribute('aria-sort')).toBe('ascending');
		expect(numbers(await column(p, key))).toEqual([...desc].sort((a, b) => a - b));
		expect(new URL(p.url()).searchParams.get('dir')).toBe('asc');
		expect(await p.locator('thead th[aria-sort]').count()).toBe(1);
	});

	test('未公开 and 不比较 sort last both ways; bars leave out the score not compared', async () => {
		for (const dir of ['', '&dir=asc']) {
			await p.goto(site.url(`compare/2024/?sort=incomeTotal${dir}`));
			const cells = await column(p, 'incomeTotal');
			expect(cells.indexOf('未公开')).toBe(cells.length - cells.filter((c) => c === '未公开').length);
			await p.goto(site.url(`compare/2024/?sort=projectScoreAverage${dir}`));
			const scores = await column(p, 'projectScoreAverage');
			expect(scores[0]).toBe('99.97'); // 昆明五华, out of 100
			expect(scores.findIndex((c) => c.includes('不比较'))).toBeGreaterThan(0);
		}
		expect(await p.locator('#compare-not-compared + p + ul').textContent()).toContain('五通桥区社会保险事务中心');
		const bars = await p.locator('figure[data-metric="projectScoreAverage"] .bars__name').allTextContents();
		expect(bars).toEqual(['昆明市五华区社会保险中心']);
	});

	test('filtering by 地区 narrows rows and bars; a reload of the URL restores sort and filter', async () => {
		await p.goto(site.url('compare/2024/'));
		await heading(p, 'incomeTotal').locator('button').click();
		await p.locator('select[name="region"]').selectOption('四川省 乐山市 五通桥区');
		expect(await units(p)).toEqual(['五通桥区社会保险事务中心']);
		expect(await p.locator('figure[data-metric="incomeTotal"] .bars__name').allTextContents()).toEqual(['五通桥区社会保险事务中心']);
		expect(await p.locator('[data-compare-status]').textContent()).toContain('显示 1 个单位，共 5 个');
		const url = new URL(p.url());
		expect(url.searchParams.get('region')).toBe('四川省 乐山市 五通桥区');

		await p.reload();
		expect(await units(p)).toEqual(['五通桥区社会保险事务中心']);
		expect(await p.locator('select[name="region"]').inputValue()).toBe('四川省 乐山市 五通桥区');
		expect(await heading(p, 'incomeTotal').getAttribute('aria-sort')).toBe('descending');

		await p.locator('select[name="region"]').selectOption('');
		await p.locator('select[name="supervisor"]').selectOption({ index: 1 });
		const supervisor = await p.locator('select[name="supervisor"]').inputValue();
		expect(new URL(p.url()).searchParams.get('supervisor')).toBe(supervisor);
		expect((await units(p)).length).toBeGreaterThan(0);
		expect((await units(p)).length).toBeLessThan(5);

		await p.locator('select[name="supervisor"]').selectOption('');
		await p.locator('form[data-compare-filters] input[name="q"]').fill('普陀');
		expect((await units(p)).every((u) => u.includes('普陀'))).toBe(true);
		expect(await units(p)).toHaveLength(3);
		await p.locator('form[data-compare-filters] button[type="reset"]').click();
		await expect.poll(() => units(p)).toHaveLength(5);
		await expect.poll(() => new URL(p.url()).search).toBe('');
	});

	test('at 360 px the unit column stays in view when the table is scrolled sideways', async () => {
		await p.setViewportSize({ width: 360, height: 740 });
		await p.goto(site.url('compare/2024/'));
		const scroller = p.locator('.table-scroll').first();
		const before = await p.locator('tbody th[scope="row"]').first().boundingBox();
		await scroller.evaluate((el) => (el.scrollLeft = 600));
		const after = await p.locator('tbody th[scope="row"]').first().boundingBox();
		expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect(after!.x).toBeCloseTo(before!.x, 0);
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await p.setViewportSize({ width: 1280, height: 900 });
	});
});
