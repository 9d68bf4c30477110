/**
 * src/core stays pure (DESIGN §3): the line is held by ESLint rules in eslint.config.mjs, run by `npm run lint`.
 * These tests run that config through ESLint's Node API, so the rules cannot be dropped or narrowed silently:
 * each forbidden kind of code, placed in src/core, must be reported, and the same code outside core must not.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-globals']);
const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId) });

/** Boundary findings for `code` as if it were the file at `path` (relative to the repository). */
async function boundaryFindings(code: string, path: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
	return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

// One case per kind of code core must not hold; each names what it breaks.
const VIOLATIONS: [string, string, RegExp][] = [
	['astro:* module', `import { getCollection } from 'astro:content';\nexport const all = getCollection;`, /Astro/],
	['virtual: module', `import config from 'virtual:gongkai/config';\nexport { config };`, /Astro/],
	['chart.js', `import { Chart } from 'chart.js/auto';\nexport { Chart };`, /图表库/],
	['file system', `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;`, /I\/O/],
	['child process', `import { execFile } from 'child_process';\nexport { execFile };`, /I\/O/],
	['adapter layer', `import { getDisclosures } from '../lib/data.ts';\nexport { getDisclosures };`, /只引用 core 内部/],
	['component', `import Table from '../../components/Table.astro';\nexport { Table };`, /只引用 core 内部/],
	['DOM document', `export const title = () => document.title;`, /DOM/],
	['DOM window', `export const width = () => window.innerWidth;`, /DOM/],
	['browser storage', `export const size = () => localStorage.length;`, /DOM/],
	['Node process', `export const args = () => process.argv;`, /Node/],
];

describe('src/core boundary is an ESLint rule', () => {
	// Loading the config, the TypeScript parser and the Astro plugin takes seconds on a busy machine: do it once.
	beforeAll(() => boundaryFindings('', 'src/core/warm-up.ts'), 120_000);

	test.each(VIOLATIONS)('%s in src/core is reported', async (_, code, why) => {
		const found = await boundaryFindings(code, 'src/core/boundary-fixture.ts');
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(why);
	});

	test.each(VIOLATIONS)('%s outside src/core is allowed', async (_, code) => {
		expect(await boundaryFindings(code, 'src/lib/boundary-fixture.ts')).toEqual([]);
	});

	test('core code that imports core and pure packages passes', async () => {
		const code = `import { z } from 'astro/zod';\nimport { toHundredths } from '../money.ts';\nexport const s = z.number().transform(toHundredths);`;
		expect(await boundaryFindings(code, 'src/core/schema/boundary-fixture.ts')).toEqual([]);
	});

	test('every file in src/core keeps the boundary today', async () => {
		const results = await eslint.lintFiles(['src/core/**/*.ts']);
		expect(results.length).toBeGreaterThan(50);
		const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line} ${m.ruleId}: ${m.message}`));
		expect(found).toEqual([]);
	}, 120_000);
});
