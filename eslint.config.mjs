// One linter for the whole repository (issue #10 item 7). Formatting is Prettier's job (.prettierrc.mjs), so no
// stylistic rules here. Type-aware rules are left out: they would re-run the TypeScript program that
// `npm run typecheck` already checks, doubling CI time on a 2-core machine for little gain.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** What src/core may not import: it stays pure (DESIGN §3, STYLE.md), so it runs in tests, CLI and build alike. */
const CORE_IMPORTS = {
	patterns: [
		{ group: ['astro:*', 'virtual:*'], message: 'core 保持纯净：需要 Astro 的代码放在 src/lib/。' },
		{ group: ['chart.js', 'chart.js/*'], message: '图表库只在 src/lib/chartjs.ts 中使用；core 只产出 FigureSpec 数据。' },
		{
			group: [
				'fs',
				'fs/*',
				'node:fs',
				'node:fs/*',
				'child_process',
				'node:child_process',
				'http',
				'node:http',
				'https',
				'node:https',
				'net',
				'node:net',
			],
			message: 'core 不做文件、进程或网络 I/O：由 scripts/ 或 src/lib/ 读取后把数据传进来。',
		},
		{
			group: ['**/lib/*', '**/components/*', '**/pages/*', '**/layouts/*', '**/scripts/*', '**/i18n/*', '~/*'],
			message: 'core 只引用 core 内部文件：适配层、组件和页面依赖 core，而不是反过来。',
		},
	],
};

/** Browser and Node globals that would tie core to one runtime. */
const CORE_GLOBALS = [
	...['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch', 'HTMLElement'].map((name) => ({
		name,
		message: 'core 不接触 DOM 或浏览器：浏览器代码放在 src/scripts/。',
	})),
	...['process', 'Buffer', 'require', '__dirname', '__filename'].map((name) => ({
		name,
		message: 'core 不依赖 Node 运行时：由调用方把参数或数据传进来。',
	})),
];

export default defineConfig(
	{ ignores: ['dist/', '.build/', '.astro/', '.cache/', 'node_modules/', 'schema/', 'dist.staging-*/', 'test-results/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// A leading underscore marks a parameter kept for its position (callbacks, Astro props).
			// Matching control characters is the point where we use it: to strip them from URLs (safe-url.ts), file
			// names (csv.ts), XML (feed.ts) and names a reader could be misled by (schema/primitives.ts).
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	{
		// Code that runs in the reader's browser.
		files: ['src/scripts/**/*.ts', 'src/lib/chartjs.ts'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', CORE_IMPORTS],
			'no-restricted-globals': ['error', ...CORE_GLOBALS],
		},
	},
);
