/**
 * `/feed.xml`: an Atom feed (RFC 4287) of unit-years, newest publication first, so journalists learn when a
 * unit publishes. Every text node and attribute goes through `escapeXml`.
 */
import type { Severity } from './rules/index.ts';
import type { Correction } from './corrections.ts';
import { formatNumber } from './format.ts';

/** One unit-year as the feed needs it. */
export interface FeedEntry {
	/** Absolute URL of the unit-year page (also the entry id). */
	url: string;
	title: string;
	/** Publication date (YYYY-MM-DD) as printed; undefined when the document gives none. */
	publishedOn: string | undefined;
	/** Issuer, as the document names it. */
	author: string;
	summary: string;
	/** 文档类型 categories (部门决算, 绩效自评). */
	categories: readonly string[];
}

export interface Feed {
	/** Absolute URL of the site's home (with base). */
	home: string;
	/** Absolute URL of the feed itself. */
	self: string;
	title: string;
	subtitle: string;
	entries: readonly FeedEntry[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attributes; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** A date as an Atom timestamp at midnight China Standard Time. */
const stamp = (isoDate: string) => `${isoDate}T00:00:00+08:00`;

/** Entries with a date first, newest first; undated ones after, in the order given. */
export function sortEntries(entries: readonly FeedEntry[]): FeedEntry[] {
	const dated = entries.filter((e) => e.publishedOn).sort((a, b) => b.publishedOn!.localeCompare(a.publishedOn!));
	return [...dated, ...entries.filter((e) => !e.publishedOn)];
}

/** The Atom XML; the feed's `updated` is the newest publication date (a fixed date keeps builds reproducible). */
export function atomFeed(feed: Feed): string {
	const entries = sortEntries(feed.entries);
	const newest = entries.find((e) => e.publishedOn)?.publishedOn ?? '2000-01-01';
	const x = escapeXml;
	const entry = (e: FeedEntry) => [
		'  <entry>',
		`    <id>${x(e.url)}</id>`,
		`    <title>${x(e.title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
		// Atom requires <updated>; an undated document takes the feed's date and says so in its summary.
		`    <updated>${stamp(e.publishedOn ?? newest)}</updated>`,
		...(e.publishedOn ? [`    <published>${stamp(e.publishedOn)}</published>`] : []),
		`    <author><name>${x(e.author)}</name></author>`,
		...e.categories.map((c) => `    <category term="${x(c)}"/>`),
		`    <summary type="text">${x(e.publishedOn ? e.summary : `${e.summary}（原文未注明公开时间）`)}</summary>`,
		'  </entry>',
	];
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
		`  <id>${x(feed.home)}</id>`,
		`  <title>${x(feed.title)}</title>`,
		`  <subtitle>${x(feed.subtitle)}</subtitle>`,
		`  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${x(feed.home)}"/>`,
		`  <updated>${stamp(newest)}</updated>`,
		...entries.flatMap(entry),
		'</feed>',
		'',
	].join('\n');
}

/** The summary line of a unit-year: documents and findings. */
export function entrySummary(documents: readonly string[], counts: Record<Severity, number>): string {
	return `公开文档：${documents.join('、')}。数据核对发现：确定 ${counts['确定']} 项，疑似 ${counts['疑似']} 项，提示 ${counts['提示']} 项。`;
}

/** The summary of a 更正 entry: the reason as given and each changed figure, old → new. */
export function correctionSummary(c: Correction): string {
	const changes =
		c.changes === null
			? '改动的数据无法从版本历史列出。'
			: c.changes.length === 0
				? '未改动数据。'
				: `改动 ${c.changes.length} 项数据：${c.changes
						.map(
							(ch) =>
								`${ch.label || ch.path}（${ch.path}）由 ${ch.old === null ? '无' : formatNumber(ch.old)} 改为 ${ch.new === null ? '无' : formatNumber(ch.new)}`,
						)
						.join('；')}。`;
	return `更正原因：${c.reason}。${changes}`;
}
