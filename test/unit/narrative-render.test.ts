/**
 * Narratives rendered once from the checked tree (core/narrative-read.ts, narrative-render.ts) on the seeds:
 * block structure, section ids, figure placement, the HTML the remark/rehype pipeline writes, and the disk
 * cache by content hash (src/lib/narrative-cache.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FINAL_ACCOUNTS_SECTIONS } from '../../src/core/mdx-safety.ts';
import { extractStatements, paragraphs } from '../../src/core/narrative-audit.ts';
import { readNarrative } from '../../src/core/narrative-read.ts';
import type { NarrativeBlock } from '../../src/core/narrative-render.ts';
import { narrativePlacements } from '../../src/core/sections/plan.ts';
import { cachedBlocks, cachedNarrativeReader } from '../../src/lib/narrative-cache.ts';

const CONTENT = join(import.meta.dirname, '../../content/disclosures');
const source = (folder: string, name: string) => readFileSync(join(CONTENT, folder, name), 'utf8');
const FA = { sectionIds: FINAL_ACCOUNTS_SECTIONS };
const read = (text: string, context: Parameters<typeof readNarrative>[2] = FA) => readNarrative(text, 'final-accounts.mdx', context);

/** The shape of blocks: html runs as 'html', sections by id with their children, figures by number. */
const shape = (blocks: readonly NarrativeBlock[]): unknown[] =>
	blocks.map((b) => ('html' in b ? 'html' : 'section' in b ? { [b.section]: shape(b.children) } : `figure ${b.figure.no}`));
const html = (blocks: readonly NarrativeBlock[]): string =>
	blocks
		.map((b) => ('html' in b ? b.html : 'section' in b ? `[${b.section}]${html(b.children)}[/${b.section}]` : `[figure ${b.figure.no}]`))
		.join('');

describe('seed 002 (盐边县 2021): sections and figures where the narrative puts them', () => {
	const r = read(source('yanbian-shebao/2021', 'final-accounts.mdx'));

	test('one top-level block per <Section>, in the narrative order, joined by the newline MDX kept between them', () => {
		expect(r.errors).toEqual([]);
		const blocks = r.read!.blocks!;
		const sections = blocks.flatMap((b) => ('section' in b ? [b.section] : []));
		expect(sections).toEqual([
			'overview',
			'totals',
			'income',
			'expenditure',
			'fiscalTotals',
			'generalBudget',
			'basicExpenditure',
			'threePublic',
			'governmentFund',
			'stateCapital',
			'otherMatters',
			'glossary',
			'attachments',
		]);
		expect(blocks.filter((b) => 'html' in b)).toEqual(Array(sections.length - 1).fill({ html: '\n' }));
	});

	test('图1–6 sit inside their sections, 图5 and 图6 between the paragraphs of 一般公共预算财政拨款支出', () => {
		const blocks = r.read!.blocks!;
		const section = (id: string) => shape(blocks).find((b) => typeof b === 'object' && b !== null && id in b);
		expect(section('totals')).toEqual({ totals: ['html', 'figure 1'] });
		expect(section('income')).toEqual({ income: ['html', 'figure 2'] });
		expect(section('generalBudget')).toEqual({ generalBudget: ['html', 'figure 5', 'html', 'figure 6', 'html'] });
		expect(section('glossary')).toEqual({ glossary: [] });
		expect(r.read!.placements).toEqual(narrativePlacements(source('yanbian-shebao/2021', 'final-accounts.mdx')));
	});

	test('what the audit reads from the one parse equals reading the source again', () => {
		const text = source('yanbian-shebao/2021', 'final-accounts.mdx');
		expect(r.read!.statements).toEqual(extractStatements(text));
		expect(r.read!.paragraphs).toEqual(paragraphs(text));
		expect(r.read!.statements.length).toBeGreaterThan(10);
	});
});

