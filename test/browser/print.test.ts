/**
 * Printing the 部门决算 page (issue #14 point 10, Done-when): Chromium prints 五通桥 2024 to PDF without anyone
 * scrolling (so no chart is drawn), pdftotext reads it back page by page. Every figure's caption shares its
 * sheet with the figure's data; every figure prints its data once (the table, never a blank chart box); the
 * 转录说明 print expanded; every sheet carries the running header with the page's title and address.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type OpenSite } from '../helpers/browser.ts';

const PATH = 'units/wutongqiao-shebao/2024/';
let site: OpenSite;
let page: Page;
let sheets: string[];
const dir = mkdtempSync(join(tmpdir(), 'gongkai-print-test-'));
// Letters and digits only: PDF text extraction may space out or swap punctuation (“三公” quotes come back as other glyphs).
const flat = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

beforeAll(async () => {
	site = await openSite();
	page = await site.context.newPage();
	await page.goto(site.url(PATH), { waitUntil: 'networkidle' });
	const pdf = join(dir, 'page.pdf');
	writeFileSync(pdf, await page.pdf({ format: 'A4' }));
	const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
	if (text.status !== 0) throw new Error(`pdftotext 失败（apt-get install -y poppler-utils）：${text.stderr}`);
	sheets = text.stdout.split('\f').filter((s) => s.trim());
});
afterAll(async () => {
	await site?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Each figure's caption and the label of its table's first data row, as on the screen. */
const figures = () =>
	page.locator('figure.figure').evaluateAll((els) =>
		els.map((el) => ({
			caption: el.querySelector('figcaption')!.textContent!,
			firstRow: el.querySelector('table tbody th[scope="row"]')?.textContent ?? '',
			drawn: el.getAttribute('data-state') === 'drawn',
		})),
	);

test('the page prints to several sheets and no figure was drawn before printing', async () => {
	expect(sheets.length).toBeGreaterThan(3);
	const all = await figures();
	expect(all.map((f) => f.caption.slice(0, 2))).toEqual(['图1', '图2', '图3', '图4', '图5', '图6', '图7']);
	expect(all.some((f) => f.drawn)).toBe(false);
});

test('every figure keeps its caption: caption and the first row of its data on the same sheet', async () => {
	for (const f of await figures()) {
		expect(f.firstRow, f.caption).not.toBe('');
		const withCaption = sheets.filter((s) => flat(s).includes(flat(f.caption)));
		expect(withCaption.length, f.caption).toBeGreaterThan(0);
		expect(
			withCaption.some((s) => flat(s).includes(flat(f.firstRow))),
			`${f.caption} / ${f.firstRow}`,
		).toBe(true);
	}
});

test('each figure prints its data once, as its table: no chart box, the table shown even if folded on screen', async () => {
	await page.emulateMedia({ media: 'print' });
	const shown = await page.locator('figure.figure').evaluateAll((els) =>
		els.map((el) => ({
			box: el.querySelector<HTMLElement>('[data-chart-box]') ? getComputedStyle(el.querySelector('[data-chart-box]')!).display : 'none',
			table: el.querySelector('table')!.getBoundingClientRect().height,
		})),
	);
	await page.emulateMedia({ media: 'screen' });
	expect(shown.every((s) => s.box === 'none')).toBe(true);
	expect(shown.every((s) => s.table > 0)).toBe(true);
});

test('转录说明 print expanded', async () => {
	const notes = await page.locator('.reading-notes li').allTextContents();
	expect(notes.length).toBeGreaterThan(0);
	const text = flat(sheets.join(''));
	for (const note of notes) expect(text).toContain(flat(note).slice(0, 30));
});

test('every sheet carries the running header: unit, year, document and the page’s address', () => {
	for (const [i, sheet] of sheets.entries()) {
		const head = flat(sheet.split('\n').slice(0, 4).join(''));
		expect(head, `第 ${i + 1} 页`).toContain('五通桥区社会保险事务中心');
		expect(head, `第 ${i + 1} 页`).toContain('2024');
		expect(head, `第 ${i + 1} 页`).toContain(flat(PATH));
	}
});
