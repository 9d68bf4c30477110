import type { APIRoute } from 'astro';
import { getDisclosures, getFindingsOf, getUnits } from '../../lib/data.ts';
import { openDataIndex } from '../../core/open-data.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(openDataIndex(await getUnits(), await getDisclosures(), await getFindingsOf(), import.meta.env.BASE_URL), null, 2), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
