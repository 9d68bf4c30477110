/**
 * The 反馈单 a bureau e-mails to a unit opens on its own in real Chromium, from a file: Chinese, no console
 * errors, nothing fetched, tables a screen reader can follow (axe, WCAG 2.1 AA), readable at 360 px.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { runCheck } from '../../scripts/check.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-report-browser-'));
const file = join(dir, 'wutongqiao.html');
/** How many findings the audit has for 五通桥 2024: the report lists each on its own row. */
let findings = 0;
let context: BrowserContext;

beforeAll(async () => {
	findings = runCheck({ only: ['content/disclosures/wutongqiao-shebao/2024'], reportFile: file, write: () => {} }).report.entries[0]!
		.findings.length;
	context = await launchChromium(join(dir, 'profile'), {
		locale: 'zh-CN',
	});
});
afterAll(async () => {
	await context?.close();
	rmSync(dir, { recursive: true, force: true });
});

test('the report opens from disk with no console errors and no requests, and passes axe', async () => {
	const page = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(pathToFileURL(file).href);
	expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
	expect(await page.textContent('h1')).toBe('五通桥区社会保险事务中心 公开材料核对反馈');
	expect(findings).toBeGreaterThan(0);
	expect(await page.locator('table caption').allTextContents()).toEqual(['公开要求（1）', `核对发现（${findings}）`]);
	expect(await page.locator('tbody tr').count()).toBe(1 + findings);
	expect(requests).toEqual([pathToFileURL(file).href]);
	await page.addScriptTag({ content: axe.source });
	const violations = await page.evaluate(async () =>
		(
			await (window as unknown as { axe: typeof axe }).axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			})
		).violations.map((v) => v.id),
	);
	expect(violations).toEqual([]);
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	expect(errors).toEqual([]);
	await page.close();
});
