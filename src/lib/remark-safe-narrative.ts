/**
 * Remark plugin for @astrojs/mdx: fails the build on an unsafe narrative (import, export, expression,
 * raw HTML, unknown component), with the same messages as `npm run check` (core/mdx-safety.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkMdxTree, FINAL_ACCOUNTS_SECTIONS } from '../core/mdx-safety.ts';
import { formatSchemaError } from '../core/schema/errors.ts';
import { readYaml } from '../core/validate.ts';

/** Evaluation ids of the unit-year, read from the performance.yaml beside the narrative. */
function evaluationIds(dir: string): string[] {
	const path = join(dir, 'performance.yaml');
	if (!existsSync(path)) return [];
	const yaml = readYaml({ path, text: readFileSync(path, 'utf8') });
	const evaluations = yaml.ok ? (yaml.data as { evaluations?: { id?: unknown }[] })?.evaluations : undefined;
	return (evaluations ?? []).map((e) => String(e?.id));
}

export function remarkSafeNarrative() {
	return (tree: Root, file: VFile) => {
		const path = file.path ?? '';
		const name = path.split(/[\\/]/).pop();
		if (name !== 'final-accounts.mdx' && name !== 'performance.mdx') return;
		const sectionIds = name === 'final-accounts.mdx' ? FINAL_ACCOUNTS_SECTIONS : evaluationIds(dirname(path));
		const errors = checkMdxTree(tree, relative(process.cwd(), path), { sectionIds });
		if (errors.length) throw new Error(`正文不安全，已停止构建：\n${errors.map(formatSchemaError).join('\n')}`);
	};
}