describe('the HTML inside the blocks', () => {
	test('headings get the ids Astro gave them (github-slugger over the heading text), seed 001', () => {
		const blocks = read(source('panzhihua-dongqu-shebao/2023', 'final-accounts.mdx')).read!.blocks!;
		expect(html(blocks)).toContain('[overview]<h3 id="一部门职责">一、部门职责</h3><p>(1).贯彻国家、省、市企业职工基本养老保险');
	});

	test('a figure inside a paragraph keeps the paragraph around it', () => {
		const r = read('<Section id="income">\n\n收入结构见 <Figure no="2" /> 所示。\n\n</Section>\n');
		expect(r.read!.blocks).toEqual([
			{ section: 'income', children: [{ html: '<p>收入结构见 ' }, { figure: { no: '2' } }, { html: ' 所示。</p>' }] },
		]);
	});

	test('GFM tables and smart quotes, as @astrojs/mdx rendered them; "<" in text is escaped', () => {
		const r = read('| 项目 | 金额 |\n| --- | --- |\n| 合计 | 848.90 |\n\n"决算数" \\<项级\\>\n');
		const out = html(r.read!.blocks!);
		expect(out).toContain('<table>');
		expect(out).toContain('<td>848.90</td>');
		expect(out).toContain('“决算数” &#x3C;项级>');
	});

	test('an unsafe narrative has its errors with line numbers and nothing rendered', () => {
		const r = read('<Section id="income">\n\n正文\n\n<script>alert(1)</script>\n\n</Section>\n');
		expect(r.read).toBeUndefined();
		expect(r.errors.map((e) => e.path)).toEqual(['第 5 行']);
	});

	test('<Figure> in performance.mdx is refused: 图1–7 belong to the 部门决算 page', () => {
		const r = readNarrative('<Section id="dept">\n\n<Figure no="2" />\n\n</Section>\n', 'performance.mdx', {
			sectionIds: ['dept'],
			figures: false,
		});
		expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('绩效自评正文中不能放 <Figure>')]);
	});
});

describe('the disk cache by content hash', () => {
	const dir = mkdtempSync(join(tmpdir(), 'gongkai-narrative-cache-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const text = source('wutongqiao-shebao/2024', 'final-accounts.mdx');

	test('a miss renders and stores the blocks; the read keeps only their key', () => {
		const r = cachedNarrativeReader(dir)(text, 'a.mdx', FA);
		expect(r.read!.blocks).toBeUndefined();
		expect(r.read!.key).toMatch(/^[0-9a-f]{64}$/);
		expect(cachedBlocks(r.read!.key!, dir)).toEqual(read(text).read!.blocks);
	});

	test('the same text is a hit: what the cache holds is returned without parsing again', () => {
		const first = cachedNarrativeReader(dir)(text, 'a.mdx', FA).read!;
		// Mark the stored reading: a hit returns the mark, a second parse would not.
		const path = join(dir, `${first.key}.read.json`);
		writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), paragraphs: [{ text: 'from the cache' }] }));
		const again = cachedNarrativeReader(dir)(text, 'elsewhere/final-accounts.mdx', FA).read!;
		expect(again.key).toBe(first.key);
		expect(again.paragraphs).toEqual([{ text: 'from the cache' }]);
	});

	test('changed text, or other allowed section ids, is another key; an unsafe text is never stored', () => {
		const reader = cachedNarrativeReader(dir);
		const key = reader(text, 'a.mdx', FA).read!.key;
		expect(reader(`${text}\n补充一句。\n`, 'a.mdx', FA).read!.key).not.toBe(key);
		expect(reader(text, 'a.mdx', { sectionIds: [...FINAL_ACCOUNTS_SECTIONS, 'extra'] }).read?.key).not.toBe(key);
		const before = readdirSync(dir).length;
		const unsafe = reader('{1 + 1}\n', 'bad.mdx', FA);
		expect(unsafe.read).toBeUndefined();
		expect(unsafe.errors.length).toBe(1);
		expect(readdirSync(dir).length).toBe(before);
	});
});
