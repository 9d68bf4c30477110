/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in natural days, UTC: the 20-day rule of /status/ and the audit. */
const DAY = 86_400_000;
const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
};
/** Natural days between two ISO dates (批复当日不计). */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / DAY);
/** The ISO date `days` natural days after `iso`. */
export const addDays = (iso: string, days: number) => new Date(utc(iso) + days * DAY).toISOString().slice(0, 10);
