/**
 * The bureau checks one unit or one unit-year alone (`npm run check -- <folder>`), and writes each unit a
 * 反馈单 (`--report`). A broken entry elsewhere neither fails nor clutters the check of a good one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { copyTree, setYaml } from '../helpers/content-tree.ts';
import { runCheck } from '../../scripts/check.ts';
import { countBySeverity } from '../../src/core/rules/index.ts';

// Each test starts the CLI (a few seconds each on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const tree = copyTree(join(ROOT, 'content'));
setYaml(tree, 'disclosures/yanbian-shebao/2021/final-accounts.yaml', ['income', 'total'], '八百');
const out = mkdtempSync(join(tmpdir(), 'gongkai-reports-'));
afterAll(() => [tree, out].forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The check in this process (fast); the CLI itself is started where its argument handling is under test. */
const runIn = (options: Omit<Parameters<typeof runCheck>[0], 'write' | 'root'>) => runCheck({ ...options, root: tree, write: () => {} });
const check = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/check.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		// The check's caches go with the test's files, not into the project's .astro/.
		env: { ...process.env, GONGKAI_CONTENT_DIR: tree, GONGKAI_CACHE_DIR: join(out, 'cache') },
	});

test('one unit-year folder is checked alone and passes although another entry is broken', () => {
	const { exitCode, report } = runIn({ only: [join(tree, 'disclosures/wutongqiao-shebao/2024')] });
	expect(exitCode).toBe(0);
	expect(report.entries.map((e) => e.id)).toEqual(['wutongqiao-shebao/2024']);
	expect(report.schemaErrors).toEqual([]);
	// The same findings as in the check of the whole batch: checking alone drops no context.
	const whole = runIn({}).report.entries.find((e) => e.id === 'wutongqiao-shebao/2024')!;
	expect(whole.findings.length).toBeGreaterThan(0);
	expect(report.counts.findings).toEqual(countBySeverity(whole.findings));
});

test('the broken unit fails alone, naming its file and field', () => {
	const r = check(join(tree, 'disclosures/yanbian-shebao'));
	expect(r.status).toBe(1);
	expect(r.stdout).toContain('disclosures/yanbian-shebao/2021/final-accounts.yaml');
	expect(r.stdout).toContain('income.total');
	expect(r.stdout).not.toContain('wutongqiao');
});

test('--report writes one HTML and one CSV 反馈单 per unit', () => {
	expect(runIn({ reportFile: join(out, '反馈单.html') }).exitCode).toBe(1); // the broken entry still fails the whole check
	for (const unit of readdirSync(join(tree, 'units')).map((f) => f.replace(/\.yaml$/, ''))) {
		expect(existsSync(join(out, `反馈单-${unit}.html`))).toBe(true);
	}
	expect(readFileSync(join(out, '反馈单-yanbian-shebao.html'), 'utf8')).toContain('必须修正');
	expect(runIn({ only: [join(tree, 'disclosures/wutongqiao-shebao/2024')], reportFile: join(out, 'wutongqiao.csv') }).exitCode).toBe(0);
	const csv = readFileSync(join(out, 'wutongqiao.csv'), 'utf8');
	expect(csv.startsWith('\uFEFF单位,单位标识,单位年度,类别,级别,规则,文件,字段,问题,如何修改\r\n')).toBe(true);
	const findings = runIn({}).report.entries.find((e) => e.id === 'wutongqiao-shebao/2024')!.findings.length;
	expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 1 + findings); // header, the missing 附表, one line per finding
});

test('a folder that is not a unit or unit-year is refused with exit 2', () => {
	const r = check(join(tree, 'units'));
	expect(r.status).toBe(2);
	expect(r.stderr).toContain('不是单位或单位年度文件夹');
});
