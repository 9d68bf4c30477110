/** 年度公开情况: the 20-day rule counted in days, completeness from the entry's own data, every roster unit listed. */
import { expect, test } from 'vitest';
import { auditContextOf, buildCatalogue } from '../../src/core/catalogue.ts';
import { audit, countBySeverity } from '../../src/core/rules/index.ts';
import { daysBetween, requirementsOf, yearStatus } from '../../src/core/status.ts';
import { completenessText, STATUS_COLUMNS, statusCsvRows, timelinessText } from '../../src/core/status-table.ts';
import { rosterSchema } from '../../src/core/schema/index.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';

const catalogue = buildCatalogue(readContentFiles());
const findingsOf = (d: (typeof catalogue.disclosures)[number]) => audit(d, auditContextOf(catalogue, d));
const entry = (unit: string, year: number) => catalogue.disclosures.find((d) => d.unit === unit && d.year === year)!;

// A bureau's 2024 roster: one unit on time, one late, one that has not published 2024 at all.
const roster = rosterSchema.parse({
	year: 2024,
	units: [
		{ unit: 'wutongqiao-shebao', approvedOn: '2025-08-01', publishedOn: '2025-08-21' },
		{ unit: 'kunming-wuhua-shebao', approvedOn: '2025-08-01', publishedOn: '2025-08-22' },
		{ unit: 'panzhihua-shebao', approvedOn: '2025-08-01' },
	],
});
const status = yearStatus(roster, catalogue.units, catalogue.disclosures, findingsOf);
const row = (unit: string) => status.rows.find((r) => r.unit.id === unit)!;

test('the shipped content and its 2024 roster are valid, and no entry of 2024 is left off the roster', () => {
	expect(catalogue.errors).toEqual([]);
	expect(catalogue.warnings).toEqual([]);
	expect(catalogue.rosters?.map((r) => r.year)).toEqual([2024]);
});

test('days are natural days after 批复; day 20 is on time, day 21 is late', () => {
	expect(daysBetween('2025-08-01', '2025-08-21')).toBe(20);
	expect(daysBetween('2024-12-20', '2025-01-10')).toBe(21);
	expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // 2024 is a leap year
	expect(row('wutongqiao-shebao')).toMatchObject({
		published: true,
		days: 20,
		dueOn: '2025-08-21',
		timeliness: 'on-time',
		publishedOnFrom: 'roster',
	});
	expect(row('kunming-wuhua-shebao')).toMatchObject({ published: true, days: 21, timeliness: 'late' });
	expect(timelinessText(row('kunming-wuhua-shebao'), 20)).toBe('逾期 1 天（批复后第 21 天公开，限 20 天）');
});

test('a unit on the roster without an entry is listed as missing, never dropped', () => {
	expect(status.rows.map((r) => r.unit.id)).toEqual(['wutongqiao-shebao', 'kunming-wuhua-shebao', 'panzhihua-shebao']);
	expect(row('panzhihua-shebao')).toMatchObject({
		unit: { name: '攀枝花市社会保险事务中心' },
		published: false,
		timeliness: 'missing',
		complete: null,
		days: null,
	});
	expect(status.totals).toEqual({ expected: 3, published: 2, missing: 1, late: 1, onTime: 1, complete: 0 });
});

test('completeness is read from the data: 五通桥 has 三公 explained and 绩效自评, but no 附表 printed', () => {
	const w = requirementsOf(entry('wutongqiao-shebao', 2024));
	expect(w.map((q) => [q.id, q.ok])).toEqual([
		['final-accounts', true],
		['tables', false],
		['three-public', true],
		['performance', true],
	]);
	expect(completenessText(row('wutongqiao-shebao'))).toBe('不完整：缺附表（全部 13 张）');
	// 五华 published only a 绩效自评: the 部门决算 itself is what is missing.
	expect(completenessText(row('kunming-wuhua-shebao'))).toBe('不完整：缺部门决算');
});

test('an empty table counts when it carries its 空表说明; a listed but unprinted one does not', () => {
	const d = entry('panzhihua-dongqu-shebao', 2023);
	expect(requirementsOf(d).find((q) => q.id === 'tables')!.missing).toHaveLength(13); // 001 lists the 13 tables, prints none
	const explained = {
		...d,
		finalAccounts: {
			...d.finalAccounts!,
			appendixTables: d.finalAccounts!.appendixTables.map((t) => ({ ...t, emptyNote: '本单位无此项收支，此表为空表。' })),
		},
	};
	expect(requirementsOf(explained).find((q) => q.id === 'tables')).toEqual({ id: 'tables', ok: true, missing: [] });
});

