/**
 * The built reading pages (real content, under the test base): 绩效自评 marks and scores as the seeds print
 * them, the merged glossary, a year's batch, the home page, and links that stay under the base and resolve.
 */
import { describe, expect, test } from 'vitest';
import { readSite, siteBase, siteHas, sitePages } from '../helpers/site.ts';

/** The cells of the table row whose row header is `label` (first match), as text with tags removed. */
function rowOf(html: string, label: string): string {
	const at = html.indexOf(`<th scope="row">${label}</th>`);
	expect(at, `row「${label}」`).toBeGreaterThan(-1);
	return html
		.slice(at, html.indexOf('</tr>', at))
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
}

describe('绩效自评 page', () => {
	test('000 附表2: a target restated as the result ("≥32 万人") is marked 无法判断', () => {
		const html = readSite('units/panzhihua-shebao/2025/performance/index.html');
		expect(rowOf(html, '享受养老保险待遇人数')).toMatch(/≥32 万人 ？ 无法判断 实际完成值“≥32 万人”重复了目标的写法/);
	});

	test('003 职业年金贴息: "0.88 万元" against ＝ 302600 元 is 未达成, the 代缴人数 ≥ 9000 人 达成', () => {
		const html = readSite('units/wutongqiao-shebao/2024/performance/index.html');
		expect(html).toContain('实际完成 0.88 万元（折合 8800 元），未达到目标 ＝ 302600 元。');
		expect(html).toMatch(/mark--unmet[^>]*>.{0,60}未达成/);
		expect(html).toContain('实际完成 9000 人，达到目标 ≥ 9000 人。');
	});

	test('004 评分表: 一级/二级 headings head their group of rows with weights; 99.97 printed and recomputed; 等次 优', () => {
		const html = readSite('units/kunming-wuhua-shebao/2024/performance/index.html');
		// One row group per 二级 run (a phone keeps the 三级 name and the scores in view instead of two heading columns).
		expect(html).toContain('<th scope="rowgroup" colspan="3"><span class="level-group__label">决策（40 分） · 项目立项（7 分）</span>');
		expect(html).toContain('<span class="level-group__label">产出（60 分） · 产出数量（10 分）</span>');
		expect(html).toContain('原文 99.97 分；按各项得分核算 99.97 分');
		expect(html).toMatch(/按总分应为“优”/);
		expect(rowOf(html, '预算执行率')).toContain('2.99');
	});

	test('every evaluation has its anchor, 结论 and 负责人 where printed, and a table caption', () => {
		const html = readSite('units/wutongqiao-shebao/2024/performance/index.html');
		expect(html).toContain('id="daijiao-jumin-yanglao"');
		expect(html).toContain('项目负责人</dt><dd>周岐军</dd>');
		expect(html).toMatch(/<h3 id="daijiao-jumin-yanglao-conclusion">评价结论<\/h3>/);
		expect(html.match(/<table[\s>]/g)!.length).toBe(html.match(/<caption[\s>]/g)!.length);
	});
});

test('glossary: one entry per term, linked to every unit-year that prints it', () => {
	const html = readSite('glossary/index.html');
	expect(html.match(/<dt id="term-财政拨款收入">/g)).toHaveLength(1);
	const entry = html.slice(
		html.indexOf('<dt id="term-财政拨款收入">'),
		html.indexOf('<dt', html.indexOf('<dt id="term-财政拨款收入">') + 5),
	);
	const links = [...entry.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
	expect(links).toEqual(
		expect.arrayContaining([
			`${siteBase()}units/wutongqiao-shebao/2024/#glossary`,
			`${siteBase()}units/panzhihua-dongqu-shebao/2023/#glossary`,
		]),
	);
});

test('a year page lists that year’s batch with findings by severity', () => {
	const html = readSite('years/2024/index.html');
	expect(html).toContain('五通桥区社会保险事务中心');
	expect(html).toContain('昆明市五华区社会保险中心');
	expect(html).not.toContain('盐边县社会保险事务中心');
	expect(html).toMatch(/<th scope="col" class="num">数据核对：确定<\/th>/);
});

test('home lists every year, the regions and the latest publications', () => {
	const html = readSite('index.html');
	for (const year of [2021, 2023, 2024, 2025]) expect(html).toContain(`href="${siteBase()}years/${year}/"`);
	expect(html).toContain('<h3>云南省</h3>');
	expect(html).toContain('id="latest"');
});

test('every internal link and asset stays under the base and resolves to a built file', () => {
	const base = siteBase();
	const broken: string[] = [];
	for (const file of sitePages()) {
		const html = readSite(file);
		for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
			if (!url.startsWith(base)) {
				broken.push(`${file}: ${url} (not under ${base})`);
				continue;
			}
			const path = decodeURI(url.slice(base.length));
			if (!(siteHas(path) || siteHas(`${path}index.html`) || path === '')) broken.push(`${file}: ${url}`);
		}
	}
	expect(broken).toEqual([]);
});
