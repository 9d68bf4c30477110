/**
 * Parsing and validating content files. Pure: callers pass file names and texts in, so the check CLI,
 * the Astro loader and the tests all run exactly this code on exactly the same input.
 */
import type { z } from 'astro/zod';
import { formatSchemaError, toSchemaErrors, type SchemaError } from './schema/errors.ts';
import { disclosureMetaSchema, type Disclosure } from './schema/disclosure.ts';
import { finalAccountsSchemaOf } from './schema/final-accounts.ts';
import { performanceSchema } from './schema/performance.ts';
import { unitSchema, type Unit } from './schema/unit.ts';
import { rosterSchema, type Roster } from './schema/roster.ts';
import { readYamlSource } from './yaml-source.ts';

export type { SchemaError };
export { formatSchemaError };

/** A content file handed in by the caller. */
export interface SourceFile {
	/** Path relative to the project root, used in every message. */
	path: string;
	text: string;
}

export type Result<T> = { ok: true; data: T; errors: [] } | { ok: false; errors: SchemaError[] };

/** Parses YAML; a syntax error becomes a schema error with line, column and a Chinese hint (yaml-source.ts). */
export function readYaml(file: SourceFile): Result<unknown> {
	return readYamlSource(file);
}

function validateWith<S extends z.ZodType>(schemaOf: S | ((data: unknown) => S), file: SourceFile): Result<z.output<S>> {
	const yaml = readYaml(file);
	if (!yaml.ok) return yaml;
	if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
		return { ok: false, errors: [{ file: file.path, path: '', message: '文件内容应为键值对（YAML 对象）' }] };
	}
	// A template-dependent schema (部门决算 tables) is chosen by what the file declares.
	const schema = 'safeParse' in schemaOf ? schemaOf : schemaOf(yaml.data);
	const parsed = schema.safeParse(yaml.data);
	return parsed.success
		? { ok: true, data: parsed.data, errors: [] }
		: { ok: false, errors: toSchemaErrors(parsed.error, file.path, yaml.data) };
}

/** Validates `content/units/<id>.yaml`; the file name must equal the id. */
export function parseUnit(file: SourceFile): Result<Unit> {
	const result = validateWith(unitSchema, file);
	if (!result.ok) return result;
	const expected = file.path
		.split('/')
		.pop()!
		.replace(/\.ya?ml$/, '');
	if (result.data.id !== expected) {
		return {
			ok: false,
			errors: [
				{ file: file.path, path: 'id', message: `单位标识应与文件名一致，应为 "${expected}"`, found: JSON.stringify(result.data.id) },
			],
		};
	}
	return result;
}

/** The three data files of a unit-year folder; documents are optional, `index` is not. */
export interface DisclosureFiles {
	/** `content/disclosures/<unit>/<year>`: the folder, whose two last segments must match unit and year. */
	dir: string;
	index: SourceFile;
	finalAccounts?: SourceFile;
	performance?: SourceFile;
}

/** Validates one unit-year folder and assembles the entry. */
export function parseDisclosure(files: DisclosureFiles): Result<Disclosure> {
	if (!files.index.text.trim()) {
		return {
			ok: false,
			errors: [{ file: files.index.path, path: '', message: '缺少 index.yaml 或文件为空：每个单位年度文件夹都需要它（单位、年度、来源）' }],
		};
	}
	const meta = validateWith(disclosureMetaSchema, files.index);
	const fa = files.finalAccounts && validateWith(finalAccountsSchemaOf, files.finalAccounts);
	const perf = files.performance && validateWith(performanceSchema, files.performance);
	const errors = [meta, fa, perf].flatMap((r) => (r && !r.ok ? r.errors : []));
	if (!fa && !perf) {
		errors.push({
			file: files.dir,
			path: '',
			message: '缺少 final-accounts.yaml 或 performance.yaml：一个单位年度至少要有部门决算或绩效自评之一',
		});
	}
	if (meta.ok) {
		const [unitDir, yearDir] = files.dir.split('/').slice(-2);
		if (meta.data.unit !== unitDir) {
			errors.push({
				file: files.index.path,
				path: 'unit',
				message: `应与所在文件夹名一致，应为 "${unitDir}"`,
				found: JSON.stringify(meta.data.unit),
			});
		}
		if (String(meta.data.year) !== yearDir) {
			errors.push({
				file: files.index.path,
				path: 'year',
				message: `应与所在文件夹名一致，应为 ${yearDir}`,
				found: String(meta.data.year),
			});
		}
	}
	if (errors.length || !meta.ok) return { ok: false, errors };
	return {
		ok: true,
		data: { ...meta.data, finalAccounts: fa && fa.ok ? fa.data : undefined, performance: perf && perf.ok ? perf.data : undefined },
		errors: [],
	};
}

/** Validates `content/years/<year>.yaml`; the file name must equal the year. */
export function parseRoster(file: SourceFile): Result<Roster> {
	const result = validateWith(rosterSchema, file);
	if (!result.ok) return result;
	const expected = file.path
		.split('/')
		.pop()!
		.replace(/\.ya?ml$/, '');
	if (String(result.data.year) !== expected) {
		return {
			ok: false,
			errors: [{ file: file.path, path: 'year', message: `年度应与文件名一致，应为 ${expected}`, found: String(result.data.year) }],
		};
	}
	const seen = new Set<string>();
	const errors: SchemaError[] = [];
	result.data.units.forEach((u, i) => {
		if (seen.has(u.unit))
			errors.push({ file: file.path, path: `units[${i}].unit`, message: `单位 "${u.unit}" 在名单中重复`, found: JSON.stringify(u.unit) });
		seen.add(u.unit);
		if (u.approvedOn && u.publishedOn && u.publishedOn < u.approvedOn) {
			errors.push({
				file: file.path,
				path: `units[${i}].publishedOn`,
				message: `公开日期 ${u.publishedOn} 早于批复日期 ${u.approvedOn}`,
				found: u.publishedOn,
			});
		}
	});
	return errors.length ? { ok: false, errors } : result;
}
