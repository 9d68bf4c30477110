/**
 * The parts of the “三公” 经费 as the forms print them: the one list of their keys and names. The 三公 table's
 * columns, the section table, figure 7, the comparison and the audit read it; keys are the fields of
 * `finalAccounts.threePublic`.
 */

/** The name of the whole, as column groups and headings print it. */
export const THREE_PUBLIC_LABEL = '“三公”经费';

/** The two parts of 公务用车购置及运行维护费, in printed order. */
export const VEHICLE_PARTS = [
	{ key: 'purchase', label: '公务用车购置费' },
	{ key: 'operation', label: '公务用车运行维护费' },
] as const;

/** The two parts of 公务接待费, in printed order. */
export const RECEPTION_PARTS = [
	{ key: 'domestic', label: '国内公务接待费' },
	{ key: 'foreign', label: '外事接待费' },
] as const;

/** The three parts, in printed order; `short` is how a sentence or a 附件 line names the part. */
export const THREE_PUBLIC_PARTS = [
	{ key: 'outbound', label: '因公出国（境）费', short: '因公出国', parts: [] },
	{ key: 'vehicles', label: '公务用车购置及运行维护费', short: '公务用车', parts: VEHICLE_PARTS },
	{ key: 'reception', label: '公务接待费', short: '公务接待', parts: RECEPTION_PARTS },
] as const;

/** The two figures the 三公 table prints for every part. */
export type ThreePublicMeasure = 'budget' | 'actual';

/** Key of a 三公 table column: a part's key (or `total`) and its measure, `outboundBudget`, `purchaseActual`. */
export const threePublicColumnKey = (part: string, measure: ThreePublicMeasure): string =>
	`${part}${measure === 'budget' ? 'Budget' : 'Actual'}`;
