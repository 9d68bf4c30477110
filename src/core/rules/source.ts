/** 录入核对: the entry against its own source text (a typo catcher for the clerk, shown to readers too). */
import { figuresNotInSource } from '../source-figures.ts';
import type { Rule } from './types.ts';

/** The page section or evaluation a path belongs to (`finalAccounts.income.total` → `income`). */
function anchorOf(path: string, evaluations: readonly { id: string }[]): string {
	const fa = /^finalAccounts\.([A-Za-z]+)/.exec(path);
	if (fa) return fa[1]!;
	const ev = /^performance\.evaluations\[(\d+)\]/.exec(path);
	return ev ? (evaluations[Number(ev[1])]?.id ?? 'performance') : 'overview';
}

export const sourceNumber: Rule = {
	id: 'source-number',
	family: '录入核对',
	severity: '疑似',
	title: '数据中的数字在原文中找得到',
	explain:
		'条目中录入的每一个数字（金额、占比、人数、得分……）都应当在同一文件夹的原文文本 source.txt 中出现过。原文中找不到的数字，多半是录入时打错了。',
	why: '本站只照录原文印出的数字；一个原文没有的数字说明转录出了差错，读者看到的就不是原文。',
	formula: '数据中的数值 ∈ 原文文本中出现的全部数值（允许末尾的 0、千分位逗号和跨行断开）',
	check: (d, ctx) => {
		if (ctx?.source === undefined) return [];
		const evaluations = d.performance?.evaluations ?? [];
		return figuresNotInSource(d, ctx.source).map((f) => ({
			rule: 'source-number',
			severity: '疑似' as const,
			path: f.path,
			anchor: anchorOf(f.path, evaluations),
			message: `${f.path} 录入为 ${f.value}，原文 ${d.source.file} 中找不到这个数。请对照原文核对是否打错。`,
			actual: String(f.value),
		}));
	},
};
