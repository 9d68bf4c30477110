/** The original text of a unit-year (its `source.txt`), copied into the site for download. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDisclosures, unitYearCacheKey } from '../../../../lib/data.ts';
import { contentRoot } from '../../../../lib/content-files.ts';
import type { Disclosure } from '../../../../core/schema/disclosure.ts';

export const getStaticPaths = (async () =>
	(await getDisclosures()).map((d) => ({
		params: { unit: d.unit, year: String(d.year) },
		props: { d },
		cacheKey: unitYearCacheKey(d),
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const d = (props as { d: Disclosure }).d;
	const text = readFileSync(join(contentRoot(), 'disclosures', d.unit, String(d.year), d.source.file), 'utf8');
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
