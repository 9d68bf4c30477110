/**
 * 数据核对 that informs (issue #14 point 6) in real Chromium: 盐边 2021 prints 收、支总计 580.44 = 290.22 × 2 in
 * four places; the page counts it as one problem, names where else it shows, says printed / expected / gap with
 * its unit, draws 确定 heavier than 提示 (not by colour only) and folds the 提示 away.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';

let site: OpenSite;
let page: Page;

beforeAll(async () => {
	site = await openSite();
	page = await site.context.newPage();
	await page.goto(site.url('units/yanbian-shebao/2021/'));
});
afterAll(() => site?.close());

const text = (selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());

test('the summary counts problems by cause: fewer problems than places, the 580.44 cause first with its 4 places', async () => {
	const summary = await text('.glance__findings');
	const [, places, causes] = summary.match(/共 (\d+) 处，归为 (\d+) 个问题/) ?? [];
	expect(Number(causes)).toBeLessThan(Number(places));
	expect(Number(places)).toBe(await page.locator('main li.finding').count());
	expect(await text('.glance__findings li')).toMatch(/^确定 收、支总计印为 580\.44 万元.*（同一原因共 4 处）$/);
});

test('a block shows the cause once, with printed, expected, the gap in 万元 and where, and links the other section', async () => {
	const totals = page.locator('#totals aside.findings');
	const lead = totals.locator(':scope > ul > li.finding').first();
	const values = await lead.locator(':scope > dl.finding-values').evaluate((el) => el.textContent!.replace(/\s+/g, ''));
	expect(values).toBe('原文印为580.44万元应为290.22万元相差多290.22万元位置一、收入支出决算总体情况');
	expect(await lead.locator('.finding-cause').textContent()).toContain('共 4 处');
	expect(await lead.locator('details.finding-more').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
	expect(await lead.locator('.finding-elsewhere a').getAttribute('href')).toBe('#fiscalTotals');
});

test('确定 is heavier than 提示 by border and weight, and every 提示 is folded until opened', async () => {
	const look = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((el) => {
				const badge = el.querySelector('.severity')!;
				return {
					rule: parseFloat(getComputedStyle(el).borderLeftWidth),
					weight: Number(getComputedStyle(badge).fontWeight),
					text: badge.textContent,
				};
			});
	const certain = await look('li.finding-certain');
	const hint = await look('li.finding-hint');
	expect(certain.text).toBe('确定');
	expect(hint.text).toBe('提示');
	expect(certain.rule).toBeGreaterThanOrEqual(4);
	expect(hint.rule).toBe(0);
	expect(certain.weight).toBeGreaterThan(hint.weight);
	const folded = await page.locator('details.findings-hints').evaluateAll((els) => els.map((d) => (d as HTMLDetailsElement).open));
	expect(folded.length).toBeGreaterThan(0);
	expect(folded.every((open) => !open)).toBe(true);
	expect(await page.locator('li.finding-hint').first().isVisible()).toBe(false);
});
