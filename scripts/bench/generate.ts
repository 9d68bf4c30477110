/**
 * A synthetic batch for `npm run bench`, made from the real entries in `content/` so it grows with the model:
 * each unit-year is a Shanghai 部门决算 (all nine `tables:` of its template, the 说明 in its real
 * `<Section>`/`<Figure>` narrative, 名词解释, source text) plus a Sichuan 绩效自评 (department and project
 * evaluations with their report). Names, regions and years are rewritten and every amount — in the data, the
 * narratives and the source text alike — is multiplied by one whole factor (1–12) per unit-year, so the batch passes
 * `npm run check` without data errors and the pages and search index see different numbers. Deterministic.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const CONTENT = resolve(import.meta.dirname, '../../content');
/** The real entries copied: the three with a filled template, and the two self-evaluations with a report. */
const ACCOUNTS = ['putuo-finance', 'putuo-planning-resources', 'putuo-social-work'].map((unit) => ({ unit, year: 2024 }));
const EVALUATIONS = [
	{ unit: 'yanbian-shebao', year: 2021 },
	{ unit: 'panzhihua-dongqu-shebao', year: 2023 },
];
export const YEARS = [2020, 2021, 2022, 2023, 2024];
const REGIONS: [string, string | undefined, string][] = [
	['上海市', undefined, '普陀区'],
	['上海市', undefined, '静安区'],
	['上海市', undefined, '徐汇区'],
	['四川省', '攀枝花市', '东区'],
	['四川省', '攀枝花市', '盐边县'],
	['四川省', '乐山市', '五通桥区'],
	['四川省', '乐山市', '犍为县'],
	['云南省', '昆明市', '五华区'],
];
/** Numbers that are not amounts: shares, rates, scores, counts, codes, dates. They keep their printed value. */
const UNSCALED = new Set([
	'share',
	'percent',
	'rate',
	'completion',
	'weight',
	'score',
	'totalScore',
	'averageScore',
	'gradeScale',
	'year',
	'no',
	'count',
	'persons',
	'batches',
	'groups',
	'vehicles',
	'arrived',
	'retired',
	'onPayroll',
	'contracted',
	'authorized',
	'achieved',
	'issuesFound',
	'issuesRectified',
	'issuesInProgress',
	'targetsSet',
	'monitored',
	'selfEvaluated',
	'priorAssessment',
	'code',
	'target',
	'actual',
	'value',
	'asOf',
	'shareOfExpenditure',
	'decimals',
]);

/** Small deterministic PRNG (mulberry32), so runs are comparable. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const decimalsOf = (x: number) => (Number.isInteger(x) ? 0 : (String(x).split('.')[1]?.length ?? 0));
/** An amount times `factor`, printed with as many decimals as the original (integers stay integers). */
export const scaled = (x: number, factor: number) => Number((x * factor).toFixed(decimalsOf(x)));

/** Scales the amounts printed in a text: numbers before 万元/元 and decimals in tables, not percentages or scores. */
export function scaleText(text: string, factor: number): string {
	return text.replace(
		/(?<![\d.,%])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d,]|\.\d)(\s*(?:万元|元)|[%％分个人年月日项家辆次])?/g,
		(all, int: string, frac?: string, unit?: string) => {
			const money = unit !== undefined && unit.trim().endsWith('元');
			if (unit !== undefined ? !money : !frac) return all;
			const out = scaled(Number(int.replaceAll(',', '') + (frac ?? '')), factor).toFixed(frac ? frac.length - 1 : 0);
			const [i, f] = out.split('.');
			const grouped = int.includes(',') ? i.replace(/\B(?=(\d{3})+$)/g, ',') : i;
			return `${grouped}${f ? `.${f}` : ''}${unit ?? ''}`;
		},
	);
}

/** Scales every amount of a parsed entry: numeric fields not in UNSCALED, table cells after key and name, texts. */
export function scaleEntry(value: unknown, factor: number, key = '', inTables = false): unknown {
	if (typeof value === 'number') return UNSCALED.has(key) ? value : scaled(value, factor);
	if (typeof value === 'string') return scaleText(value, factor);
	if (Array.isArray(value)) {
		if (inTables && value.every((v) => typeof v !== 'object' || v === null)) {
			return value.map((v, i) => (i >= 2 && typeof v === 'number' ? scaled(v, factor) : v));
		}
		return value.map((v) => scaleEntry(v, factor, key, inTables));
	}
	if (value && typeof value === 'object') {
		// A stated amount in 人, 个, 台… is a count, not money.
		const unit = (value as { unit?: unknown }).unit;
		const count = typeof unit === 'string' && !unit.endsWith('元');
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, count && k === 'amount' ? v : scaleEntry(v, factor, k, inTables || k === 'tables')]),
		);
	}
	return value;
}

interface Source {
	unit: Record<string, unknown> & { name: string; region: { province: string; city?: string; county?: string } };
	year: number;
	files: Record<string, string>;
}

function readSource({ unit, year }: { unit: string; year: number }): Source {
	const dir = join(CONTENT, 'disclosures', unit, String(year));
	const files: Record<string, string> = {};
	for (const name of ['index.yaml', 'final-accounts.yaml', 'final-accounts.mdx', 'performance.yaml', 'performance.mdx', 'source.txt']) {
		try {
			files[name] = readFileSync(join(dir, name), 'utf8');
		} catch {
			// The entry does not hold this document.
		}
	}
	return { unit: parse(readFileSync(join(CONTENT, 'units', `${unit}.yaml`), 'utf8')), year, files };
}

