/**
 * Content trees for tests: copy a fixture tree to a temporary folder and break exactly one thing in it.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

export const VALID_TREE = resolve(import.meta.dirname, '../fixtures/content');

/** A fresh copy of the valid fixture tree; returns its root. */
export function copyTree(from = VALID_TREE): string {
	const root = mkdtempSync(join(tmpdir(), 'gongkai-content-'));
	cpSync(from, root, { recursive: true });
	return root;
}

/** Sets one YAML field (dotted path, array indices as numbers) in a file of the tree, keeping the rest. */
export function setYaml(root: string, file: string, path: (string | number)[], value: unknown): void {
	const full = join(root, file);
	const doc = parseDocument(readFileSync(full, 'utf8'));
	doc.setIn(path, value);
	writeFileSync(full, doc.toString());
}

/** Deletes one YAML field. */
export function deleteYaml(root: string, file: string, path: (string | number)[]): void {
	const full = join(root, file);
	const doc = parseDocument(readFileSync(full, 'utf8'));
	doc.deleteIn(path);
	writeFileSync(full, doc.toString());
}

export function writeFile(root: string, file: string, text: string): void {
	writeFileSync(join(root, file), text);
}

/** The five broken inputs the foundation promises to reject, each breaking one thing. */
export const BROKEN_INPUTS: { name: string; file: string; field: string; apply(root: string): void }[] = [
	{
		name: '金额写成了文字',
		file: 'disclosures/demo/2024/final-accounts.yaml',
		field: 'income.total',
		apply: (r) => setYaml(r, 'disclosures/demo/2024/final-accounts.yaml', ['income', 'total'], '八百四十八点九'),
	},
	{
		name: '缺少必填字段',
		file: 'disclosures/demo/2024/final-accounts.yaml',
		field: 'expenditure.total',
		apply: (r) => deleteYaml(r, 'disclosures/demo/2024/final-accounts.yaml', ['expenditure', 'total']),
	},
	{
		name: '金额为负数',
		file: 'disclosures/demo/2024/final-accounts.yaml',
		field: 'expenditure.basic.amount',
		apply: (r) => setYaml(r, 'disclosures/demo/2024/final-accounts.yaml', ['expenditure', 'basic', 'amount'], -448.54),
	},
	{
		name: '未知的单位标识',
		file: 'disclosures/no-such-unit/2024/index.yaml',
		field: 'unit',
		apply: (r) => {
			renameSync(join(r, 'disclosures/demo'), join(r, 'disclosures/no-such-unit'));
			setYaml(r, 'disclosures/no-such-unit/2024/index.yaml', ['unit'], 'no-such-unit');
		},
	},
	{
		name: '正文含 import',
		file: 'disclosures/demo/2024/final-accounts.mdx',
		field: '第 1 行',
		apply: (r) =>
			writeFile(
				r,
				'disclosures/demo/2024/final-accounts.mdx',
				'import Evil from "../../evil.js";\n\n<Section id="income">\n\n收入。\n\n</Section>\n',
			),
	},
	{
		name: '正文含 <script>',
		file: 'disclosures/demo/2024/final-accounts.mdx',
		field: '第 5 行',
		apply: (r) =>
			writeFile(
				r,
				'disclosures/demo/2024/final-accounts.mdx',
				'<Section id="income">\n\n收入。\n\n<script>alert(1)</script>\n\n</Section>\n',
			),
	},
];

/** The catalogue of one unit's files only (from the shipped content/), so one seed's test stands on its own. */
export function catalogueOfUnit(unit: string) {
	const all = readContentFiles();
	const mine = (p: string) => p.includes(unit);
	return buildCatalogue({
		units: all.units.filter((f) => mine(f.path)),
		disclosures: all.disclosures.filter((f) => mine(f.dir)),
		narratives: all.narratives.filter((f) => mine(f.dir)),
		extras: all.extras.filter((f) => mine(f.dir)),
	});
}
