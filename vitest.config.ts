import { defineConfig } from 'vitest/config';

// Three kinds of tests (STYLE.md): unit (core, no build), integration (reads a built site) and browser
// (real Chromium on that site). The last two share one build made by test/setup/build-site.ts.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: { TZ: 'Asia/Shanghai' } } },
			{
				test: {
					name: 'site',
					include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
					globalSetup: ['test/setup/build-site.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 600_000,
					env: { TZ: 'Asia/Shanghai' },
				},
			},
		],
	},
});
