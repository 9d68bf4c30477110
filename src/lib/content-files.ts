/**
 * Reads `content/` from disk into the plain file lists core validates. Node only (fs), no Astro: shared by
 * the content loader (src/content.config.ts) and the check CLI, so both see exactly the same files.
 *
 * Content comes from many hands, so the reader trusts nothing about the tree: it reads regular files only
 * (a symlink could point at /proc/self/environ, a named pipe would block forever), decodes strictly as UTF-8,
 * and names every file it does not expect. Each problem is a SchemaError, never an exception.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentFiles } from '../core/catalogue.ts';

/** The content folder: `GONGKAI_CONTENT_DIR` if set (bench, tests), else `content/` in the project. */
export function contentRoot(projectRoot = process.cwd()): string {
	return resolve(projectRoot, process.env.GONGKAI_CONTENT_DIR ?? 'content');
}

/** No real content file comes near this; a bigger one is a mistake (or an attack on memory). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The files a unit-year folder holds besides its source text (named by `source.file` in index.yaml). */
export const UNIT_YEAR_FILES = ['index.yaml', 'final-accounts.yaml', 'performance.yaml', 'final-accounts.mdx', 'performance.mdx'] as const;

/** The published PDF, kept beside its text by `npm run import`: binary, so it is checked but never decoded. */
export const ORIGINAL_PDF = 'source.pdf';

/** Where a unit-year's published PDF is kept in the content folder (the catalogue's `originals` says whether it is). */
export const originalPdfFile = (d: { unit: string; year: number }, root = contentRoot()) =>
	join(root, 'disclosures', d.unit, String(d.year), ORIGINAL_PDF);

/** Size in bytes of a unit-year's kept PDF, or undefined when it keeps none (a link or folder is no PDF: the reader refuses it). */
export function originalPdfSize(d: { unit: string; year: number }): number | undefined {
	try {
		const s = lstatSync(originalPdfFile(d));
		return s.isFile() ? s.size : undefined;
	} catch {
		return undefined;
	}
}

/** What `npm run import` leaves beside a draft for the clerk (report, figure provenance): known, never published. */
export const IMPORT_FILES = ['import-report.txt', 'import-report.json', 'import-provenance.json'] as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line (1-based) of the first byte sequence that is not UTF-8: a newline byte never occurs inside a UTF-8 character. */
function firstBadLine(bytes: Uint8Array): number {
	let start = 0;
	for (let line = 1; ; line++) {
		const end = bytes.indexOf(0x0a, start);
		try {
			utf8.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
		} catch {
			return line;
		}
		if (end < 0) return 0;
		start = end + 1;
	}
}

function kindOf(s: Stats): string {
	if (s.isSymbolicLink()) return '符号链接（快捷方式）';
	if (s.isFIFO()) return '命名管道';
	if (s.isSocket()) return '套接字';
	if (s.isCharacterDevice() || s.isBlockDevice()) return '设备文件';
	if (s.isDirectory()) return '文件夹';
	return '特殊文件';
}

/**
 * Lists and reads every content file; paths in messages are relative to `projectRoot`. Every file is read and
 * checked here; with `lazy` a unit-year folder's files keep no text: `text` reads the file again each time it
 * is asked for (the check reads a folder's files, audits the entry and moves on, so at province scale the batch's
 * texts are never in memory together). A file changed into something unreadable in between throws, naming it.
 */
