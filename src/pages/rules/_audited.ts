/** Every unit-year with its findings, for the /rules/ pages (the same audit as every other page: lib/data.ts). */
import { getFindingsOf, getUnitYears } from '../../lib/data.ts';
import type { AuditedEntry } from '../../core/rules/site.ts';

export async function auditedEntries(): Promise<AuditedEntry[]> {
	const findingsOf = await getFindingsOf();
	return (await getUnitYears()).map(({ unit, disclosure: d }) => ({
		unit: unit.id,
		unitName: unit.name,
		year: d.year,
		findings: [...findingsOf(d)],
	}));
}
