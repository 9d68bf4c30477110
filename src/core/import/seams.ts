/**
 * Pieces of the template sentences a PDF line break may cut between label and figure ("…项目支出" | "603.14万元，
 * 占20.51%；"), each with the label that makes it the template's and not any number after any word. They only
 * decide the reading order of two lines pdftotext printed in reverse (`readingOrder` in text.ts); the readers
 * place figures with their own, full sentences.
 */
import { pattern } from './match.ts';

export const SEAM_PHRASES: readonly RegExp[] = [
	// 二、三、五（二）: "财政拨款收入X万元，占Y%", "项目支出X万元，占Y%", "一般公共服务支出（类）X万元，占Y%".
	'(?:收入|支出|经费)(?:[（(]类[）)])?NUM万元[，,]占NUM%',
	// 五（三）, 七, 八, 九: "年初预算为X万元，支出决算为Y万元".
	'(?:预算|决算)(?:数)?为NUM万元',
	// 十 预算绩效管理: "编报绩效目标的2024年度项目N个，涉及预算金额X万元", "平均得分X分".
	'涉及预算金额NUM万元',
	'平均得分NUM分',
	// "绩效评级为“优”的项目N个", "绩效自评中共发现问题N个，已经完成整改的N个，正在整改的N个".
	'绩效评级为.(?:优|良|合格|不合格).的项目NUM个',
	'(?:发现问题|完成整改的|正在整改的)NUM个',
].map(pattern);
