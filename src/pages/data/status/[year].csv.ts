/** A year's publication status as CSV: `/data/status/<year>.csv` (UTF-8 with BOM, the page's columns). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getYearStatuses } from '../../../lib/status.ts';
import { toCsv } from '../../../core/csv.ts';
import { statusCsvRows } from '../../../core/status-table.ts';

export const getStaticPaths = (async () => (await getYearStatuses()).map((status) => ({ params: { year: String(status.year) }, props: { status } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(toCsv(statusCsvRows(props.status)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
