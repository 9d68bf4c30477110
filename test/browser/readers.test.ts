/**
 * Readers first (issue #14) in real Chromium at 360 × 740, a common phone: the answer is on the first screen
 * (部门决算 totals, 绩效自评 score and 等次), and every table keeps its first column in view when scrolled sideways.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';
import { readSite, siteBase, sitePages } from '../helpers/site.ts';
import { fileOf, toPath } from '../helpers/pages.ts';
import { SEARCH_RANKING } from '../../src/core/search.ts';

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
	const box = await page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '', top: r.top, bottom: r.bottom };
		});
	return { ...box, inView: box.top >= 0 && box.bottom <= PHONE.height };
}

const performancePages = () =>
	sitePages()
		.map(toPath)
		.filter((p) => /^units\/[^/]+\/\d{4}\/performance\/$/.test(p));

describe('the answer on the first screen (360 × 740)', () => {
	test('五通桥 2024 部门决算: 收入总计 and 支出总计 (848.90 万元 as printed) without scrolling', async () => {
		await page.goto(site.url('units/wutongqiao-shebao/2024/'));
		const totals = page.locator('[data-glance-total]');
		expect(await totals.count()).toBe(2);
		for (const [i, label] of ['收入总计', '支出总计'].entries()) {
			const box = await totals
				.nth(i)
				.evaluate((el) => ({ text: el.textContent?.replace(/\s+/g, ''), bottom: el.getBoundingClientRect().bottom }));
			expect(box.text).toBe(`${label}848.90万元`);
			expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
		}
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('every 绩效自评 page: the score and the 等次 without scrolling', async () => {
		const paths = performancePages();
		expect(paths).toEqual(
			expect.arrayContaining(['units/wutongqiao-shebao/2024/performance/', 'units/kunming-wuhua-shebao/2024/performance/']),
		);
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

/** Pages with tables worth scrolling: every page a reader reaches (one comparison page per year, no sorted copies). */
const tablePages = () => sitePages().map(toPath);

describe('tables on a phone (360 px)', () => {
	test('every table scrolls inside its own region, and its first column stays in view when scrolled to the end', async () => {
		const problems: string[] = [];
		let scrolled = 0;
		for (const path of tablePages()) {
			await page.goto(site.url(path));
			const found: { problems: string[]; scrolled: number } = await page.evaluate(() => {
				const out: string[] = [];
				let n = 0;
				const inside = (r: DOMRect, box: DOMRect) => r.left >= box.left - 1 && r.right <= box.right + 1;
				document.querySelectorAll('main table').forEach((table, i) => {
					const name = `${table.querySelector('caption')?.textContent?.trim().slice(0, 30) ?? `#${i}`}`;
					const scroller = table.closest('.table-scroll') as HTMLElement | null;
					if (!scroller) {
						if (table.getBoundingClientRect().right > document.documentElement.clientWidth)
							out.push(`${name}: wider than the screen, not in a scroller`);
						return;
					}
					if (scroller.scrollWidth <= scroller.clientWidth) return;
					n += 1;
					scroller.scrollLeft = scroller.scrollWidth;
					const box = scroller.getBoundingClientRect();
					let covered = 0; // rows whose first column is a cell spanning down from a row above
					for (const row of Array.from((table as HTMLTableElement).rows)) {
						const first = row.cells[0];
						if (covered > 0) {
							covered -= 1;
							continue;
						}
						if (!first) continue;
						covered = first.rowSpan - 1;
						const target = first.colSpan > 1 ? first.querySelector('.level-group__label') : first;
						if (!target) continue; // a spanning total row: its words are the whole row
						if (!inside(target.getBoundingClientRect(), box))
							out.push(`${name}: “${first.textContent?.trim().slice(0, 12)}” leaves the screen`);
					}
					scroller.scrollLeft = 0;
				});
				return { problems: out, scrolled: n };
			});
			scrolled += found.scrolled;
			problems.push(...found.problems.map((p) => `${path}: ${p}`));
		}
		expect(scrolled).toBeGreaterThan(10); // the phone really has wide tables to scroll
		expect(problems).toEqual([]);
	});

	test('no row label (name column) is narrower than 6 characters', async () => {
		const narrow: string[] = [];
		for (const path of [
			'units/wutongqiao-shebao/2024/',
			'units/wutongqiao-shebao/2024/performance/',
			'units/kunming-wuhua-shebao/2024/performance/',
			'compare/2024/',
		]) {
			await page.goto(site.url(path));
			narrow.push(
				...(
					await page.locator('main .table-scroll tbody th[scope="row"]').evaluateAll((ths) =>
						ths.flatMap((th) => {
							const cs = getComputedStyle(th);
							const content = th.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
							return content + 0.5 < 6 * parseFloat(cs.fontSize)
								? [`${th.textContent?.trim().slice(0, 12)}: ${Math.round(content)} px`]
								: [];
						}),
					)
				).map((x) => `${path}: ${x}`),
			);
		}
		expect(narrow).toEqual([]);
	});

	test('the 绩效 tables put the 三级 name first and 完成值 / 得分 before the details', async () => {
		await page.goto(site.url('units/wutongqiao-shebao/2024/performance/'));
		const heads = await page.locator('#daijiao-jumin-yanglao table.grouped thead th').allTextContents();
		expect(heads.slice(0, 4)).toEqual(['三级指标', '指标值', '实际完成值', '是否达成']);
		expect(heads).toContain('得分');
	});
});