/** Rewrites one real entry's text for a synthetic unit and year: names, region, years and dates. */
function rewriter(from: Source, name: string, region: Source['unit']['region'], year: number) {
	const shift = year - from.year;
	const names: [string, string][] = [
		[from.unit.name, name],
		[`${from.unit.region.province}${from.unit.region.county ?? ''}`, `${region.province}${region.county ?? ''}`],
		...(from.unit.region.city ? ([[from.unit.region.city, region.city ?? region.province]] as [string, string][]) : []),
		...(from.unit.region.county ? ([[from.unit.region.county, region.county ?? '']] as [string, string][]) : []),
	];
	return (text: string) => {
		for (const [a, b] of names) text = text.replaceAll(a, b);
		return text.replace(/(?<!\d)(20\d\d)(?=\s*(?:年|-\d\d-\d\d))/g, (y) => String(Number(y) + shift));
	};
}

/** Writes the batch into `root` (units/, disclosures/, years/). Returns the number of unit-years written. */
export function generateBatch(root: string, unitYears: number): number {
	const next = rng(20261202);
	const accounts = ACCOUNTS.map(readSource);
	const evaluations = EVALUATIONS.map(readSource);
	const unitCount = Math.ceil(unitYears / YEARS.length);
	const rosters = new Map<number, { unit: string }[]>(YEARS.map((y) => [y, []]));
	mkdirSync(join(root, 'units'), { recursive: true });
	let made = 0;
	for (let u = 0; u < unitCount && made < unitYears; u++) {
		const fa = accounts[u % accounts.length];
		const pe = evaluations[u % evaluations.length];
		const [province, city, county] = REGIONS[u % REGIONS.length];
		const region = { province, ...(city ? { city } : {}), county };
		const round = Math.floor(u / (REGIONS.length * accounts.length));
		const name = `${province === '上海市' ? '上海市' : city}${county}${fa.unit.name.replace(/^.*?区/, '')}${round ? `（第${round + 1}分局）` : ''}`;
		const id = `bench-unit-${u}`;
		const unitText = rewriter(fa, name, region, fa.year)(stringify({ ...fa.unit, id, name, region, supervisor: name }));
		writeFileSync(join(root, 'units', `${id}.yaml`), unitText);
		for (const year of YEARS) {
			if (made >= unitYears) break;
			// A whole factor keeps every printed sum and share exact, so the findings are the real entry's own.
			const factor = 1 + Math.floor(next() * 12);
			writeUnitYear(
				join(root, 'disclosures', id, String(year)),
				id,
				year,
				factor,
				[fa, rewriter(fa, name, region, year)],
				[pe, rewriter(pe, name, region, year)],
			);
			rosters.get(year)!.push({ unit: id });
			made += 1;
		}
	}
	mkdirSync(join(root, 'years'), { recursive: true });
	for (const [year, units] of rosters) if (units.length) writeFileSync(join(root, 'years', `${year}.yaml`), stringify({ year, units }));
	return made;
}

/** Where the Sichuan form prints 图1–7 (as 003 五通桥 does); the Shanghai narratives copied here print none. */
const FIGURES: Record<string, number[]> = {
	totals: [1],
	income: [2],
	expenditure: [3],
	fiscalTotals: [4],
	generalBudget: [5, 6],
	threePublic: [7],
};

/** The narrative with `<Figure no="n" />` at the end of the sections that carry figures, when it has none yet. */
export function withFigures(mdx: string): string {
	if (mdx.includes('<Figure')) return mdx;
	return mdx.replace(/(<Section id="(\w+)">[\s\S]*?)(<\/Section>)/g, (all, body: string, id: string, end: string) =>
		FIGURES[id] ? `${body}${FIGURES[id].map((no) => `<Figure no="${no}" />\n\n`).join('')}${end}` : all,
	);
}

type Rewrite = [Source, (text: string) => string];

function writeUnitYear(dir: string, unit: string, year: number, factor: number, [fa, faText]: Rewrite, [pe, peText]: Rewrite) {
	mkdirSync(dir, { recursive: true });
	const yaml = (text: string) => stringify(scaleEntry(parse(text), factor));
	const index = scaleEntry(parse(faText(fa.files['index.yaml'])), factor) as Record<string, unknown> & { source: Record<string, unknown> };
	index.unit = unit;
	index.year = year;
	index.source.publishedOn = `${year + 1}-09-${String(10 + (year % 20)).padStart(2, '0')}`;
	writeFileSync(join(dir, 'index.yaml'), stringify(index));
	writeFileSync(join(dir, 'final-accounts.yaml'), yaml(faText(fa.files['final-accounts.yaml'])));
	writeFileSync(join(dir, 'performance.yaml'), yaml(peText(pe.files['performance.yaml'])));
	writeFileSync(join(dir, 'final-accounts.mdx'), withFigures(scaleText(faText(fa.files['final-accounts.mdx']), factor)));
	writeFileSync(join(dir, 'performance.mdx'), scaleText(peText(pe.files['performance.mdx']), factor));
	const report = pe.files['performance.mdx'].replace(/<[^>]+>/g, '');
	writeFileSync(join(dir, 'source.txt'), scaleText(`${faText(fa.files['source.txt'])}\n\f\n${peText(report)}`, factor));
}

/**
 * `--rebuild`: changes one printed figure (the first line of 收入支出决算总表, one hundredth of 万元 more) in the
 * first unit-year of the batch, as a clerk correcting one number would. Returns the file changed.
 */
export function changeOneFigure(root: string): string {
	const file = join(root, 'disclosures', 'bench-unit-0', String(YEARS[0]), 'final-accounts.yaml');
	const entry = parse(readFileSync(file, 'utf8')) as { tables: { summary: { income: [string, string, number][] } } };
	const row = entry.tables.summary.income[0];
	row[2] = Number((row[2] + 0.01).toFixed(2));
	writeFileSync(file, stringify(entry));
	return file;
}
