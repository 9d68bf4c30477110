/** Settings read from the environment: parsed here, so a mistyped one is one clear error, named. */

/** A positive whole number from the environment variable `name`, or `fallback` when it is not set. */
export function positiveSetting(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined || value === '') return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`${name} 必须是正整数，而不是“${value}”`);
	return n;
}