export function readContentFiles(root = contentRoot(), projectRoot = process.cwd(), options: { lazy?: boolean } = {}): ContentFiles {
	const rel = (p: string) => {
		const r = relative(projectRoot, p).split('\\').join('/');
		return r && !r.startsWith('..') ? r : p;
	};
	const files: ContentFiles = { units: [], disclosures: [], narratives: [], extras: [], years: [], errors: [], originals: [] };
	const fail = (p: string, message: string) => files.errors!.push({ file: rel(p), path: '', message });
	const lazy = options.lazy === true;

	/** lstat without following links; undefined (and an error) when even that fails. */
	const look = (p: string): Stats | undefined => {
		try {
			return lstatSync(p);
		} catch (error) {
			fail(p, `无法读取：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
			return undefined;
		}
	};
	/** Entries of a folder, hidden files (.DS_Store, .git…) left out: they are never published. */
	const list = (dir: string): string[] => {
		try {
			return readdirSync(dir)
				.filter((n) => !n.startsWith('.'))
				.sort();
		} catch (error) {
			fail(dir, `无法读取文件夹：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
			return [];
		}
	};
	const isDir = (p: string, what: string): boolean => {
		const s = look(p);
		if (!s) return false;
		if (s.isDirectory()) return true;
		fail(
			p,
			s.isFile()
				? `这里应是${what}文件夹，却是一个文件；请删除或移走它`
				: `这里应是${what}文件夹，却是${kindOf(s)}：内容只能是普通文件夹和文件`,
		);
		return false;
	};
	/** The text of a regular file as strict UTF-8, or why it cannot be used. */
	const load = (p: string): { text: string } | { error: string } => {
		let s: Stats;
		try {
			s = lstatSync(p);
		} catch (error) {
			return { error: `无法读取：${(error as NodeJS.ErrnoException).code ?? String(error)}` };
		}
		if (!s.isFile()) return { error: `不是普通文件，而是${kindOf(s)}：内容只能是普通文件（不能链接到别处）` };
		if (s.size > MAX_FILE_BYTES)
			return { error: `文件过大（${(s.size / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB）` };
		let bytes: Buffer;
		try {
			bytes = readFileSync(p);
		} catch (error) {
			return { error: `无法读取：${(error as NodeJS.ErrnoException).code ?? String(error)}（请检查文件权限）` };
		}
		try {
			return { text: utf8.decode(bytes) };
		} catch {
			const line = firstBadLine(bytes);
			return {
				error: `不是 UTF-8 编码${line ? `（第 ${line} 行起）` : ''}：常见于以 GBK/GB18030 保存的文件，请用编辑器“另存为 UTF-8”后再试`,
			};
		}
	};
	/**
	 * Reads a regular file as strict UTF-8 (with `fields` beside its path and text); anything else is an error
	 * naming the file. A lazy file's `text` reads it again, with the same checks, each time it is asked for.
	 */
	const read = <F extends object>(p: string, fields: F = {} as F, lazy = false): (F & { path: string; text: string }) | undefined => {
		const first = load(p);
		if ('error' in first) return void fail(p, first.error);
		const path = rel(p);
		if (!lazy) return { ...fields, path, text: first.text };
		return Object.defineProperty({ ...fields, path }, 'text', {
			enumerable: true,
			get() {
				const again = load(p);
				if ('error' in again) throw new Error(`${path}：检查过程中文件被改动，${again.error}；请重新运行`);
				return again.text;
			},
		}) as F & { path: string; text: string };
	};

	const rootStat = existsSync(root) ? statSync(root) : undefined;
	if (!rootStat?.isDirectory()) {
		fail(root, rootStat ? '内容目录不是文件夹' : '内容目录不存在：请检查 GONGKAI_CONTENT_DIR 或在项目中建立 content/');
		return files;
	}
	const top = list(root);
	if (!top.includes('units') && !top.includes('disclosures')) {
		fail(root, '内容目录为空：没有 units/ 和 disclosures/，不会生成空站点');
		return files;
	}

	const yearsDir = join(root, 'years');
	for (const name of top.includes('years') && isDir(yearsDir, '公开名单') ? list(yearsDir) : []) {
		const path = join(yearsDir, name);
		if (!/^\d{4}\.ya?ml$/.test(name)) {
			fail(path, '未知文件：years/ 中只能放 <年度>.yaml（该年度的公开名单）');
			continue;
		}
		const file = read(path);
		if (file) files.years!.push(file);
	}

	const unitsDir = join(root, 'units');
	const unitIds = new Map<string, string>();
	for (const name of top.includes('units') && isDir(unitsDir, '单位') ? list(unitsDir) : []) {
		const path = join(unitsDir, name);
		const m = /^(.*)\.ya?ml$/.exec(name);
		if (!m) {
			fail(path, '未知文件：units/ 中只能放 <单位标识>.yaml');
			continue;
		}
		if (unitIds.has(m[1])) {
			fail(path, `与 ${unitIds.get(m[1])} 是同一个单位标识 "${m[1]}" 的两个文件：只保留一个（.yaml）`);
			continue;
		}
		unitIds.set(m[1], name);
		const file = read(path);
		if (file) files.units.push(file);
	}

	const disclosuresDir = join(root, 'disclosures');
	for (const unit of top.includes('disclosures') && isDir(disclosuresDir, '公开材料') ? list(disclosuresDir) : []) {
		if (!isDir(join(disclosuresDir, unit), '单位')) continue;
		for (const year of list(join(disclosuresDir, unit))) {
			const dir = join(disclosuresDir, unit, year);
			if (!isDir(dir, '年度')) continue;
			readUnitYear(dir);
		}
	}
	if (!files.units.length && !files.disclosures.length && !files.errors!.length)
		fail(root, '内容目录中没有任何单位或单位年度，不会生成空站点');
	return files;

	function readUnitYear(dir: string): void {
		const names = list(dir);
		const has = (n: string) => names.includes(n);
		const index = has('index.yaml') ? read(join(dir, 'index.yaml'), {}, lazy) : undefined;
		if (!index) {
			// A missing index.yaml is reported by core; an unreadable one already has its error.
			if (!has('index.yaml')) files.disclosures.push({ dir: rel(dir), index: { path: rel(join(dir, 'index.yaml')), text: '' } });
			return;
		}
		const finalAccounts = has('final-accounts.yaml') ? read(join(dir, 'final-accounts.yaml'), {}, lazy) : undefined;
		const performance = has('performance.yaml') ? read(join(dir, 'performance.yaml'), {}, lazy) : undefined;
		files.disclosures.push({ dir: rel(dir), index, ...(finalAccounts ? { finalAccounts } : {}), ...(performance ? { performance } : {}) });
		for (const name of names) {
			const m = /^(final-accounts|performance)\.mdx$/.exec(name);
			if (m) {
				const file = read(join(dir, name), { dir: rel(dir), document: m[1] as 'final-accounts' | 'performance' }, lazy);
				if (file) files.narratives.push(file);
			} else if ((IMPORT_FILES as readonly string[]).includes(name)) {
				const s = look(join(dir, name));
				if (s && !s.isFile()) fail(join(dir, name), `不是普通文件，而是${kindOf(s)}：内容只能是普通文件（不能链接到别处）`);
			} else if (name === ORIGINAL_PDF) {
				const s = look(join(dir, name));
				if (s && !s.isFile()) fail(join(dir, name), `不是普通文件，而是${kindOf(s)}：内容只能是普通文件（不能链接到别处）`);
				else if (s) files.originals!.push(rel(dir));
			} else if (!(UNIT_YEAR_FILES as readonly string[]).includes(name)) {
				// Anything else may be the source text named in index.yaml; core names the ones that are not.
				const file = read(join(dir, name), { dir: rel(dir), name }, lazy);
				if (file) files.extras.push(file);
			}
		}
	}
}
