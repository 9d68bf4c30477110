/**
 * Which documents a file holds and which template they follow, read from the wording they print. A finance
 * bureau's batch mixes Sichuan 13-table 部门决算 (the seeds), Shanghai 9-table ones (the corpus) and several
 * 绩效自评 forms; the importer says what it recognised so the clerk knows what to expect in the draft.
 */
import type { SourceText } from './text.ts';

export type DocumentKind = '部门决算' | '部门整体绩效自评' | '项目支出绩效自评表' | '项目支出绩效评价报告' | '预算支出部门评价表';
export type TemplateId = 'sichuan-final-accounts' | 'shanghai-final-accounts' | 'performance-only';

export interface Detection {
	documents: DocumentKind[];
	template: TemplateId;
	/** Why: the wording that decided, for the report. */
	evidence: string[];
}

const DOCUMENTS: readonly [DocumentKind, RegExp][] = [
	['部门决算', /部门决算情况说明|收入支出决算总体情况/],
	['部门整体绩效自评', /部门(?:整体)?(?:预算)?绩效(?:自评|评价)报告|部门整体绩效目标完成情况自评表|整体绩效评价报告/],
	['项目支出绩效自评表', /项目支出绩效自评表|项目绩效目标自评表/],
	['项目支出绩效评价报告', /项目(?:支出|资金)?绩效评价报告|专项(?:预算)?项目(?:支出)?绩效(?:自评|评价)报告/],
	['预算支出部门评价表', /预算支出部门评价表/],
];

/** Detects documents and template from the flat text. */
export function detect(src: SourceText): Detection {
	const documents: DocumentKind[] = [];
	const evidence: string[] = [];
	for (const [kind, re] of DOCUMENTS) {
		const m = re.exec(src.flat);
		if (m) {
			documents.push(kind);
			evidence.push(`${kind}：原文有“${m[0]}”`);
		}
	}
	let template: TemplateId = 'performance-only';
	if (documents.includes('部门决算')) {
		// Shanghai prints its nine tables in 第二部分 and numbers 预算绩效管理 as 十, 其他重要事项 as 十一.
		const shanghai = /第二部分[^第]{0,40}部门决算表|十一[、.．]其他重要事项/.exec(src.flat);
		template = shanghai ? 'shanghai-final-accounts' : 'sichuan-final-accounts';
		evidence.push(shanghai ? `上海模板：原文有“${shanghai[0]}”` : '四川模板：十个部分，附表在第五部分');
	}
	return { documents, template, evidence };
}
