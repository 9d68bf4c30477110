/**
 * `SHA256SUMS`: one line per file of the built site, in the format `sha256sum -c` reads (`<hex>  <path>`),
 * sorted by path, so anyone can check a deployed copy against the build (see scripts/verify.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'SHA256SUMS';

/** Every file below `dir` (relative, `/`-separated), sorted by code point, the manifest itself left out. */
export function siteFiles(dir: string): string[] {
	const out: string[] = [];
	// One list filled in place: spreading a subtree's list into push() overflows the stack at 5,000 unit-years
	// (data/ alone holds over 100,000 files).
	const visit = (prefix: string) => {
		for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
			const rel = prefix ? `${prefix}/${e.name}` : e.name;
			if (e.isDirectory()) visit(rel);
			else if (rel !== MANIFEST) out.push(rel);
		}
	};
	visit('');
	return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** The manifest text of a folder. */
export function manifestOf(dir: string): string {
	return siteFiles(dir)
		.map((path) => {
			// sha256sum escapes these with a leading backslash; our URLs never contain them, so refuse rather than mis-list.
			if (/[\\\n\r]/.test(path)) throw new Error(`文件名含反斜杠或换行，无法写入 ${MANIFEST}：${JSON.stringify(path)}`);
			return `${sha256(readFileSync(join(dir, path)))}  ${path}\n`;
		})
		.join('');
}

/** Writes `<dir>/SHA256SUMS`; returns how many files it lists. */
export function writeManifest(dir: string): number {
	const text = manifestOf(dir);
	writeFileSync(join(dir, MANIFEST), text);
	return text ? text.split('\n').length - 1 : 0;
}

/** Parses a manifest into path → hash; malformed lines are returned as errors. */
export function parseManifest(text: string): { entries: Map<string, string>; errors: string[] } {
	const entries = new Map<string, string>();
	const errors: string[] = [];
	text.split('\n').forEach((line, i) => {
		if (!line) return;
		const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
		if (m) entries.set(m[2], m[1]);
		else errors.push(`第 ${i + 1} 行格式不对：${line.slice(0, 80)}`);
	});
	return { entries, errors };
}
