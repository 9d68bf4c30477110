/** One CSV per table of a unit-year: `/data/<unit>/<year>/<table>.csv` (UTF-8 with BOM). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getUnitYears } from '../../../../lib/data.ts';
import { toCsv } from '../../../../core/csv.ts';
import { unitYearTables } from '../../../../core/csv-tables.ts';

export const getStaticPaths = (async () =>
	(await getUnitYears()).flatMap(({ disclosure }) =>
		unitYearTables(disclosure).map((table) => ({
			params: { unit: disclosure.unit, year: String(disclosure.year), table: table.id },
			props: { table },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(toCsv(props.table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
