/**
 * A synthetic batch for `npm run bench`: N realistic unit-years (部门决算 with every section and table filled,
 * a self-evaluation with projects, Chinese narrative of the seeds' size, the original text), spread over
 * units and years like a prefecture's batch. Deterministic: the same N gives the same tree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Small deterministic PRNG (mulberry32), so runs are comparable. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COUNTIES = ['东区', '西区', '仁和区', '米易县', '盐边县', '五通桥区', '沙湾区', '犍为县', '井研县', '夹江县'];
const KINDS = ['社会保险事务中心', '就业服务中心', '劳动保障监察大队', '人才交流中心', '医疗保障事务中心'];
const SENTENCES = [
	'严格执行预算管理制度，按照“保工资、保运转、保基本民生”的要求统筹安排资金',
	'主要变动原因是人员变动及社会保险缴费基数调整',
	'持续推进社会保险经办服务标准化、规范化、信息化建设',
	'全面落实过紧日子要求，从严控制一般性支出和“三公”经费',
	'按照预算绩效管理要求开展事前绩效评估、绩效监控和绩效自评',
	'资金使用做到专款专用，按年度工作安排推进项目实施',
	'确保各类参保人员待遇按时足额发放，维护参保人员合法权益',
];

const r2 = (x: number) => Math.round(x * 100) / 100;
const pct = (part: number, whole: number) => (whole ? r2((part / whole) * 100) : 0);

function paragraph(next: () => number, sentences: number): string {
	return Array.from({ length: sentences }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join('；') + '。';
}

/** Writes the batch into `root` (units/ and disclosures/). Returns the number of unit-years. */
export function generateBatch(root: string, unitYears: number): number {
	const next = rng(20261123);
	const years = [2021, 2022, 2023, 2024, 2025];
	const unitCount = Math.ceil(unitYears / years.length);
	let made = 0;
	for (let u = 0; u < unitCount && made < unitYears; u++) {
		const county = COUNTIES[u % COUNTIES.length];
		const name = `${county}${KINDS[u % KINDS.length]}${u >= COUNTIES.length ? `（第${Math.floor(u / COUNTIES.length) + 1}分中心）` : ''}`;
		const id = `bench-unit-${u}`;
		mkdirSync(join(root, 'units'), { recursive: true });
		writeFileSync(
			join(root, 'units', `${id}.yaml`),
			stringify({
				id,
				name,
				region: { province: '四川省', city: '攀枝花市', county },
				supervisor: `${county}人力资源和社会保障局`,
				kind: '参照公务员法管理的事业单位',
				functions: Array.from({ length: 8 }, () => paragraph(next, 2)),
				divisions: ['办公室', '基金征缴股', '待遇核定股', '支付股', '综合业务股'].map((n) => ({ name: n, duties: paragraph(next, 2) })),
			}),
		);
		for (const year of years) {
			if (made >= unitYears) break;
			writeUnitYear(join(root, 'disclosures', id, String(year)), id, name, year, next);
			made += 1;
		}
	}
	return made;
}

