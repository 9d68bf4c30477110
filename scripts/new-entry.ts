/**
 * `npm run new -- <unit-id> <year> [--template <id>] [--performance-only]`: scaffolds a unit-year folder (and the
 * unit file if it does not exist yet) with every field named and commented, and with `--template` every table of
 * that form with its row keys and `~` cells. Required values are left empty on purpose: `npm run check` then
 * lists exactly what is still to be transcribed. Each file names its JSON Schema for the editor (npm run schema).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINAL_ACCOUNTS_SECTIONS } from '../src/core/mdx-safety.ts';
import { finalAccountsSchemaFile, jsonSchemaFiles, SCHEMA_FILES } from '../src/core/json-schema.ts';
import { TEMPLATE_IDS, templateFor } from '../src/core/templates/index.ts';
import { scaffoldTables } from '../src/core/templates/scaffold.ts';
import { contentRoot } from '../src/lib/content-files.ts';
import { SCHEMA_DIR } from './schema.ts';

/** The `# yaml-language-server` line pointing a file in `dir` at one of the schemas. */
const schemaLine = (dir: string, file: string) =>
	`# yaml-language-server: $schema=${relative(dir, join(SCHEMA_DIR, file)).split('\\').join('/')}\n`;

export const UNIT = (id: string) => `# 单位：文件名必须与 id 一致。发布后 id 不再更改（它是网址的一部分）。
id: ${id}
name:            # 单位全称，如“五通桥区社会保险事务中心”
region:
  province:      # 省，如“四川省”
  city:          # 市（州）
  county:        # 县（市、区）；市本级单位删去这一行
supervisor:      # 主管部门
kind:            # 行政单位 / 参照公务员法管理的事业单位 / 事业单位
functions: []    # 主要职能，逐条
divisions: []    # 内设机构：- { name: 办公室, duties: … }
`;

const INDEX = (unit: string, year: number) => `unit: ${unit}
year: ${year}
source:
  title:         # 原文标题
  issuer:        # 发布单位
  # docNumber:   # 文号，如“攀社险〔2026〕9号”
  # publishedOn: # 公开时间，YYYY-MM-DD
staffing: []     # 人员编制（原文印出时）：- { asOf: 2024 年末, authorized: 12, onPayroll: 18, retired: 4, contracted: 0 }
notes: []        # 转录说明：原文不清楚、你作了判断的地方：- { path: finalAccounts.income.total, note: … }
`;

const FINAL_ACCOUNTS = (
	template?: string,
) => `# 部门决算：照录原文的数字（金额单位万元，写成数字，不加引号）。原文的错误不要改，数据核对会标出来。
# 各字段的中文说明见 src/core/schema/final-accounts.ts。没有印出的部分整段删去。
title:           # 如“2024年度部门决算”
# totals: { income: , expenditure: , change: { direction: decrease, amount: , percent: , reason: } }
# income: { total: , generalBudget: { amount: , share: } }
# expenditure: { total: , basic: { amount: , share: }, project: { amount: , share: } }
# fiscalTotals: { income: , expenditure: }
# generalBudget: { amount: , shareOfExpenditure: , byCategory: [], detail: { total: , items: [] } }
# basicExpenditure: { total: , personnel: { amount: }, publicUse: { amount: } }
# threePublic: { total: , outbound: { amount: }, vehicles: { amount: }, reception: { amount: } }
# governmentFund: { amount: }
# stateCapital: { amount: }
# otherMatters: { operatingCosts: { amount: }, procurement: { total: }, assets: {}, performance: {} }
glossary: []
${template ? scaffoldTables(templateFor(template)!) : `# template:      # 原文印出部门决算表时填写表样，再写 tables（可选：${TEMPLATE_IDS.join('、')}；npm run new -- … --template <表样> 会生成全部表格）\n`}`;

export const PERFORMANCE = `# 绩效自评：每张评价表或报告一项。各字段说明见 src/core/schema/performance.ts。
evaluations:
  - id: department          # 英文小写标识
    title:                  # 表或报告标题
    level: department       # department 部门整体 / project 项目
`;

const NARRATIVE = FINAL_ACCOUNTS_SECTIONS.map((id) => `<Section id="${id}">\n\n</Section>\n`).join('\n');

/** Creates the files; never overwrites. Returns the paths written. */
export function scaffold(root: string, unit: string, year: number, performanceOnly = false, template?: string): string[] {
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(unit)) throw new Error(`单位标识 "${unit}" 只能使用小写字母、数字和连字符`);
	if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`年度 "${year}" 不是有效的年份`);
	if (template !== undefined && !templateFor(template)) throw new Error(`未知的表样 "${template}"，可选：${TEMPLATE_IDS.join('、')}`);
	const dir = join(root, 'disclosures', unit, String(year));
	if (existsSync(dir)) throw new Error(`${dir} 已存在，未做任何改动`);
	mkdirSync(dir, { recursive: true });
	mkdirSync(join(root, 'units'), { recursive: true });
	const files: [string, string][] = [
		[join(dir, 'index.yaml'), schemaLine(dir, SCHEMA_FILES.index) + INDEX(unit, year)],
		[join(dir, 'performance.yaml'), schemaLine(dir, SCHEMA_FILES.performance) + PERFORMANCE],
		[join(dir, 'source.txt'), ''],
		...(performanceOnly
			? []
			: ([
					[join(dir, 'final-accounts.yaml'), schemaLine(dir, finalAccountsSchemaFile(template)) + FINAL_ACCOUNTS(template)],
					[join(dir, 'final-accounts.mdx'), NARRATIVE],
				] as [string, string][])),
	];
	const unitFile = join(root, 'units', `${unit}.yaml`);
	if (!existsSync(unitFile)) files.unshift([unitFile, schemaLine(join(root, 'units'), SCHEMA_FILES.unit) + UNIT(unit)]);
	for (const [path, text] of files) writeFileSync(path, text);
	return files.map(([path]) => path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const templateAt = args.indexOf('--template');
	const template = templateAt >= 0 ? args[templateAt + 1] : undefined;
	const [unit, year] = args.filter((a, i) => !a.startsWith('--') && (templateAt < 0 || i !== templateAt + 1));
	if (!unit || !year) {
		console.error(`用法：npm run new -- <单位标识> <年度> [--template ${TEMPLATE_IDS.join('|')}] [--performance-only]`);
		process.exit(2);
	}
	try {
		const written = scaffold(contentRoot(), unit, Number(year), args.includes('--performance-only'), template);
		// The schemas the files point at, fresh from the model (schema/ is generated, not committed).
		mkdirSync(SCHEMA_DIR, { recursive: true });
		for (const [name, text] of Object.entries(jsonSchemaFiles())) writeFileSync(join(SCHEMA_DIR, name), text);
		console.log(
			`已创建：\n${written.map((p) => `  ${p}`).join('\n')}\n把原文文本放进 source.txt，照录数字后运行 npm run check：它会列出还没有填写的字段。`,
		);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
