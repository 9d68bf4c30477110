/** 功能分类: codes of 3 / 5 / 7 digits must belong to their 类 and carry the name the code stands for. */
import { finding, type Finding, type Rule } from './types.ts';
import { sameCategory } from './final-accounts.ts';

/**
 * 《政府收支分类科目》 functional codes that occur in these disclosures (类, 款, 项). Not the whole catalogue:
 * a code missing here is not judged by name, only by its 类 prefix.
 */
export const FUNCTION_CODES: Readonly<Record<string, string>> = {
	'201': '一般公共服务支出',
	'205': '教育支出',
	'206': '科学技术支出',
	'207': '文化旅游体育与传媒支出',
	'208': '社会保障和就业支出',
	'210': '卫生健康支出',
	'211': '节能环保支出',
	'212': '城乡社区支出',
	'213': '农林水支出',
	'221': '住房保障支出',
	'229': '其他支出',
	'20801': '人力资源和社会保障管理事务',
	'2080101': '行政运行',
	'2080102': '一般行政管理事务',
	'2080103': '机关服务',
	'2080109': '社会保险经办机构',
	'2080199': '其他人力资源和社会保障管理事务支出',
	'20805': '行政事业单位养老支出',
	'2080501': '行政单位离退休',
	'2080502': '事业单位离退休',
	'2080505': '机关事业单位基本养老保险缴费支出',
	'2080506': '机关事业单位职业年金缴费支出',
	'2080599': '其他行政事业单位养老支出',
	'20808': '抚恤',
	'2080801': '死亡抚恤',
	'2080802': '伤残抚恤',
	'20830': '财政代缴社会保险费支出',
	'2083001': '财政代缴城乡居民基本养老保险费支出',
	'20899': '其他社会保障和就业支出',
	'2089999': '其他社会保障和就业支出',
	'21011': '行政事业单位医疗',
	'2101101': '行政单位医疗',
	'2101102': '事业单位医疗',
	'2101103': '公务员医疗补助',
	'22102': '住房改革支出',
	'2210201': '住房公积金',
	'2210202': '提租补贴',
	'2210203': '购房补贴',
};

/** Names compared without brackets, codes and the optional trailing 支出. */
export const sameName = (a: string, b: string) => {
	const norm = (s: string) =>
		s
			.replace(/[（(][^）)]*[)）]/g, '')
			.replace(/[“”"\s]/g, '')
			.replace(/支出$/, '');
	return norm(a) === norm(b);
};

export const categoryCode: Rule = {
	id: 'category-code',
	family: '功能分类',
	severity: '确定',
	title: '科目编码与科目名称、所属“类”相符',
	explain:
		'功能分类科目编码 3 位是“类”、5 位是“款”、7 位是“项”，项的编码以其款、类的编码开头。编码所代表的名称与印出的名称不同，' +
		'或同一类下出现两个同名的项，都说明编码或名称有一处错了。',
	why: '名称和编码对不上，读者就无法把这笔钱和全国统一的科目对应起来，也无法跨单位比较。',
	formula: '项编码前 3 位 = 所属类编码；编码对应的标准名称 = 印出的名称；同一款下项名不重复',
	check: (d) => {
		const g = d.finalAccounts?.generalBudget;
		if (!g) return [];
		const out: Finding[] = [];
		g.byCategory.forEach((c, i) => {
			const known = c.code && FUNCTION_CODES[c.code];
			if (known && !sameCategory(known, c.name)) {
				out.push(
					finding(
						categoryCode,
						{ path: `finalAccounts.generalBudget.byCategory[${i}].code`, anchor: 'generalBudget' },
						`“${c.name}”印的编码是 ${c.code}，而 ${c.code} 是“${known}”。`,
						{ expected: known, actual: c.name },
					),
				);
			}
		});
		const items = g.detail?.items ?? [];
		const seen = new Map<string, number>();
		items.forEach((it, i) => {
			const path = `finalAccounts.generalBudget.detail.items[${i}]`;
			const where = `${it.category}／${it.section}／${it.item}`;
			if (it.code) {
				const cat = g.byCategory.find((c) => sameCategory(c.name, it.category));
				if (cat?.code && !it.code.startsWith(cat.code)) {
					out.push(
						finding(
							categoryCode,
							{ path: `${path}.code`, anchor: 'generalBudget' },
							`“${where}”的编码 ${it.code} 不以所属类的编码 ${cat.code} 开头。`,
							{ expected: `${cat.code}…`, actual: it.code },
						),
					);
				}
				const known = FUNCTION_CODES[it.code];
				const name = it.code.length === 7 ? it.item : it.code.length === 5 ? it.section : it.category;
				if (known && !sameName(known, name)) {
					out.push(
						finding(
							categoryCode,
							{ path: `${path}.code`, anchor: 'generalBudget' },
							`“${where}”印的编码是 ${it.code}，而 ${it.code} 的科目名称是“${known}”，与“${name}”不符。`,
							{ severity: '疑似', expected: known, actual: name },
						),
					);
				}
			}
			const key = `${it.category}|${it.section}|${it.item}`.replace(/\s/g, '');
			const first = seen.get(key);
			if (first !== undefined) {
				out.push(
					finding(
						categoryCode,
						{ path: `${path}.item`, anchor: 'generalBudget' },
						`“${where}”在明细中出现了两次（第 ${first + 1} 项和第 ${i + 1} 项），其中一项的名称或编码应是别的科目。`,
						{ severity: '疑似', actual: it.item },
					),
				);
			} else seen.set(key, i);
		});
		return out;
	},
};

export const CLASSIFICATION_RULES: readonly Rule[] = [categoryCode];
