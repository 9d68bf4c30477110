/**
 * The data model: the valid fixture passes, and each broken input (one field broken) is rejected with a
 * Chinese message naming file, field and reason. Messages are pinned: editors read them.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { formatSchemaError } from '../../src/core/schema/errors.ts';
import { parseUnit, readYaml } from '../../src/core/validate.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { BROKEN_INPUTS, copyTree, setYaml, VALID_TREE, writeFile } from '../helpers/content-tree.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Errors of a tree, with the temporary root stripped so messages can be pinned. */
function errorsOf(root: string): string[] {
	return buildCatalogue(readContentFiles(root, root)).errors.map(formatSchemaError);
}

function broken(apply: (root: string) => void): string[] {
	const root = copyTree();
	roots.push(root);
	apply(root);
	return errorsOf(root);
}

describe('valid content', () => {
	test('the fixture tree has no schema error', () => {
		const c = buildCatalogue(readContentFiles(VALID_TREE, VALID_TREE));
		expect(c.errors).toEqual([]);
		expect(c.disclosures.map((d) => `${d.unit}/${d.year}`)).toEqual(['demo/2024']);
		expect(c.disclosures[0].finalAccounts?.expenditure?.basic?.amount).toBe(448.54);
	});
});

describe('broken input is rejected with file, field and reason', () => {
	test.each(BROKEN_INPUTS)('$name', ({ apply, file, field }) => {
		const errors = broken(apply);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(`${file}：${field}`);
	});

	test('messages are pinned', () => {
		expect(BROKEN_INPUTS.map((b) => broken(b.apply)[0])).toMatchInlineSnapshot(`
			[
			  "disclosures/demo/2024/final-accounts.yaml：income.total — 应为数字，实际为文本（实际值 "八百四十八点九"）",
			  "disclosures/demo/2024/final-accounts.yaml：expenditure.total — 缺少必填字段（应为数字）",
			  "disclosures/demo/2024/final-accounts.yaml：expenditure.basic.amount — 不能小于 0，金额与数量不能为负（实际值 -448.54）",
			  "disclosures/no-such-unit/2024/index.yaml：unit — 未知的单位标识 "no-such-unit"：content/units/ 中没有 no-such-unit.yaml（实际值 "no-such-unit"）",
			  "disclosures/demo/2024/final-accounts.mdx：第 1 行 — 正文中不允许 import / export 语句",
			  "disclosures/demo/2024/final-accounts.mdx：第 5 行 — 正文中不允许HTML 标签 <script>；可用的组件只有 Section、Figure",
			]
		`);
	});

	test('unknown fields are named (a typo must not silently drop a figure)', () => {
		const errors = broken((r) => setYaml(r, 'disclosures/demo/2024/final-accounts.yaml', ['income', 'generalBudgett'], { amount: 1 }));
		expect(errors).toEqual([
			'disclosures/demo/2024/final-accounts.yaml：income — 未知字段：generalBudgett（请检查拼写，或对照 README 中的字段说明）',
		]);
	});

	test('a JS expression, an unknown component and a spread attribute are each an error', () => {
		const errors = broken((r) =>
			writeFile(
				r,
				'disclosures/demo/2024/final-accounts.mdx',
				'<Section id="income">\n\n共 {1 + 1} 项。\n\n<Chart />\n\n<Figure no={2} />\n\n</Section>\n',
			),
		);
		expect(errors).toEqual([
			'disclosures/demo/2024/final-accounts.mdx：第 3 行 — 正文中不允许 {…} 表达式；如需写花括号请用全角“｛｝”',
			'disclosures/demo/2024/final-accounts.mdx：第 5 行 — 正文中不允许组件 <Chart>；可用的组件只有 Section、Figure',
			'disclosures/demo/2024/final-accounts.mdx：第 7 行 — <Figure no> 的值必须是带引号的文字，不允许表达式',
		]);
	});

	test('an unknown section id and a broken attachment reference are errors', () => {
		const errors = broken((r) => {
			writeFile(r, 'disclosures/demo/2024/final-accounts.mdx', '<Section id="incme">\n\n收入。\n\n</Section>\n');
			setYaml(r, 'disclosures/demo/2024/final-accounts.yaml', ['attachments'], [{ title: '附件1', evaluation: 'no-such-evaluation' }]);
		});
		expect(errors).toHaveLength(2);
		expect(errors[0]).toContain('attachments[0].evaluation — 未知的绩效自评标识 "no-such-evaluation"');
		expect(errors[1]).toContain('<Section id="incme"> 不是本文件可用的章节');
	});

	test('a restatement whose path holds no figure is an error, not a silently skipped comparison', () => {
		const errors = broken((r) =>
			setYaml(
				r,
				'disclosures/demo/2024/index.yaml',
				['restatements'],
				[
					{
						figure: '基本支出',
						unit: '万元',
						statements: [
							{ where: '说明三', path: 'finalAccounts.expenditure.basic.amount' },
							{ where: '附表', path: 'finalAccounts.expenditure.basik.amount' },
							{ where: '附件', path: 'finalAccounts.expenditure' },
						],
					},
				],
			),
		);
		expect(errors).toEqual([
			'disclosures/demo/2024/index.yaml：restatements[0].statements[1].path — “印了两次的数”的出处 finalAccounts.expenditure.basik.amount：数据中没有这个位置，请检查路径拼写（实际值 "finalAccounts.expenditure.basik.amount"）',
			'disclosures/demo/2024/index.yaml：restatements[0].statements[2].path — “印了两次的数”的出处 finalAccounts.expenditure：这个位置不是一个数或名称（是一组字段），请检查路径拼写（实际值 "finalAccounts.expenditure"）',
		]);
	});

	test('YAML syntax errors give line and column', () => {
		const r = readYaml({ path: 'x.yaml', text: 'a: 1\nb: [1, 2\n' });
		expect(r.ok).toBe(false);
		expect(r.ok ? '' : r.errors[0].message).toMatch(/^YAML 语法错误（第 \d+ 行第 \d+ 列）/);
	});

	test('a unit file must be named after its id', () => {
		const r = parseUnit({
			path: 'content/units/other.yaml',
			text: 'id: demo\nname: 单位\nregion: {province: 四川省}\nsupervisor: 局\nkind: 事业单位\n',
		});
		expect(r.ok ? [] : r.errors.map(formatSchemaError)).toEqual([
			'content/units/other.yaml：id — 单位标识应与文件名一致，应为 "other"（实际值 "demo"）',
		]);
	});
});
