/**
 * /about/ (issue #14 point 7): who runs the site, the open-data licence in plain words, how to report an error,
 * and the filing lines as configured (this build configures none, so none is made up).
 */
import { describe, expect, test } from 'vitest';
import { readSite } from '../helpers/site.ts';

const html = readSite('about/index.html');
const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');

describe('/about/', () => {
	test('names the default licence, links it, and states its terms: credit, a link to the licence, changes noted', () => {
		expect(html).toMatch(
			/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/deed\.zh-hans" rel="license noopener"[^>]*>[^<]*CC BY 4\.0[^<]*<\/a>/,
		);
		expect(text).toContain('包括商业用途');
		expect(text).toContain('使用时请注明来源（本站及原文发布单位）、附上许可协议链接，并说明是否作了修改');
	});

	test('says how to report an error and leaves the filing lines unconfigured rather than invented', () => {
		expect(text).toContain('发现错误怎么办（纠错）');
		expect(text).toContain('网站标识码未配置');
		expect(html).not.toMatch(/ICP备\d/);
	});
});
