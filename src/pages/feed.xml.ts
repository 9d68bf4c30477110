/** `/feed.xml`: Atom feed of unit-years by publication date. */
import type { APIRoute } from 'astro';
import { getFindingsOf, getUnitYears } from '../lib/data.ts';
import { atomFeed, correctionSummary, entrySummary } from '../core/feed.ts';
import { getCorrections } from '../lib/corrections.ts';
import { countBySeverity } from '../core/rules/index.ts';
import { documentsOf, paths } from '../core/site-index.ts';
import { t } from '../i18n/format.ts';

const DOC_NAMES = { 'final-accounts': '部门决算', performance: '绩效自评' } as const;

export const GET: APIRoute = async ({ site }) => {
	const home = new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/').href;
	const findingsOf = await getFindingsOf();
	const entries = (await getUnitYears()).flatMap(({ unit, disclosure: d }) => {
		const documents = documentsOf(d).map((doc) => DOC_NAMES[doc.kind]);
		const page = new URL(paths.unitYear(d.unit, d.year), home).href;
		// Each 更正 is an entry of its own, so subscribers learn of the correction on its date.
		const corrections = getCorrections(d).map((c, i) => ({
			url: `${page}#correction-${i + 1}`,
			title: `更正：${unit.name} ${d.year} 年度${documents.join('、')}`,
			publishedOn: c.date,
			author: d.source.issuer,
			summary: correctionSummary(c),
			categories: [...documents, '更正'],
		}));
		return [
			...corrections,
			{
				url: page,
				title: `${unit.name} ${d.year} 年度${documents.join('、')}`,
				publishedOn: d.source.publishedOn,
				author: d.source.issuer,
				summary: `${d.source.title}。${entrySummary(documents, countBySeverity(findingsOf(d)))}`,
				categories: documents,
			},
		];
	});
	const xml = atomFeed({ home, self: new URL(paths.feed(), home).href, title: t('feed.title'), subtitle: t('feed.subtitle'), entries });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
