/** The per-unit 反馈单: every problem of the unit with what to fix, escaped HTML, CSV with the same lines. */
import { expect, test } from 'vitest';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { buildReport } from '../../src/core/report.ts';
import { countBySeverity } from '../../src/core/rules/index.ts';
import { ownerOf, REPORT_COLUMNS, unitReportCsvRows, unitReports } from '../../src/core/unit-report.ts';
import { unitReportHtml } from '../../src/core/unit-report-html.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

const catalogue = buildCatalogue(readContentFiles());
const report = buildReport(catalogue);

test('files belong to their unit and unit-year', () => {
	expect(ownerOf('content/disclosures/wutongqiao-shebao/2024/index.yaml')).toEqual({
		unit: 'wutongqiao-shebao',
		entry: 'wutongqiao-shebao/2024',
	});
	expect(ownerOf('content/units/yanbian-shebao.yaml')).toEqual({ unit: 'yanbian-shebao', entry: '' });
	expect(ownerOf('content/years/2024.yaml')).toBeUndefined();
});

test('one report per unit, holding exactly that unit’s findings', () => {
	const reports = unitReports(report, catalogue.units);
	expect(reports.map((r) => r.unit.id)).toEqual(catalogue.units.map((u) => u.id));
	const w = reports.find((r) => r.unit.id === 'wutongqiao-shebao')!;
	expect(w.unit.name).toBe('五通桥区社会保险事务中心');
	const findings = report.entries.find((e) => e.id === 'wutongqiao-shebao/2024')!.findings;
	expect(w.counts.findings).toEqual(countBySeverity(findings));
	expect(w.items.every((i) => i.entry === 'wutongqiao-shebao/2024' && i.fix.includes(i.field))).toBe(true);
	// The shipped 2024 roster lists 五通桥, whose text prints none of the 13 附表: the unit is told what to add.
	expect(w.items.filter((i) => i.kind === '公开要求')).toEqual([
		expect.objectContaining({
			entry: 'wutongqiao-shebao/2024',
			message: '不完整：缺附表（全部 13 张）。',
			fix: expect.stringContaining('空表说明'),
		}),
	]);
	const csv = unitReportCsvRows(w);
	expect(csv[0]).toEqual(REPORT_COLUMNS.map((c) => c.title));
	expect(csv).toHaveLength(1 + 1 + findings.length);
});

test('a schema error reaches its unit as 必须修正, and content never reaches the HTML unescaped', () => {
	const broken = {
		...report,
		schemaErrors: [
			{
				file: 'content/disclosures/wutongqiao-shebao/2024/final-accounts.yaml',
				path: 'income.total',
				message: '应为数字，实际为文本',
				found: '"<script>alert(1)</script>"',
			},
		],
	};
	const w = unitReports(broken, [{ id: 'wutongqiao-shebao', name: '五通桥<区>' }]).find((r) => r.unit.id === 'wutongqiao-shebao')!;
	expect(w.counts.errors).toBe(1);
	expect(w.items[0]).toMatchObject({ kind: '数据错误', level: '必须修正', field: 'income.total' });
	const html = unitReportHtml(w);
	expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
	expect(html).not.toContain('<script');
	expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	expect(html).toContain('<title>五通桥&lt;区&gt; 公开材料核对反馈</title>');
	expect(html).not.toMatch(/<link|src=|http/); // self-contained: nothing to fetch
});