/** Every result of a query in ranking order, as paths below the base (Pagefind's JS API with the site's ranking). */
async function results(q: string): Promise<string[]> {
	const base = siteBase();
	const urls: string[] = await page.evaluate(`(async () => {
		const pf = await import('${base}pagefind/pagefind.js');
		await pf.options({ baseUrl: '${base}', ranking: ${JSON.stringify(SEARCH_RANKING)} });
		const r = await pf.search(${JSON.stringify(q)});
		return Promise.all(r.results.map((x) => x.data().then((d) => d.url)));
	})()`);
	return urls.map((u) => u.slice(base.length).replace(/#.*$/, ''));
}

/** Indexed text of a built page: its data-pagefind-body without ignored parts, spaces and punctuation. */
async function indexedText(path: string): Promise<string> {
	await page.goto(site.url(path));
	const text = await page.evaluate(() => {
		const body = document.querySelector('[data-pagefind-body]');
		if (!body) return '';
		const copy = body.cloneNode(true) as Element;
		copy.querySelectorAll('[data-pagefind-ignore], script, style, [hidden]').forEach((e) => e.remove());
		return copy.textContent ?? '';
	});
	return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

describe('search ranks documents first', () => {
	test('三公经费: the 部门决算 pages that contain it come before any rule, comparison or list page', async () => {
		await page.goto(site.url(''));
		const documents = sitePages()
			.map(toPath)
			.filter((p) => /^units\/[^/]+\/\d{4}\/$/.test(p) && readSite(fileOf(p)).includes('年度部门决算'));
		const containing: string[] = [];
		for (const p of documents) if ((await indexedText(p)).includes('三公经费')) containing.push(p);
		// 五通桥 2024, 东区 2023, 盐边 2021 and the three Shanghai documents of 2024.
		expect(containing).toEqual(
			expect.arrayContaining(['units/wutongqiao-shebao/2024/', 'units/panzhihua-dongqu-shebao/2023/', 'units/yanbian-shebao/2021/']),
		);
		await page.goto(site.url(''));
		const found = await results('三公经费');
		expect(new Set(found.slice(0, containing.length))).toEqual(new Set(containing));
	});

	test("a unit's full name lists that unit's pages first", async () => {
		const unitPages = sitePages()
			.map(toPath)
			.filter((p) => /^units\/[^/]+\/$/.test(p));
		expect(unitPages.length).toBeGreaterThanOrEqual(5);
		const wrong: string[] = [];
		for (const unitPage of unitPages) {
			const name = /<h1[^>]*>([^<]+)<\/h1>/.exec(readSite(fileOf(unitPage)))![1]!.trim();
			const own = sitePages()
				.map(toPath)
				.filter((p) => p.startsWith(unitPage) && readSite(fileOf(p)).includes('data-pagefind-body'));
			await page.goto(site.url(''));
			const found = await results(name);
			// Every page of the unit's own comes before any other page.
			if (found.slice(0, own.length).filter((p) => p.startsWith(unitPage)).length < own.length) {
				wrong.push(`${name}: ${found.slice(0, own.length).join(', ')}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('the search page', () => {
	test('ships no render-blocking script or stylesheet: Pagefind UI arrives after the first paint', () => {
		const html = readSite('search/index.html');
		expect(html).not.toMatch(/<script(?![^>]*type="module")[^>]*\bsrc=/);
		expect(html).not.toContain('pagefind-ui.css');
		expect(html).not.toMatch(/<script(?![^>]*data-reading-mode)(?![^>]*\bsrc=)[^>]*>[^<]/); // no inline code besides 大字模式
	});

	test('ticked filters are kept in the address, and the address brings them back', async () => {
		await page.goto(site.url(`search/?q=${encodeURIComponent('社会保险')}`));
		await page.locator('.pagefind-ui__result').first().waitFor();
		const block = page.locator('.pagefind-ui__filter-block', { has: page.locator('.pagefind-ui__filter-name', { hasText: '年度' }) });
		await block.locator('summary').click();
		await block.locator('.pagefind-ui__filter-value', { hasText: '2024' }).locator('input').check();
		await expect.poll(() => new URL(page.url()).searchParams.getAll('年度'), { timeout: 20_000 }).toEqual(['2024']);
		expect(new URL(page.url()).searchParams.get('q')).toBe('社会保险');

		const shared = page.url();
		const other = await site.context.newPage();
		await other.setViewportSize(PHONE);
		await other.goto(shared);
		await other.locator('.pagefind-ui__result').first().waitFor();
		await expect
			.poll(
				async () => {
					const hrefs = await other.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
					return hrefs.length > 0 && hrefs.every((h) => h.includes('/2024/'));
				},
				{ timeout: 20_000 },
			)
			.toBe(true);
		await other.close();
	});
});
