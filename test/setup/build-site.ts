/**
 * Builds the real site once (content/ as shipped, under a sub-path to prove `base` works) for the
 * integration and browser tests, through the same `npm run build` script a user runs.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const TEST_BASE = '/gongkai/';

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
		siteBase: string;
	}
}

export default function setup(project: TestProject) {
	const root = resolve(import.meta.dirname, '../..');
	const out = resolve(root, '.build/test-site');
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, GONGKAI_OUT_DIR: out, GONGKAI_BASE: TEST_BASE, GONGKAI_CACHE_DIR: resolve(root, '.build/test-cache') },
	});
	if (result.status !== 0) throw new Error(`测试用站点构建失败：\n${result.stdout}\n${result.stderr}`);
	project.provide('siteDir', out);
	project.provide('siteBase', TEST_BASE);
}
