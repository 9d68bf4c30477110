/** Every UI string of the site, in one typed dictionary. */
export const zhCN = {
	'site.name': '公开 · 预算信息公开平台',
	'site.tagline': '部门决算与绩效自评，逐项可读、可查、可核对',
	'nav.skip': '跳到正文',
	'nav.home': '首页',
	'doc.finalAccounts': '部门决算',
	'doc.performance': '绩效自评',
	'doc.source': '原文文本下载',
	'doc.published': '公开时间',
	'doc.openData': '本页数据（JSON）',
	'table.unit': '单位：万元',
	'findings.title': '数据核对',
	'findings.none': '未发现前后不一致之处。',
	'figure.caption': '图{no} {title}',
} as const;
