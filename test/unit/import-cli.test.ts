/**
 * `npm run import` end to end on a temporary content folder: what it writes (YAML with line comments, provenance
 * sidecar, narrative, source, report), that it never overwrites without --force, and that an unreadable file
 * (not a PDF, a PDF without text, empty, GBK) gets a message naming the file and what to do, and writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { runImport, type ImportOptions } from '../../scripts/import.ts';
import { printHtmlPdf } from '../../scripts/print-pdf.ts';

const SEED_003 = join(import.meta.dirname, '../../content/disclosures/wutongqiao-shebao/2024/source.txt');
const CORPUS_03 = join(import.meta.dirname, '../../content/disclosures/putuo-social-work/2024/source.txt');

/** Every content folder and input file of this file's tests, removed at the end. */
const scratch = mkdtempSync(join(tmpdir(), 'gongkai-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(file: string, extra: Partial<ImportOptions> = {}) {
	const out: string[] = [];
	const err: string[] = [];
	const content = extra.content ?? mkdtempSync(join(scratch, 'content-'));
	const done = runImport({
		file,
		unit: 'wutongqiao-shebao',
		year: 2024,
		content,
		write: (s) => out.push(s),
		error: (s) => err.push(s),
		...extra,
	});
	return done.then((r) => ({
		...r,
		content,
		out: out.join('\n'),
		err: err.join('\n'),
		dir: join(content, 'disclosures/wutongqiao-shebao/2024'),
	}));
}

describe('a readable document', () => {
	test('writes the draft, its provenance and its report, and never overwrites without --force', { timeout: 60_000 }, async () => {
		const r = await run(SEED_003);
		expect(r.exitCode).toBe(0);
		const yaml = readFileSync(join(r.dir, 'final-accounts.yaml'), 'utf8');
		// 003 prints "收入、支出总计均为 848.90 万元" on line 208: value, precision and line as printed.
		expect(yaml).toMatch(/^ {2}income: 848\.90 # 第 208 行$/m);
		expect(parse(yaml).income.total).toBe(848.9);
		const provenance = JSON.parse(readFileSync(join(r.dir, 'import-provenance.json'), 'utf8'));
		expect(provenance.figures).toContainEqual({
			file: 'final-accounts.yaml',
			path: 'expenditure.basic.share',
			value: 52.83,
			printed: '52.83',
			line: 239,
		});
		// Beside it, performance.yaml from the seven 项目支出绩效自评表: 总额 60.00 37.46 37.46 100.00% 10 on line 767.
		const performance = readFileSync(join(r.dir, 'performance.yaml'), 'utf8');
		expect(performance).toMatch(/^ {10}initial: 60\.00 # 第 767 行$/m);
		expect(parse(performance).evaluations).toHaveLength(7);
		expect(provenance.figures).toContainEqual({
			file: 'performance.yaml',
			path: 'evaluations[0].indicators.total.score',
			value: 90,
			printed: '90',
			line: 943,
		});
		expect(readFileSync(join(r.dir, 'source.txt'), 'utf8')).toBe(readFileSync(SEED_003, 'utf8'));
		expect(readFileSync(join(r.dir, 'final-accounts.mdx'), 'utf8')).toContain('<Section id="threePublic">');
		expect(existsSync(join(r.content, 'units/wutongqiao-shebao.yaml'))).toBe(true);
		// The report: placed figures, unplaced numbers with their lines, and what the check says about the draft.
		const report = JSON.parse(readFileSync(join(r.dir, 'import-report.json'), 'utf8'));
		expect(report.documents).toEqual(['部门决算', '项目支出绩效自评表']);
		expect(report.placed.total).toBe(r.report!.placed.total);
		expect(report.unplaced).toContainEqual(expect.objectContaining({ section: 'otherMatters', line: 514, printed: '2' }));
		expect(report.check.errors.map((e: { path: string }) => e.path)).toContain('title');
		expect(report.check.errors.filter((e: { file: string }) => e.file.endsWith('performance.yaml'))).toEqual([]);
		// Form 1: 5 budget rows (17 figures), 8 indicator rows (16), 90 分, 合计 (2), and 100 元 and 37.46 万元 of its text.
		expect(report.placed.bySection.performance0).toBe(38);
		expect(r.out).toContain('草稿已写入');

		const again = await run(SEED_003, { content: r.content });
		expect(again.exitCode).toBe(1);
		expect(again.err).toContain('已存在，未做任何改动');
		writeFileSync(join(r.dir, 'final-accounts.yaml'), 'title: 已核对\n');
		expect((await run(SEED_003, { content: r.content })).exitCode).toBe(1);
		expect(readFileSync(join(r.dir, 'final-accounts.yaml'), 'utf8')).toBe('title: 已核对\n');
		expect((await run(SEED_003, { content: r.content, force: true })).exitCode).toBe(0);
		expect(readFileSync(join(r.dir, 'final-accounts.yaml'), 'utf8')).toBe(yaml);
	});
});

test('a Shanghai document: its typed tables are drafted row by row with their lines, and validate', { timeout: 60_000 }, async () => {
	const r = await run(CORPUS_03, { unit: 'putuo-social-work' });
	const dir = join(r.content, 'disclosures/putuo-social-work/2024');
	expect(r.exitCode).toBe(0);
	const yaml = readFileSync(join(dir, 'final-accounts.yaml'), 'utf8');
	expect(yaml).toMatch(/^template: shanghai-2024$/m);
	// Line 134 of the text prints "2013901   行政运行   51.32   51.32": code, printed name, one cell per column.
	expect(yaml).toContain('      - [2013901, 行政运行, 51.32, 51.32, ~, ~, ~, ~, ~] # 第 134 行\n');
	const provenance = JSON.parse(readFileSync(join(dir, 'import-provenance.json'), 'utf8'));
	expect(provenance.figures).toContainEqual(
		expect.objectContaining({ path: expect.stringMatching(/^tables\.income\.rows\[\d+\]\[3\]$/), value: 51.32, line: 134 }),
	);
	// The draft's tables are valid data: the only errors are the unit file the clerk still has to fill in.
	expect(r.report!.check!.errors.filter((e) => !e.file.endsWith('units/putuo-social-work.yaml') && e.path !== 'unit')).toEqual([]);
	// Line 150 opens a page pdftotext re-gridded (its numbers left of the header's columns): the one reading the
	// template's sums confirm (21011 = 2101101 + 2101102) drafts it, cited to its line.
	expect(yaml).toContain('      - [2101101, 行政单位医疗, 2.22, 2.22, ~, ~, ~, ~, ~] # 第 150 行\n');
	expect(r.report!.notUnderstood.filter((n) => n.section === 'tables')).toEqual([]);
	// A drafted row's code and cells are placed: not listed among the numbers no field took.
	expect(r.report!.unplaced).not.toContainEqual(expect.objectContaining({ line: 134, printed: '2013901' }));
	expect(r.report!.unplaced).not.toContainEqual(expect.objectContaining({ line: 150, printed: '2.22' }));
});

describe('an unreadable file is refused with a clear message and nothing written', () => {
	const folder = mkdtempSync(join(scratch, 'bad-input-'));
	const file = (name: string, bytes: Uint8Array | string) => {
		writeFileSync(join(folder, name), bytes);
		return join(folder, name);
	};

	test.each([
		['empty.txt', '', '是空文件'],
		// "部门决算：本年收入合计848.90万元" in GBK, as a clerk's Windows editor saves it.
		['gbk.txt', Buffer.from('b2bfc3c5bef6cbe3a3bab1bec4eacad5c8ebbacfbcc63834382e3930cdf2d4aa', 'hex'), '不是 UTF-8 编码的文本'],
		['not-a.pdf', '部门决算：本年收入合计848.90万元', '不是 PDF 文件'],
		['report.docx', 'PK\u0003\u0004', '只能导入 .pdf'],
		['unrelated.txt', '会议纪要：今天讨论了办公室搬迁。', '没有找到部门决算或绩效自评的模板用语'],
	])('%s', async (name, bytes, reason) => {
		const r = await run(file(name, bytes));
		expect(r.exitCode).toBe(1);
		expect(r.err).toContain(name);
		expect(r.err).toContain(reason);
		expect(existsSync(join(r.content, 'disclosures'))).toBe(false);
		expect(existsSync(join(r.content, 'units'))).toBe(false);
	});

	test('a PDF with pages but no text layer (a scan)', { timeout: 120_000 }, async () => {
		const scan = await printHtmlPdf(
			'<svg width="400" height="300"><rect width="300" height="200" fill="#888"/><circle cx="200" cy="150" r="60"/></svg>',
		);
		const r = await run(file('scan.pdf', scan));
		expect(r.exitCode).toBe(1);
		expect(r.err).toMatch(/scan\.pdf 共 1 页，但没有文字层（扫描件/);
		expect(r.err).toContain('OCR');
		expect(existsSync(join(r.content, 'disclosures'))).toBe(false);
	});
});
