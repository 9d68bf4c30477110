/**
 * The bureau's year on one fixture site, built once: a git repository holding the shipped content plus a 2024
 * roster (one unit on time, one late, one missing), in which one figure of a published entry is then
 * corrected. The status page, its JSON and CSV must agree; the correction must show on the page, in the
 * open data and in the feed with its old and new value; and the built folder must pass `sha256sum -c`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setYaml } from '../helpers/content-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'gongkai-bureau-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ROSTER = `year: 2024
bureau: 测试区财政局
units:
  - { unit: wutongqiao-shebao, approvedOn: 2025-06-03, publishedOn: 2025-06-20 }
  - { unit: kunming-wuhua-shebao, approvedOn: 2025-06-03, publishedOn: 2025-07-15 }
  - { unit: panzhihua-shebao, approvedOn: 2025-06-03, note: 已催告 }
`;

function git(...args: string[]) {
	const r = spawnSync('git', args, {
		cwd: content,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: '财政局',
			GIT_AUTHOR_EMAIL: 'czj@example.invalid',
			GIT_COMMITTER_NAME: '财政局',
			GIT_COMMITTER_EMAIL: 'czj@example.invalid',
		},
	});
	if (r.status !== 0) throw new Error(`git ${args.join(' ')}：${r.stderr}`);
}
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	writeFileSync(join(content, 'years/2024.yaml'), ROSTER);
	git('init', '-q');
	git('add', '-A');
	git('commit', '-qm', '2024 年度公开');
	// The unit corrects its 本年收入合计 (printed 848.90) and says why; the clerk commits both together.
	setYaml(content, 'disclosures/wutongqiao-shebao/2024/final-accounts.yaml', ['income', 'total'], 849.9);
	setYaml(
		content,
		'disclosures/wutongqiao-shebao/2024/index.yaml',
		['corrections'],
		[{ date: '2025-07-01', reason: '本年收入合计录入有误' }],
	);
	git('commit', '-qam', '五通桥 2024 更正');
	const r = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, GONGKAI_CONTENT_DIR: content, GONGKAI_OUT_DIR: dist, GONGKAI_BASE: '/', GONGKAI_CACHE_DIR: join(work, 'cache') },
	});
	if (r.status !== 0) throw new Error(`构建失败：\n${r.stdout}\n${r.stderr}`);
});

describe('/status/2024/', () => {
	test('lists every roster unit: on time, late with days counted, missing', () => {
		const html = read('status/2024/index.html');
		const row = (unit: string) => new RegExp(`<tr data-unit="${unit}" data-timeliness="([a-z-]+)">(.*?)</tr>`).exec(html)!;
		expect(row('wutongqiao-shebao')[1]).toBe('on-time');
		expect(row('wutongqiao-shebao')[2]).toContain('按时（批复后第 17 天公开，限 20 天）');
		expect(row('kunming-wuhua-shebao')[1]).toBe('late');
		expect(row('kunming-wuhua-shebao')[2]).toContain('逾期 22 天（批复后第 42 天公开，限 20 天）');
		expect(row('panzhihua-shebao')[1]).toBe('missing');
		expect(row('panzhihua-shebao')[2]).toContain('未公开');
		expect(row('panzhihua-shebao')[2]).toContain('已催告');
		expect(html).toContain('<caption>');
		expect(html).toContain('<th scope="row">');
	});

	test('the JSON and the CSV say the same as the page', () => {
		const json = JSON.parse(read('data/status/2024.json'));
		expect(json.totals).toEqual({ expected: 3, published: 2, missing: 1, late: 1, onTime: 1, complete: 0 });
		const csv = read('data/status/2024.csv')
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n')
			.map((l) => l.split(','));
		const [header, ...lines] = csv;
		const col = (name: string) => header.indexOf(name);
		expect(lines.map((l) => l[col('单位标识')])).toEqual(json.rows.map((r: { unit: { id: string } }) => r.unit.id));
		json.rows.forEach((r: { published: boolean; days: number | null; approvedOn: string; findings: Record<string, number> }, i: number) => {
			expect(lines[i][col('公开情况')]).toBe(r.published ? '已公开' : '未公开');
			expect(lines[i][col('批复至公开天数')]).toBe(r.days === null ? '' : String(r.days));
			expect(lines[i][col('批复日期')]).toBe(r.approvedOn);
			expect(lines[i][col('核对发现：确定')]).toBe(String(r.findings['确定']));
		});
		expect(json.rows.map((r: { days: number | null }) => r.days)).toEqual([17, 42, null]);
	});
});

describe('更正记录', () => {
	test('the page names the corrected figure with its old and new value', () => {
		const html = read('units/wutongqiao-shebao/2024/index.html');
		const section = /<section class="corrections"[\s\S]*?<\/section>/.exec(html)![0];
		expect(section).toContain('2025年7月1日');
		expect(section).toContain('本年收入合计录入有误');
		expect(section).toContain('finalAccounts.income.total');
		expect(section).toMatch(/<del[^>]*>848\.9<\/del>[\s\S]*<ins[^>]*>849\.9<\/ins>/);
	});

	test('the open data carries the same history, and only that figure changed', () => {
		const doc = JSON.parse(read('data/wutongqiao-shebao/2024.json'));
		expect(doc.corrections).toEqual([
			{
				date: '2025-07-01',
				reason: '本年收入合计录入有误',
				changes: [{ path: 'finalAccounts.income.total', label: expect.any(String), old: 848.9, new: 849.9 }],
			},
		]);
		expect(doc.printed.finalAccounts.income.total).toBe(849.9);
		expect(JSON.parse(read('data/kunming-wuhua-shebao/2024.json')).corrections).toEqual([]);
	});

	test('the feed announces the correction on its date', () => {
		const feed = read('feed.xml');
		const entry = /<entry>(?:(?!<\/entry>)[\s\S])*#correction-1(?:(?!<\/entry>)[\s\S])*<\/entry>/.exec(feed)![0];
		expect(entry).toContain('<title>更正：五通桥区社会保险事务中心 2024 年度部门决算、绩效自评</title>');
		expect(entry).toContain('<published>2025-07-01T00:00:00+08:00</published>');
		expect(entry).toContain('由 848.9 改为 849.9');
	});
});

describe('a verifiable site', () => {
	test('sha256sum -c SHA256SUMS passes inside the built folder, and npm run verify agrees', () => {
		const sums = spawnSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' });
		expect(sums.stdout + sums.stderr).toBe('');
		expect(sums.status).toBe(0);
		const verify = spawnSync(process.execPath, ['scripts/verify.ts', dist], { cwd: ROOT, encoding: 'utf8' });
		expect(verify.stdout).toContain('结果：一致');
		expect(verify.status).toBe(0);
	});

	test('the footer links the manifest and shows the content hash', () => {
		expect(read('status/2024/index.html')).toMatch(/<a href="\/SHA256SUMS" type="text\/plain">[^<]+<\/a>，内容指纹 [0-9a-f]{16}/);
	});
});
