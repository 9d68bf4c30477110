/**
 * Provenance and identity (issue #14 point 7): a document its issuer marked 不予公开 / 依申请公开 is published only
 * with a stated reason (攀枝花 2025 prints “信息公开选项：不予公开”); the original's address must be a web
 * address; and the printed page's running header cannot be broken out of by a unit's name.
 */
import { describe, expect, test } from 'vitest';
import { formatSchemaError } from '../../src/core/schema/errors.ts';
import { catalogueOfUnit } from '../helpers/content-tree.ts';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { cssString, runningHeaderCss } from '../../src/core/print-header.ts';

/** 攀枝花 2025's files with its index.yaml edited. */
function panzhihuaWith(edit: (yaml: string) => string) {
	const all = readContentFiles();
	const mine = (p: string) => p.includes('panzhihua-shebao');
	return buildCatalogue({
		units: all.units.filter((f) => mine(f.path)),
		disclosures: all.disclosures.filter((f) => mine(f.dir)).map((d) => ({ ...d, index: { ...d.index, text: edit(d.index.text) } })),
		narratives: all.narratives.filter((f) => mine(f.dir)),
		extras: all.extras.filter((f) => mine(f.dir)),
	});
}

describe('a document marked 不予公开 is not published without a reason', () => {
	test('攀枝花 2025 as shipped states why it may be published', () => {
		const c = catalogueOfUnit('panzhihua-shebao');
		expect(c.errors).toEqual([]);
		expect(c.disclosures[0]!.source).toMatchObject({ disclosureOption: '不予公开', publishNote: expect.stringContaining('已经公开发布') });
	});

	test('without the reason, the entry is a data error naming the file, the field and what to write', () => {
		const c = panzhihuaWith((y) => y.replace(/^\s*publishNote:.*\n/m, ''));
		expect(c.disclosures).toEqual([]);
		expect(c.errors.map(formatSchemaError)[0]).toEqual(
			expect.stringMatching(/panzhihua-shebao\/2025\/index\.yaml.*source\.publishNote.*“不予公开”.*写明本站为何可以公开/),
		);
	});

	test('依申请公开 too; 主动公开 needs no reason', () => {
		const applied = panzhihuaWith((y) =>
			y.replace('disclosureOption: 不予公开', 'disclosureOption: 依申请公开').replace(/^\s*publishNote:.*\n/m, ''),
		);
		expect(applied.errors.map(formatSchemaError).join()).toContain('“依申请公开”');
		const open = panzhihuaWith((y) =>
			y.replace('disclosureOption: 不予公开', 'disclosureOption: 主动公开').replace(/^\s*publishNote:.*\n/m, ''),
		);
		expect(open.errors).toEqual([]);
	});

	test('the original’s address is a web address, never a script', () => {
		const bad = panzhihuaWith((y) => y.replace('  file: source.txt', '  url: javascript:alert(1)\n  file: source.txt'));
		expect(bad.errors.map(formatSchemaError).join()).toContain('原件网址须以 http:// 或 https:// 开头');
		const good = panzhihuaWith((y) => y.replace('  file: source.txt', '  url: https://example.gov.cn/2026/9.pdf\n  file: source.txt'));
		expect(good.disclosures[0]!.source.url).toBe('https://example.gov.cn/2026/9.pdf');
	});
});

describe('running header', () => {
	test('a name cannot end the CSS string or the <style> element', () => {
		expect(cssString('a"b\\c</style><script>')).toBe('"a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e "');
		const css = runningHeaderCss('五通桥区社会保险事务中心 2024年度部门决算', 'https://x.gov.cn/units/a/2024/');
		expect(css).toContain('@top-left { content: "五通桥区社会保险事务中心 2024年度部门决算";');
		expect(css).toContain('@top-right { content: "https://x.gov.cn/units/a/2024/";');
	});
});
