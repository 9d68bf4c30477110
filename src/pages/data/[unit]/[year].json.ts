import type { APIRoute, GetStaticPaths } from 'astro';
import { getFindingsOf, getUnitYears } from '../../../lib/data.ts';
import { unitYearDocument } from '../../../core/open-data.ts';
import { getCorrections } from '../../../lib/corrections.ts';

export const getStaticPaths = (async () =>
	(await getUnitYears()).map(({ unit, disclosure }) => ({
		params: { unit: unit.id, year: String(disclosure.year) },
		props: { unit, disclosure },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	new Response(JSON.stringify(unitYearDocument(props.unit, props.disclosure, (await getFindingsOf())(props.disclosure), getCorrections(props.disclosure)), null, 2), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
