/**
 * Every unit-year audited with the same context as its own page (unit for 单位性质, both narratives), so the
 * counts on /rules/ match the 数据核对 notes readers see. Page-local: not a route (leading underscore).
 */
import { getNarrative, getUnitYears } from '../../lib/data.ts';
import { audit } from '../../core/rules/index.ts';
import type { AuditedEntry } from '../../core/rules/site.ts';

export async function auditedEntries(): Promise<AuditedEntry[]> {
	return Promise.all(
		(await getUnitYears()).map(async ({ unit, disclosure: d }) => {
			const fa = d.finalAccounts ? await getNarrative(d, 'final-accounts') : undefined;
			const pf = d.performance ? await getNarrative(d, 'performance') : undefined;
			const findings = audit(d, { unit, narratives: { finalAccounts: fa?.body, performance: pf?.body } });
			return { unit: unit.id, unitName: unit.name, year: d.year, findings };
		}),
	);
}
