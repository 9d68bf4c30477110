/**
 * Figures the model keeps in `statedAmounts` under a fixed label, because they have no field of their own: the
 * importer writes them under these labels (src/core/import/stated.ts) and the rules read them back by the same ones.
 */

/** The statedAmounts labels of 五（三）'s two budget totals; `completion-rate` reads the detail's 完成年初预算 against them. */
export const DETAIL_BUDGET_LABELS = { initial: '一般公共预算财政拨款支出年初预算', full: '一般公共预算财政拨款支出全年预算' } as const;

/** 五（三）'s stated 年初预算 and 全年预算 (万元) with their indexes in `statedAmounts`, where printed. */
export function detailBudgets(stated: readonly { label: string; amount: number; unit?: string }[] = []) {
	const at = (label: string) => stated.findIndex((a) => a.label === label && (a.unit ?? '万元') === '万元');
	const pick = (label: string) => {
		const index = at(label);
		return index < 0 ? undefined : { index, amount: stated[index]!.amount };
	};
	return { initial: pick(DETAIL_BUDGET_LABELS.initial), full: pick(DETAIL_BUDGET_LABELS.full) };
}
