/** 评分的依据与框架: a grade or total with nothing scored behind it, and the 决策/过程/产出/效益 framework. */
import type { Disclosure } from '../schema/disclosure.ts';
import type { Evaluation } from '../schema/performance.ts';
import { formatNumber } from '../format.ts';
import { finding, type Finding, type Rule } from './types.ts';
import { computedTotal } from './scores.ts';
import { printedTotal } from './performance.ts';
import { showPoints, sumPoints } from './points.ts';

const evaluations = (d: Disclosure): readonly Evaluation[] => d.performance?.evaluations ?? [];
const base = (i: number) => `performance.evaluations[${i}]`;

export const scoreUnsupported: Rule = {
	id: 'score-unsupported',
	family: '评分',
	severity: '疑似',
	title: '等次和总分有打分表支撑',
	explain: '报告印出了等次（如“良好”）或总分（如“90 分”），却没有印出得出它的打分表或各指标得分；读者无法核对这个等次或分数从何而来。',
	why: '没有打分依据的等次只是一句自我评价。',
	formula: '印出等次或总分 ⇒ 印出打分表 / 各项得分',
	check: (d) =>
		evaluations(d).flatMap((ev, i): Finding[] => {
			const total = printedTotal(ev);
			if ((total === undefined && !ev.grade) || computedTotal(ev) !== undefined) return [];
			const place = { path: `${base(i)}.${total === undefined ? 'grade' : 'totalScore'}`, anchor: ev.id };
			const said = total === undefined ? `等次“${ev.grade}”` : `自评总分 ${formatNumber(total)} 分${ev.grade ? `、等次“${ev.grade}”` : ''}`;
			return [
				finding(
					scoreUnsupported,
					place,
					`「${ev.title}」印出${said}，却没有印出打分表或各项得分${total === undefined ? '，连总分也没有' : ''}。`,
					{ expected: '打分表', actual: '未印' },
				),
			];
		}),
};

export const scoreFramework: Rule = {
	id: 'score-framework',
	family: '评分',
	severity: '疑似',
	title: '效益指标列在“效益”之下',
	explain:
		'项目支出绩效评价指标体系框架的一级指标是决策、过程、产出、效益。社会效益、经济效益、满意度等指标属于“效益”' +
		'；把它们列在“产出”下，“产出”的分值就包含了效益，框架的权重也随之失真。',
	why: '一级指标的分值告诉读者钱花出了什么、带来了什么；两者混在一起，就看不出来。',
	formula: '一级指标含决策、过程、产出 ⇒ 二级指标含“效益”“满意度”的行属于一级指标“效益”',
	check: (d) =>
		evaluations(d).flatMap((ev, i): Finding[] => {
			const rows = ev.scored?.rows ?? [];
			const level1 = new Set(rows.map((r) => r.level1.replace(/\s/g, '')));
			if (!['决策', '过程', '产出'].every((n) => level1.has(n))) return [];
			const misplaced = rows.map((r, j) => ({ r, j })).filter(({ r }) => /效益|满意度/.test(r.level2 ?? '') && !/效益/.test(r.level1));
			if (!misplaced.length) return [];
			const weight = sumPoints(misplaced.map(({ r }) => r.weight ?? 0));
			const first = misplaced[0];
			return [
				finding(
					scoreFramework,
					{ path: `${base(i)}.scored.rows[${first.j}].level1`, anchor: ev.id },
					`${misplaced.map(({ r }) => `“${r.level2}”`).join('、')}（共 ${showPoints(weight)} 分）` +
						`列在一级指标“${first.r.level1}”下，${level1.has('效益') ? '' : '表中没有一级指标“效益”；'}按决策、` +
						`过程、产出、效益的框架，它们属于“效益”。`,
					{ expected: '效益', actual: first.r.level1 },
				),
			];
		}),
};

// “The same score given different grade words” needs no rule of its own: grade-band judges every printed 等次
// against its total, so two words for one score always leave one of them reported.
export const SCORE_FORM_RULES: readonly Rule[] = [scoreUnsupported, scoreFramework];
