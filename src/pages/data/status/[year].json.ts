/** A year's publication status as JSON: `/data/status/<year>.json` (the same rows as /status/<year>/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getYearStatuses } from '../../../lib/status.ts';
import { OPEN_DATA_VERSION } from '../../../core/open-data.ts';

export const getStaticPaths = (async () => (await getYearStatuses()).map((status) => ({ params: { year: String(status.year) }, props: { status } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify({ schemaVersion: OPEN_DATA_VERSION, ...props.status }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