function writeUnitYear(dir: string, unit: string, name: string, year: number, next: () => number) {
	mkdirSync(dir, { recursive: true });
	const personnel = r2(300 + next() * 400);
	const publicUse = r2(30 + next() * 60);
	const basic = r2(personnel + publicUse);
	const project = r2(50 + next() * 500);
	const total = r2(basic + project);
	const social = r2(total * 0.9);
	const health = r2(total * 0.04);
	const housing = r2(total - social - health);
	const reception = r2(next() * 2);
	const fa = {
		title: `${year}年度${name}部门决算`,
		totals: { income: total, expenditure: total, change: { direction: 'decrease', amount: r2(next() * 50), percent: r2(next() * 10), reason: SENTENCES[1] } },
		income: { total, generalBudget: { amount: total, share: 100 }, governmentFund: { amount: 0, share: 0 }, other: { amount: 0, share: 0 } },
		expenditure: { total, basic: { amount: basic, share: pct(basic, total) }, project: { amount: project, share: pct(project, total) } },
		fiscalTotals: { income: total, expenditure: total, change: { direction: 'increase', amount: r2(next() * 30), percent: r2(next() * 5) } },
		generalBudget: {
			amount: total,
			shareOfExpenditure: 100,
			byCategory: [
				{ code: '208', name: '社会保障和就业支出', amount: social, share: pct(social, total) },
				{ code: '210', name: '卫生健康支出', amount: health, share: pct(health, total) },
				{ code: '221', name: '住房保障支出', amount: housing, share: pct(housing, total) },
			],
			detail: {
				total,
				completion: 100,
				items: [
					{ code: '2080101', category: '社会保障和就业', section: '人力资源和社会保障管理事务', item: '行政运行', amount: r2(social - 60), completion: 100 },
					{ code: '2080505', category: '社会保障和就业', section: '行政事业单位养老支出', item: '机关事业单位基本养老保险缴费支出', amount: 60, completion: 100 },
					{ code: '2101101', category: '卫生健康', section: '行政事业单位医疗', item: '行政单位医疗', amount: health, completion: 100 },
					{ code: '2210201', category: '住房保障', section: '住房改革支出', item: '住房公积金', amount: housing, completion: 100 },
				],
			},
		},
		basicExpenditure: {
			total: basic,
			personnel: { amount: personnel, items: ['基本工资', '津贴补贴', '奖金', '绩效工资', '住房公积金'].map((n) => ({ name: n })) },
			publicUse: { amount: publicUse, items: ['办公费', '邮电费', '差旅费', '工会经费'].map((n) => ({ name: n })) },
		},
		threePublic: {
			total: reception,
			outbound: { amount: 0, share: 0, groups: 0, persons: 0 },
			vehicles: { amount: 0, share: 0, fleet: { total: 0, byType: [] } },
			reception: { amount: reception, share: reception ? 100 : 0, domestic: { amount: reception, batches: 6, persons: 50 } },
		},
		governmentFund: { amount: 0, shareOfExpenditure: 0 },
		stateCapital: { amount: 0, shareOfExpenditure: 0 },
		otherMatters: {
			operatingCosts: { amount: publicUse, change: { direction: 'decrease', amount: r2(next() * 5), percent: r2(next() * 10) } },
			procurement: { total: 0, goods: 0, works: 0, services: 0 },
			assets: { vehicles: 0, vehiclesByUse: [] },
			performance: { priorAssessment: 3, targetsSet: 3, monitored: 3, projects: ['项目一', '项目二', '项目三'] },
		},
		glossary: ['财政拨款收入', '事业收入', '基本支出', '项目支出', '“三公”经费', '机关运行经费'].map((term) => ({ term, definition: paragraph(next, 2) })),
		attachments: [{ title: '部门预算项目支出绩效自评表', evaluation: 'project-1' }],
	};
	const evaluation = (i: number) => ({
		id: `project-${i}`,
		title: `部门预算项目支出绩效自评表（${year}年度）`,
		level: 'project',
		project: { code: `5111122${i}T0000003325${i}`, name: `项目${i}` },
		budget: { rows: [{ label: '总额', initial: 60, adjusted: 37.46, executed: 37.46, rate: 100, weight: 10, score: 10 }] },
		indicators: {
			weight: 90,
			rows: Array.from({ length: 8 }, (_, k) => ({
				level1: '产出指标',
				level2: '数量指标',
				level3: `指标${k + 1}`,
				nature: '≥',
				target: '95',
				unit: '%',
				actual: '95',
				weight: k < 7 ? 10 : 20,
				score: k < 7 ? 10 : 20,
			})),
			total: { weight: 90, score: 90 },
		},
		totalScore: 100,
		grade: '优',
		conclusion: paragraph(next, 2),
		problems: '无',
		measures: '无',
		narrative: true,
	});
	const performance = { evaluations: [1, 2, 3].map(evaluation) };
	writeFileSync(join(dir, 'index.yaml'), stringify({ unit, year, source: { title: fa.title, issuer: name, publishedOn: `${year + 1}-09-30` } }));
	writeFileSync(join(dir, 'final-accounts.yaml'), stringify(fa));
	writeFileSync(join(dir, 'performance.yaml'), stringify(performance));
	const section = (id: string, figures: number[], paragraphs: number) =>
		`<Section id="${id}">\n\n${Array.from({ length: paragraphs }, () => paragraph(next, 6)).join('\n\n')}\n\n${figures.map((n) => `<Figure no="${n}" />\n\n`).join('')}</Section>\n`;
	const mdx = [
		section('overview', [], 4),
		section('totals', [1], 2),
		section('income', [2], 2),
		section('expenditure', [3], 2),
		section('fiscalTotals', [4], 2),
		section('generalBudget', [5, 6], 3),
		section('basicExpenditure', [], 2),
		section('threePublic', [7], 3),
		section('otherMatters', [], 3),
	].join('\n');
	writeFileSync(join(dir, 'final-accounts.mdx'), mdx);
	writeFileSync(join(dir, 'performance.mdx'), [1, 2, 3].map((i) => `<Section id="project-${i}">\n\n${paragraph(next, 12)}\n\n${paragraph(next, 12)}\n\n</Section>\n`).join('\n'));
	writeFileSync(join(dir, 'source.txt'), mdx.replace(/<[^>]+>/g, '').repeat(2));
}