test('findings are counted by severity from the same audit as the pages', () => {
	const w = countBySeverity(findingsOf(entry('wutongqiao-shebao', 2024)));
	expect(w['确定']).toBeGreaterThan(0); // 五通桥 prints contradictions (seed 003)
	expect(row('wutongqiao-shebao').findings).toEqual(w);
	expect(row('panzhihua-shebao').findings).toEqual({ 确定: 0, 疑似: 0, 提示: 0 });
});

test('the CSV has one line per roster unit with the page columns', () => {
	const rows = statusCsvRows(status);
	expect(rows[0]).toEqual(STATUS_COLUMNS.map((c) => c.title));
	expect(rows).toHaveLength(4);
	expect(rows[3].slice(0, 3)).toEqual(['攀枝花市社会保险事务中心', 'panzhihua-shebao', '未公开']);
});

test('an unknown unit on a roster is a data error; an entry missing from its roster is a warning', () => {
	const files = readContentFiles();
	const years = [{ path: 'content/years/2024.yaml', text: 'year: 2024\nunits:\n  - unit: wutongqiao-shebao\n  - unit: no-such-unit\n' }];
	const c = buildCatalogue({ ...files, years });
	expect(c.errors).toEqual([
		{
			file: 'content/years/2024.yaml',
			path: 'units[1].unit',
			message: '未知的单位标识 "no-such-unit"：content/units/ 中没有 no-such-unit.yaml',
			found: '"no-such-unit"',
		},
	]);
	// Every 2024 entry but 五通桥's is off this roster: one warning each, naming its index.yaml.
	const off = catalogue.disclosures.filter((d) => d.year === 2024 && d.unit !== 'wutongqiao-shebao').map((d) => d.unit);
	expect(off).toContain('kunming-wuhua-shebao');
	expect(c.warnings).toEqual(
		off.map((unit) => ({
			file: `content/disclosures/${unit}/2024/index.yaml`,
			path: 'unit',
			message: `单位 "${unit}" 不在 content/years/2024.yaml 的公开名单中：请把它加入名单，或确认这份材料不属于本年度`,
			found: `"${unit}"`,
		})),
	);
	const wrongName = buildCatalogue({
		...files,
		years: [{ path: 'content/years/2023.yaml', text: 'year: 2024\nunits: [{ unit: wutongqiao-shebao }]\n' }],
	});
	expect(wrongName.errors.map((e) => `${e.path}：${e.message}`)).toEqual(['year：年度应与文件名一致，应为 2023']);
});

test('npm run check reports the roster: late and missing units, and tells each unit what is asked of it', async () => {
	const { buildReport, formatReport } = await import('../../src/core/report.ts');
	const { unitReports } = await import('../../src/core/unit-report.ts');
	const years = [
		{
			path: 'content/years/2024.yaml',
			text: 'year: 2024\nunits:\n  - { unit: wutongqiao-shebao }\n  - { unit: kunming-wuhua-shebao, approvedOn: 2025-08-01, publishedOn: 2025-08-22 }\n  - { unit: panzhihua-shebao, approvedOn: 2025-08-01 }\n',
		},
	];
	const report = buildReport(buildCatalogue({ ...readContentFiles(), years }));
	const text = formatReport(report);
	expect(text).toContain('2024 年度公开名单：应公开 3，已公开 2，未公开 1，按时 0，逾期 1，完整 0。');
	expect(text).toContain('攀枝花市社会保险事务中心（panzhihua-shebao）：未公开');
	expect(text).toContain('昆明市五华区社会保险中心（kunming-wuhua-shebao）：逾期 1 天（批复后第 21 天公开，限 20 天）；不完整：缺部门决算');
	const missing = unitReports(report, catalogue.units).find((r) => r.unit.id === 'panzhihua-shebao')!;
	expect(missing.items.filter((i) => i.entry.endsWith('2024'))).toEqual([
		expect.objectContaining({
			kind: '公开要求',
			entry: 'panzhihua-shebao/2024',
			message: '2024 年度部门决算尚未公开（在公开名单中）。',
			fix: '批复后 20 日内公开（截止 2025-08-21），并把材料交财政部门。',
		}),
	]);
});
