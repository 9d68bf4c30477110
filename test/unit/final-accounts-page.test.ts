/** The 部门决算 page plan (template order kept around the narrative) and the section tables, on seed 003 / 002. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDisclosure } from '../../src/core/validate.ts';
import { narrativePlacements, planPage, sectionFigures } from '../../src/core/sections/plan.ts';
import { sectionTables } from '../../src/core/sections/tables.ts';
import { figureTable, deriveFigure } from '../../src/core/figures/index.ts';
import type { Disclosure } from '../../src/core/schema/disclosure.ts';

const ROOT = join(import.meta.dirname, '../fixtures/figures-content/disclosures');
const read = (folder: string, name: string) => readFileSync(join(ROOT, folder, name), 'utf8');
function load(folder: string): Disclosure {
	const file = (name: string) => ({ path: `${folder}/${name}`, text: read(folder, name) });
	const r = parseDisclosure({ dir: `disclosures/${folder}`, index: file('index.yaml'), finalAccounts: file('final-accounts.yaml') });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.data;
}
const wutongqiao = load('wutongqiao-shebao/2024');
const yanbian = load('yanbian-shebao/2021');

describe('page plan', () => {
	test('reads Section ids and Figure numbers from the narrative', () => {
		expect(narrativePlacements(read('wutongqiao-shebao/2024', 'final-accounts.mdx'))).toEqual({
			sections: ['totals', 'income', 'threePublic'],
			figures: [1, 7],
		});
	});

	test('sections the narrative leaves out keep the template order around it', () => {
		const plan = planPage(wutongqiao, narrativePlacements(read('wutongqiao-shebao/2024', 'final-accounts.mdx')));
		expect(plan.before).toEqual({ threePublic: ['expenditure', 'fiscalTotals', 'generalBudget', 'basicExpenditure'] });
		expect(plan.after).toEqual(['governmentFund', 'stateCapital', 'otherMatters', 'glossary', 'attachments']);
		expect(plan.order.slice(0, 7)).toEqual([
			'totals',
			'income',
			'expenditure',
			'fiscalTotals',
			'generalBudget',
			'basicExpenditure',
			'threePublic',
		]);
	});

	test('overview comes first when the unit has a profile; a section with only findings is kept', () => {
		const plan = planPage(yanbian, narrativePlacements(read('yanbian-shebao/2021', 'final-accounts.mdx')), new Set(['glossary']), true);
		expect(plan.order).toEqual([
			'overview',
			'totals',
			'income',
			'expenditure',
			'fiscalTotals',
			'generalBudget',
			'basicExpenditure',
			'threePublic',
			'governmentFund',
			'stateCapital',
			'glossary',
		]);
	});

	test('a figure placed by the narrative is not repeated by its section', () => {
		expect(sectionFigures('totals', wutongqiao, [1]).map((f) => f.no)).toEqual([]);
		expect(sectionFigures('generalBudget', wutongqiao, [1]).map((f) => f.no)).toEqual([5, 6]);
	});
});

describe('section tables', () => {
	test('收入: every printed source, “无” kept as printed, then the total row', () => {
		const [t] = sectionTables('income', yanbian);
		expect(t!.unit).toBe('万元');
		expect(t!.rows[0]).toEqual({
			header: '一般公共预算财政拨款收入',
			cells: [
				{ text: '288.92', numeric: true },
				{ text: '100%', numeric: true },
			],
		});
		expect(t!.rows[1]!.cells[0]).toEqual({ text: '无（0）' });
		expect(t!.rows.at(-1)).toMatchObject({ header: '本年收入合计', total: true });
	});

	test('三公: amounts, counts (6 批次, 50 人次) and the receptions in 元', () => {
		const tables = sectionTables('threePublic', wutongqiao);
		expect(tables.map((t) => t.id)).toEqual(['three-public-table', 'three-public-counts', 'three-public-receptions']);
		const counts = tables[1]!.rows.map((r) => [r.header, r.cells[0]!.text]);
		expect(counts).toContainEqual(['国内公务接待（批次）', '6']);
		expect(counts).toContainEqual(['国内公务接待（人次，不含陪同人员）', '50']);
		expect(tables[2]!.unit).toBe('元');
		expect(tables[2]!.rows[0]!.cells).toEqual([{ text: '2024年5月9日' }, { text: '800.00', numeric: true }]);
	});

	test('类/款/项 detail lists the nine items of 003 and the printed total', () => {
		const detail = sectionTables('generalBudget', wutongqiao).find((t) => t.id === 'general-budget-detail')!;
		expect(detail.rows).toHaveLength(10);
		// No 预算数 and no 科目编码 printed in 003: those columns are dropped.
		expect(detail.columns).toEqual(['项', '决算数', '完成预算', '类', '款']);
		expect(detail.rows[0]!.cells.slice(0, 2)).toEqual([
			{ text: '736.09', numeric: true },
			{ text: '100%', numeric: true },
		]);
	});

	test('a figure table marks the derived year', () => {
		const t = figureTable(deriveFigure(1, wutongqiao)!);
		expect(t.columns).toEqual(['项目', '2023年（推算）', '2024年']);
		expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['881.37', '848.90']);
	});
});

describe('stray findings', () => {
	test('only findings anchored nowhere on the page are kept', async () => {
		const { strayFindings } = await import('../../src/core/sections/plan.ts');
		expect(strayFindings([{ anchor: 'income' }, { anchor: 'elsewhere' }], wutongqiao)).toEqual([{ anchor: 'elsewhere' }]);
	});
});
