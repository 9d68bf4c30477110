/**
 * 政府收支分类科目 as far as the tables need them: the 类 of 支出功能分类 (which the 总表 lists line by line) and
 * the 类/款 of 部门预算支出经济分类 (which the 基本支出 table lists). Row codes are checked against these; 款/项 of
 * 功能分类 are too many to list, so only their 类 and their place under it are checked.
 */

/** 支出功能分类 类, in the order the 总表 of the 2023+ template prints them. */
export const FUNCTION_CLASSES: readonly (readonly [code: string, name: string])[] = [
	['201', '一般公共服务支出'],
	['202', '外交支出'],
	['203', '国防支出'],
	['204', '公共安全支出'],
	['205', '教育支出'],
	['206', '科学技术支出'],
	['207', '文化旅游体育与传媒支出'],
	['208', '社会保障和就业支出'],
	['209', '社会保险基金支出'],
	['210', '卫生健康支出'],
	['211', '节能环保支出'],
	['212', '城乡社区支出'],
	['213', '农林水支出'],
	['214', '交通运输支出'],
	['215', '资源勘探工业信息等支出'],
	['216', '商业服务业等支出'],
	['217', '金融支出'],
	['219', '援助其他地区支出'],
	['220', '自然资源海洋气象等支出'],
	['221', '住房保障支出'],
	['222', '粮油物资储备支出'],
	['223', '国有资本经营预算支出'],
	['224', '灾害防治及应急管理支出'],
	['227', '预备费'],
	['229', '其他支出'],
	['230', '转移性支出'],
	['231', '债务还本支出'],
	['232', '债务付息支出'],
	['233', '债务发行费用支出'],
	['234', '抗疫特别国债安排的支出'],
];

/** 部门预算支出经济分类 类, with their 款 where the template's 基本支出 table lists them. */
export const ECONOMIC_CLASSES: readonly { code: string; name: string; sections?: Readonly<Record<string, string>> }[] = [
	{
		code: '301',
		name: '工资福利支出',
		sections: {
			'01': '基本工资',
			'02': '津贴补贴',
			'03': '奖金',
			'06': '伙食补助费',
			'07': '绩效工资',
			'08': '机关事业单位基本养老保险缴费',
			'09': '职业年金缴费',
			'10': '职工基本医疗保险缴费',
			'11': '公务员医疗补助缴费',
			'12': '其他社会保障缴费',
			'13': '住房公积金',
			'14': '医疗费',
			'99': '其他工资福利支出',
		},
	},
	{
		code: '302',
		name: '商品和服务支出',
		sections: {
			'01': '办公费',
			'02': '印刷费',
			'03': '咨询费',
			'04': '手续费',
			'05': '水费',
			'06': '电费',
			'07': '邮电费',
			'08': '取暖费',
			'09': '物业管理费',
			'11': '差旅费',
			'12': '因公出国（境）费用',
			'13': '维修（护）费',
			'14': '租赁费',
			'15': '会议费',
			'16': '培训费',
			'17': '公务接待费',
			'18': '专用材料费',
			'24': '被装购置费',
			'25': '专用燃料费',
			'26': '劳务费',
			'27': '委托业务费',
			'28': '工会经费',
			'29': '福利费',
			'31': '公务用车运行维护费',
			'39': '其他交通费用',
			'40': '税金及附加费用',
			'99': '其他商品和服务支出',
		},
	},
	{
		code: '303',
		name: '对个人和家庭的补助',
		sections: {
			'01': '离休费',
			'02': '退休费',
			'03': '退职（役）费',
			'04': '抚恤金',
			'05': '生活补助',
			'06': '救济费',
			'07': '医疗费补助',
			'08': '助学金',
			'09': '奖励金',
			'10': '个人农业生产补贴',
			'11': '代缴社会保险费',
			'99': '其他对个人和家庭的补助',
		},
	},
	{ code: '307', name: '债务利息及费用支出' },
	{ code: '309', name: '资本性支出（基本建设）' },
	{
		code: '310',
		name: '资本性支出',
		sections: {
			'01': '房屋建筑物购建',
			'02': '办公设备购置',
			'03': '专用设备购置',
			'05': '基础设施建设',
			'06': '大型修缮',
			'07': '信息网络及软件购置更新',
			'08': '物资储备',
			'09': '土地补偿',
			'10': '安置补助',
			'11': '地上附着物和青苗补偿',
			'12': '拆迁补偿',
			'13': '公务用车购置',
			'19': '其他交通工具购置',
			'21': '文物和陈列品购置',
			'22': '无形资产购置',
			'99': '其他资本性支出',
		},
	},
	{ code: '311', name: '对企业补助（基本建设）' },
	{ code: '312', name: '对企业补助' },
	{ code: '313', name: '对社会保障基金补助' },
	{ code: '399', name: '其他支出' },
];

/** Level names of a code: 类, 款, 项. */
export const LEVEL_NAMES = ['类', '款', '项'] as const;

/** A classification code split into its levels. */
export interface ParsedCode {
	readonly code: string;
	/** 1 类, 2 款, 3 项. */
	readonly level: 1 | 2 | 3;
	/** The 类 (first 3 digits). */
	readonly classCode: string;
	/** The code one level up, if any. */
	readonly parent?: string;
}

/**
 * Splits a row's first cell into a code, or returns undefined when it is not a code of the scheme.
 * 功能分类: 3, 5 or 7 digits; 经济分类: 3 or 5 digits. A number typed in YAML is accepted as its digits.
 */
export function parseCode(cell: unknown, scheme: 'function' | 'economic'): ParsedCode | undefined {
	const code = typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
	const pattern = scheme === 'function' ? /^\d{3}(\d{2}){0,2}$/ : /^\d{3}(\d{2})?$/;
	if (!pattern.test(code)) return undefined;
	const level = ((code.length - 1) / 2) as 1 | 2 | 3;
	return { code, level, classCode: code.slice(0, 3), ...(level > 1 ? { parent: code.slice(0, code.length - 2) } : {}) };
}

/** Why a well-formed code is not a known one, or undefined when it is known. */
export function unknownCodeReason(p: ParsedCode, scheme: 'function' | 'economic'): string | undefined {
	if (scheme === 'function') {
		return FUNCTION_CLASSES.some(([c]) => c === p.classCode) ? undefined : `${p.classCode} 不是支出功能分类的“类”`;
	}
	const cls = ECONOMIC_CLASSES.find((c) => c.code === p.classCode);
	if (!cls) return `${p.classCode} 不是支出经济分类的“类”`;
	if (p.level === 2 && cls.sections && !cls.sections[p.code.slice(3)]) return `${p.code} 不是“${cls.name}”下的经济分类“款”`;
	return undefined;
}

/** The catalogue name of a code, where the catalogue has it (for scaffolds and captions). */
export function codeName(p: ParsedCode, scheme: 'function' | 'economic'): string | undefined {
	if (scheme === 'function') return p.level === 1 ? FUNCTION_CLASSES.find(([c]) => c === p.code)?.[1] : undefined;
	const cls = ECONOMIC_CLASSES.find((c) => c.code === p.classCode);
	return p.level === 1 ? cls?.name : cls?.sections?.[p.code.slice(3)];
}
