/** The comparison table of a year as CSV: `/data/compare/<year>.csv` (UTF-8 with BOM, default order). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDisclosures, getFindingsOf, getUnits } from '../../../lib/data.ts';
import { compareRows, compareYears } from '../../../core/compare.ts';
import { compareCsvRows, toCsv } from '../../../core/csv.ts';

export const getStaticPaths = (async () => {
	const [units, disclosures, findingsOf] = [await getUnits(), await getDisclosures(), await getFindingsOf()];
	return compareYears(disclosures).map((year) => ({ params: { year: String(year) }, props: { rows: compareRows(units, disclosures, year, findingsOf) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(toCsv(compareCsvRows(props.rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
