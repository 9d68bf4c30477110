/** SHA256SUMS: written in the format `sha256sum -c` reads, and `verify` finds any changed, missing or extra file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { afterAll, expect, test } from 'vitest';
import { MANIFEST, writeManifest } from '../../scripts/build/manifest.ts';
import { verify } from '../../scripts/verify.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function site(): string {
	const dir = mkdtempSync(join(tmpdir(), 'gongkai-manifest-'));
	roots.push(dir);
	mkdirSync(join(dir, 'units/wutongqiao-shebao/2024'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>公开</title></html>');
	writeFileSync(join(dir, 'units/wutongqiao-shebao/2024/index.html'), '本年收入合计 848.90 万元');
	writeFileSync(join(dir, 'feed.xml'), '<feed/>');
	return dir;
}

test('every file is listed, sorted by path, and sha256sum -c accepts the manifest', () => {
	const dir = site();
	expect(writeManifest(dir)).toBe(3);
	const lines = readFileSync(join(dir, MANIFEST), 'utf8').trimEnd().split('\n');
	expect(lines.map((l) => l.slice(66))).toEqual(['feed.xml', 'index.html', 'units/wutongqiao-shebao/2024/index.html']);
	const r = spawnSync('sha256sum', ['-c', '--strict', MANIFEST], { cwd: dir, encoding: 'utf8' });
	expect(r.stderr).toBe('');
	expect(r.status).toBe(0);
});

test('verify passes on the copy as built and names each changed, missing or extra file', async () => {
	const dir = site();
	writeManifest(dir);
	expect(await verify(dir)).toEqual({ checked: 3, mismatched: [], missing: [], unlisted: [], malformed: [] });
	writeFileSync(join(dir, 'units/wutongqiao-shebao/2024/index.html'), '本年收入合计 849.90 万元');
	unlinkSync(join(dir, 'feed.xml'));
	writeFileSync(join(dir, 'extra.js'), 'alert(1)');
	expect(await verify(dir)).toEqual({
		checked: 3,
		mismatched: ['units/wutongqiao-shebao/2024/index.html'],
		missing: ['feed.xml'],
		unlisted: ['extra.js'],
		malformed: [],
	});
});

test('verify reads a deployed copy over HTTP under a sub-path', async () => {
	const dir = site();
	writeManifest(dir);
	const serve = sirv(dir, { dev: true });
	const server = createServer((req, res) => {
		req.url = req.url!.replace(/^\/gongkai\//, '/');
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/gongkai/`;
	try {
		expect(await verify(url)).toEqual({ checked: 3, mismatched: [], missing: [], unlisted: [], malformed: [] });
		unlinkSync(join(dir, 'feed.xml'));
		expect((await verify(url)).missing).toEqual(['feed.xml']);
	} finally {
		await new Promise((ok) => server.close(ok));
	}
});
