/** The Atom feed: escaping, order by publication date, undated entries last and labelled. */
import { describe, expect, test } from 'vitest';
import { atomFeed, escapeXml, sortEntries, type FeedEntry } from '../../src/core/feed.ts';

const entry = (title: string, publishedOn?: string): FeedEntry => ({
	url: `https://example.gov.cn/gongkai/units/${title}/`,
	title,
	publishedOn,
	author: '攀枝花市东区社会保险事务中心',
	summary: '公开文档：部门决算。',
	categories: ['部门决算'],
});

describe('feed', () => {
	test('escapes markup in text and attributes', () => {
		expect(escapeXml(`<b>"三公" & 'x'</b>\u0001`)).toBe('&lt;b&gt;&quot;三公&quot; &amp; &apos;x&apos;&lt;/b&gt;');
		const xml = atomFeed({
			home: 'https://e.cn/?a=1&b=2',
			self: 'https://e.cn/feed.xml',
			title: 'A & B',
			subtitle: '<s>',
			entries: [entry('x<y', '2024-10-24')],
		});
		expect(xml).toContain('<id>https://e.cn/?a=1&amp;b=2</id>');
		expect(xml).toContain('<title>x&lt;y</title>');
		expect(xml).not.toMatch(/<s>|x<y/);
	});
	test('newest publication first (seeds 000: 2026-03-12, 001: 2024-10-24), undated last', () => {
		const sorted = sortEntries([entry('dongqu', '2024-10-24'), entry('undated'), entry('panzhihua', '2026-03-12')]);
		expect(sorted.map((e) => e.title)).toEqual(['panzhihua', 'dongqu', 'undated']);
	});
	test('feed updated = newest date; undated entries say so', () => {
		const xml = atomFeed({
			home: 'https://e.cn/',
			self: 'https://e.cn/feed.xml',
			title: 't',
			subtitle: 's',
			entries: [entry('a', '2024-10-24'), entry('b')],
		});
		expect(xml).toMatch(/<\/subtitle>\n {2}<link[^\n]+\n {2}<link[^\n]+\n {2}<updated>2024-10-24T00:00:00\+08:00<\/updated>/);
		expect(xml).toContain('<published>2024-10-24T00:00:00+08:00</published>');
		expect(xml).toContain('（原文未注明公开时间）');
		expect(xml.match(/<entry>/g)).toHaveLength(2);
	});
});
