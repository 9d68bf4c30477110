/**
 * The published PDF (issue #14 point 7): an entry folder that keeps `source.pdf` (what `npm run import` leaves
 * beside the text) gets it published byte for byte beside `source.txt`, linked from the document's 原件 line
 * with its size, and counted among the files a complete site must hold. A fixture site is built for it; the
 * shipped content keeps no PDF, so the shipped site links none.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { expectedOutput } from '../../src/core/expected-output.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { copyTree } from '../helpers/content-tree.ts';
import { readSite, sitePages } from '../helpers/site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** A real published PDF (上海市普陀区 2024 部门决算), standing in for the demo unit's own. */
const PDF = join(ROOT, 'test/fixtures/import/03-shanghai-putuo-social-work-dept-2024-dept-final.pdf');
const work = mkdtempSync(join(tmpdir(), 'gongkai-pdf-'));
const content = copyTree();
const dist = join(work, 'dist');
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	rmSync(content, { recursive: true, force: true });
});

beforeAll(() => {
	copyFileSync(PDF, join(content, 'disclosures/demo/2024/source.pdf'));
	const r = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			GONGKAI_CONTENT_DIR: content,
			GONGKAI_OUT_DIR: dist,
			GONGKAI_BASE: '/sub/',
			GONGKAI_CACHE_DIR: join(work, 'cache'),
		},
	});
	if (r.status !== 0) throw new Error(`构建失败：\n${r.stdout}\n${r.stderr}`);
});

describe('an entry folder that keeps source.pdf', () => {
	test('the PDF is published beside the source text, byte for byte', () => {
		expect(existsSync(join(dist, 'units/demo/2024/source.txt'))).toBe(true);
		expect(readFileSync(join(dist, 'units/demo/2024/source.pdf')).equals(readFileSync(PDF))).toBe(true);
	});

	test('the 部门决算 and 绩效自评 pages link it under 原件, with a download name and its size', () => {
		for (const page of ['units/demo/2024/index.html', 'units/demo/2024/performance/index.html']) {
			const html = readFileSync(join(dist, page), 'utf8');
			const link = /<a [^>]*data-original-pdf[^>]*>([^<]*)<\/a>/.exec(html);
			expect(link, page).not.toBeNull();
			expect(link![0]).toContain('href="/sub/units/demo/2024/source.pdf"');
			expect(link![0]).toContain('download="demo-2024-source.pdf"');
			expect(link![1]).toBe('下载原件 PDF（240 KB）'); // 245,829 bytes
		}
	});

	test('a complete site must hold it: the build checks the staged output against this list', () => {
		const catalogue = buildCatalogue(readContentFiles(content));
		expect(catalogue.originals).toEqual(['demo/2024']);
		expect(expectedOutput(catalogue)).toContain('units/demo/2024/source.pdf');
		rmSync(join(content, 'disclosures/demo/2024/source.pdf'));
		expect(expectedOutput(buildCatalogue(readContentFiles(content)))).not.toContain('units/demo/2024/source.pdf');
	});
});

describe('the shipped content keeps no PDF', () => {
	test('no page links one', () => {
		expect(sitePages().filter((p) => readSite(p).includes('data-original-pdf'))).toEqual([]);
	});
});
