/**
 * The registry is the one description every output reads, so it must be internally consistent: every identity
 * names columns, lines and cells that exist, keys are unique, and each template keeps its number of tables.
 */
import { describe, expect, test } from 'vitest';
import { TEMPLATES, parseCode, tableSpec, templateFor, type CellRef, type SideSpec } from '../../src/core/templates/index.ts';
import { NARRATIVE_CELLS, capitalSpentCell } from '../../src/core/templates/narrative-cells.ts';

const sideOf = (templateId: string, ref: Omit<CellRef, 'row'>): SideSpec | undefined =>
	tableSpec(templateId, ref.table)?.sides.find((s) => s.key === (ref.side ?? 'rows'));

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('%s', (id, template) => {
	test('table ids, side keys, column keys and line keys are unique', () => {
		const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
		unique(template.tables.map((t) => t.id));
		for (const t of template.tables) {
			unique(t.sides.map((s) => s.key));
			for (const s of t.sides) {
				unique(s.columns.map((c) => c.key));
				unique(s.lines.map((l) => l.key));
			}
		}
	});

	test('row and column sums name keys of their own side', () => {
		for (const t of template.tables) {
			for (const s of t.sides) {
				const cols = s.columns.map((c) => c.key);
				const lineKeys = s.lines.map((l) => l.key);
				for (const sum of s.columnSums)
					expect(
						[...sum.left, ...sum.right].filter((k) => !cols.includes(k)),
						`${t.id}.${s.key}`,
					).toEqual([]);
				for (const sum of s.lineSums) {
					expect(lineKeys, `${t.id}.${s.key}`).toContain(sum.total);
					if (sum.parts === 'classes') expect(s.codes, `${t.id}.${s.key} sums 类 rows`).toBeDefined();
					else
						expect(
							sum.parts.filter((k) => !lineKeys.includes(k)),
							`${t.id}.${s.key}`,
						).toEqual([]);
				}
			}
		}
	});

	test('every identity between tables names an existing cell', () => {
		for (const link of template.links) {
			const refs = link.kind === 'cells' ? [link.left, ...link.right] : [link.left, link.right];
			for (const ref of refs) {
				const side = sideOf(id, ref);
				expect(side, `${link.label}: ${ref.table}.${ref.side ?? 'rows'}`).toBeDefined();
				expect(
					side!.columns.map((c) => c.key),
					link.label,
				).toContain(ref.column);
				if ('row' in ref)
					expect(
						side!.lines.map((l) => l.key),
						link.label,
					).toContain(ref.row);
				else expect(side!.codes, link.label).toBeDefined();
			}
		}
	});
});

test('every table cell the 说明 is held against exists in every form', () => {
	for (const t of TEMPLATES) {
		for (const [path, ref] of [...Object.entries(NARRATIVE_CELLS), ['stateCapital.amount', capitalSpentCell(t.id)] as const]) {
			const side = sideOf(t.id, ref);
			expect(side, `${t.id} ${path}`).toBeDefined();
			expect(
				side!.lines.map((l) => l.key),
				`${t.id} ${path}`,
			).toContain(ref.row);
			expect(
				side!.columns.map((c) => c.key),
				`${t.id} ${path}`,
			).toContain(ref.column);
		}
	}
});

test('the three forms keep their number of tables', () => {
	expect(TEMPLATES.map((t) => [t.id, t.tables.length])).toEqual([
		['national-2023', 9],
		['shanghai-2024', 9],
		['sichuan-13', 13],
	]);
	expect(templateFor('sichuan-13')!.tables.map((t) => t.title)).toContain('一般公共预算财政拨款项目支出决算表');
});

test('Shanghai prints the 三公 table in 预算 | 决算 pairs, the national form in two blocks', () => {
	const keys = (id: string) => tableSpec(id, 'threePublic')!.sides[0].columns.map((c) => c.key);
	expect(keys('shanghai-2024').slice(0, 4)).toEqual(['totalBudget', 'totalActual', 'outboundBudget', 'outboundActual']);
	expect(keys('national-2023').slice(0, 4)).toEqual(['totalBudget', 'outboundBudget', 'vehiclesBudget', 'purchaseBudget']);
	expect(new Set(keys('shanghai-2024'))).toEqual(new Set(keys('national-2023')));
});

test('codes split into 类/款/项', () => {
	expect(parseCode(2080505, 'function')).toEqual({ code: '2080505', level: 3, classCode: '208', parent: '20805' });
	expect(parseCode('30101', 'economic')).toEqual({ code: '30101', level: 2, classCode: '301', parent: '301' });
	expect(parseCode('2080505', 'economic')).toBeUndefined();
	expect(parseCode('total', 'function')).toBeUndefined();
});
