/** Every roster's status, computed once from the same entries and findings as every other page. */
import { yearStatus, type YearStatus } from '../core/status.ts';
import { getDisclosures, getFindingsOf, getRosters, getUnits } from './data.ts';

let statuses: Promise<YearStatus[]> | undefined;

/** One status per roster, newest year first. Data errors are 0 by construction: a build with any stops. */
export function getYearStatuses(): Promise<YearStatus[]> {
	statuses ??= Promise.all([getRosters(), getUnits(), getDisclosures(), getFindingsOf()]).then(
		([rosters, units, disclosures, findingsOf]) => rosters.map((r) => yearStatus(r, units, disclosures, findingsOf)),
	);
	return statuses;
}
