/**
 * The whole batch at once: every unit and unit-year validated, cross-references checked (Astro only logs a
 * broken reference; here it is an error), narratives checked for safety. Pure: files come in as text.
 */
import { FINAL_ACCOUNTS_SECTIONS } from './mdx-safety.ts';
import { narrativeRef, readNarrative, type NarrativeRead, type NarrativeReader, type NarrativeRef } from './narrative-read.ts';
import type { Disclosure } from './schema/disclosure.ts';
import type { AuditContext, Finding } from './rules/types.ts';
import type { SchemaError } from './schema/errors.ts';
import type { Unit } from './schema/unit.ts';
import type { Roster } from './schema/roster.ts';
import { unresolvedStatements } from './rules/restatements.ts';
import { parseDisclosure, parseRoster, parseUnit, type DisclosureFiles, type Result, type SourceFile } from './validate.ts';

/** Everything under `content/`, as read by the caller. */
export interface ContentFiles {
	units: SourceFile[];
	disclosures: DisclosureFiles[];
	/** `final-accounts.mdx` / `performance.mdx`, keyed by their folder. */
	narratives: (SourceFile & { dir: string; document: 'final-accounts' | 'performance' })[];
	/** Other files found in a unit-year folder (the source text …), by folder, with their text. */
	extras: { dir: string; name: string; path?: string; text?: string }[];
	/** Unit-year folders holding the published PDF (`source.pdf`, kept by `npm run import`), as `extras` name them. */
	originals?: string[];
	/** `years/<year>.yaml`: the rosters of units expected to publish (optional: a site may have none). */
	years?: SourceFile[];
	/** Files the reader refused (a link, a pipe, not UTF-8…) or did not expect. */
	errors?: SchemaError[];
}

/** The content with only the unit-year folders `keep` accepts: units and rosters stay whole, entries refer to them. */
export function onlyFolders(files: ContentFiles, keep: (dir: string) => boolean): ContentFiles {
	return {
		...files,
		disclosures: files.disclosures.filter((f) => keep(f.dir)),
		narratives: files.narratives.filter((f) => keep(f.dir)),
		extras: files.extras.filter((f) => keep(f.dir)),
	};
}

/**
 * The validated batch. `N` is what it keeps of each narrative: the whole reading (the audit reads it later), or
 * only what the pages need when auditedCatalogue audited each entry as it read it.
 */
export interface Catalogue<N extends NarrativeRef = NarrativeRead> {
	units: Unit[];
	disclosures: Disclosure[];
	errors: SchemaError[];
	/** Narratives by entry folder (`<unit>/<year>`), read once: for the narrative audit and the pages. */
	narratives?: Record<string, { finalAccounts?: N; performance?: N }>;
	/** Year rosters, by year. */
	rosters?: Roster[];
	/** Problems that do not stop publishing but the bureau should see (an entry missing from its year's roster). */
	warnings?: SchemaError[];
	/** Source texts by entry folder, for the 录入核对 rule. */
	sources?: Record<string, string>;
	/** Entry folders (`<unit>/<year>`) whose published PDF is kept beside the text: the site publishes it. */
	originals?: string[];
}

/**
 * A catalogue whose entries were audited as they were read: it holds their findings and, of each narrative, only
 * what the pages need; neither the narratives' reading nor the source texts outlive their entry's audit.
 */
export interface AuditedCatalogue extends Catalogue<NarrativeRef> {
	/** The audit's findings by entry folder. */
	findings: Record<string, Finding[]>;
	sources?: never;
}

/** Parses and validates one unit-year folder (parseDisclosure, or a cache of its results by the folder's files). */
export type DisclosureParser = (files: DisclosureFiles) => Result<Disclosure>;

/** Audits one entry with its context (audit, or a cache of its findings by the entry's files). */
export type Auditor = (d: Disclosure, context: AuditContext) => Finding[];

/**
 * Validates every file and every reference between them; `read` reads each narrative once and `parse` each
 * unit-year folder once (a cache may wrap either). What reads other entries (references, rosters) runs here on
 * the whole batch, every time. The audit runs later, on the whole catalogue (buildReport).
 */
export function buildCatalogue(
	files: ContentFiles,
	read: NarrativeReader = readNarrative,
	parse: DisclosureParser = parseDisclosure,
): Catalogue {
	return catalogueOf(files, read, parse) as Catalogue;
}

/**
 * buildCatalogue, auditing each entry (with `audit`, or a cache of it) as soon as it and its narratives are read,
 * so a batch of tens of thousands of unit-years never holds every narrative's reading and every source text at
 * once: what stays is the entries, their findings and what the pages need of each narrative (issue #13). With
 * files that read their text when asked (readContentFiles' `lazy`), no file's text outlives its folder either.
 */
export function auditedCatalogue(
	files: ContentFiles,
	options: { read?: NarrativeReader; parse?: DisclosureParser; audit: Auditor },
): AuditedCatalogue {
	return catalogueOf(files, options.read ?? readNarrative, options.parse ?? parseDisclosure, options.audit) as AuditedCatalogue;
}

type NarrativeFile = ContentFiles['narratives'][number];

/** Without `audit` a Catalogue, with it an AuditedCatalogue. */
function catalogueOf(files: ContentFiles, read: NarrativeReader, parse: DisclosureParser, audit?: Auditor): Catalogue | AuditedCatalogue {
	const errors: SchemaError[] = [...(files.errors ?? [])];
	const units: Unit[] = [];
	for (const file of files.units) {
		const r = parseUnit(file);
		if (r.ok) units.push(r.data);
		else errors.push(...r.errors);
	}
	const unitIds = new Set(units.map((u) => u.id));
	const unitFiles = new Set(
		files.units.map((f) =>
			f.path
				.split('/')
				.pop()!
				.replace(/\.ya?ml$/, ''),
		),
	);
	const disclosures: Disclosure[] = [];
	// Whole-batch lookups are maps built once: the batch grows to thousands of unit-years.
	const extrasByDir = groupBy(files.extras, (e) => e.dir);
	const narrativesByDir = groupBy(files.narratives, (n) => n.dir);
	const folderDirs = new Set(files.disclosures.map((f) => f.dir));
	// Narrative errors are reported in the narratives' order, wherever they were read.
	const narrativeErrors = new Map<NarrativeFile, SchemaError[]>();
	const narratives: NonNullable<Catalogue['narratives']> = {};
	const pageNarratives: Record<string, { finalAccounts?: NarrativeRef; performance?: NarrativeRef }> = {};
	const sources: Record<string, string> = {};
	const findings: Record<string, Finding[]> = {};
	const unitOf = new Map(units.map((u) => [u.id, u]));

	/** Reads one narrative of `folder` (its entry `d`, if valid); a narrative that does not parse or is unsafe is reported once, here, and never handed to the audit. */
	const readOne = (n: NarrativeFile, d: Disclosure | undefined) => {
		const sectionIds = n.document === 'final-accounts' ? FINAL_ACCOUNTS_SECTIONS : (d?.performance?.evaluations.map((e) => e.id) ?? []);
		const { errors: found, read: narrative } = read(n.text, n.path, { sectionIds, figures: n.document === 'final-accounts' });
		const list = [...found];
		if (!folderDirs.has(n.dir)) {
			list.push({ file: n.path, path: '', message: '所在文件夹没有 index.yaml，正文无处归属' });
		} else if (d && n.document === 'final-accounts' && !d.finalAccounts) {
			list.push({ file: n.path, path: '', message: '有部门决算正文，但缺少 final-accounts.yaml' });
		} else if (d && n.document === 'performance' && !d.performance) {
			list.push({ file: n.path, path: '', message: '有绩效自评正文，但缺少 performance.yaml' });
		}
		narrativeErrors.set(n, list);
		return narrative;
	};
	/** Reads the narratives of a folder; keeps them whole, or (audited) only what the pages need. */
	const readFolder = (dir: string, d: Disclosure | undefined) => {
		const folder = dir.split('/').slice(-2).join('/');
		const read: { finalAccounts?: NarrativeRead; performance?: NarrativeRead } = {};
		for (const n of narrativesByDir.get(dir) ?? []) {
			const narrative = readOne(n, d);
			if (narrative) read[n.document === 'final-accounts' ? 'finalAccounts' : 'performance'] = narrative;
		}
		if (!Object.keys(read).length) return undefined;
		if (audit) {
			const refs = pageNarratives[folder] ?? {};
			if (read.finalAccounts) refs.finalAccounts = narrativeRef(read.finalAccounts);
			if (read.performance) refs.performance = narrativeRef(read.performance);
			pageNarratives[folder] = refs;
		} else narratives[folder] = { ...narratives[folder], ...read };
		return read;
	};

	for (const folder of files.disclosures) {
		const r = parse(folder);
		if (!r.ok) {
			errors.push(...r.errors);
			continue;
		}
		const d = r.data;
		const extras = extrasByDir.get(folder.dir) ?? [];
		const refErrors = checkReferences(d, folder, unitIds, unitFiles, extras);
		errors.push(...refErrors);
		if (refErrors.length) continue;
		disclosures.push(d);
		const read = readFolder(folder.dir, d);
		// The file is read here, once: a lazy file list reads it from disk when asked.
		const source = extras.find((e) => e.name === d.source.file)?.text;
		if (audit) findings[folderOf(d)] = audit(d, { unit: unitOf.get(d.unit), narratives: read, source });
		else if (source !== undefined) sources[folderOf(d)] = source;
	}
	// Narratives of a folder without a valid entry: read all the same, for their own errors.
	const done = new Set(disclosures.map(folderOf));
	for (const [dir] of narrativesByDir) if (!done.has(dir.split('/').slice(-2).join('/'))) readFolder(dir, undefined);
	for (const n of files.narratives) errors.push(...(narrativeErrors.get(n) ?? []));

	units.sort((a, b) => a.id.localeCompare(b.id));
	disclosures.sort((a, b) => b.year - a.year || a.unit.localeCompare(b.unit));
	const { rosters, warnings } = checkRosters(files.years ?? [], unitIds, files.disclosures, disclosures, errors);
	const withPdf = new Set((files.originals ?? []).map((dir) => dir.split('/').slice(-2).join('/')));
	const originals = disclosures.map(folderOf).filter((f) => withPdf.has(f));
	return audit
		? ({ units, disclosures, errors, narratives: pageNarratives, findings, rosters, warnings, originals } satisfies AuditedCatalogue)
		: { units, disclosures, errors, narratives, sources, rosters, warnings, originals };
}

/** Rosters: a unit on a roster must exist (error); an entry of a roster's year not on it is a warning. */
function checkRosters(
	files: SourceFile[],
	unitIds: Set<string>,
	folders: DisclosureFiles[],
	disclosures: Disclosure[],
	errors: SchemaError[],
) {
	const rosters: Roster[] = [];
	const warnings: SchemaError[] = [];
	const indexOf = new Map(folders.map((f) => [f.dir.split('/').slice(-2).join('/'), f.index.path]));
	for (const file of files) {
		const r = parseRoster(file);
		if (!r.ok) {
			errors.push(...r.errors);
			continue;
		}
		r.data.units.forEach((u, i) => {
			if (!unitIds.has(u.unit)) {
				errors.push({
					file: file.path,
					path: `units[${i}].unit`,
					message: `未知的单位标识 "${u.unit}"：content/units/ 中没有 ${u.unit}.yaml`,
					found: JSON.stringify(u.unit),
				});
			}
		});
		rosters.push(r.data);
		const listed = new Set(r.data.units.map((u) => u.unit));
		for (const d of disclosures.filter((x) => x.year === r.data.year && !listed.has(x.unit))) {
			const index = indexOf.get(folderOf(d)) ?? folderOf(d);
			warnings.push({
				file: index,
				path: 'unit',
				message: `单位 "${d.unit}" 不在 ${file.path} 的公开名单中：请把它加入名单，或确认这份材料不属于本年度`,
				found: JSON.stringify(d.unit),
			});
		}
	}
	rosters.sort((a, b) => b.year - a.year);
	return { rosters, warnings };
}

/** What the audit needs besides the entry: its unit (单位性质) and its narratives, from the catalogue. */
export function auditContextOf(
	catalogue: Pick<Catalogue, 'units' | 'narratives' | 'sources'>,
	d: Pick<Disclosure, 'unit' | 'year'>,
): AuditContext {
	return {
		unit: unitsById(catalogue.units).get(d.unit),
		narratives: catalogue.narratives?.[folderOf(d)],
		source: catalogue.sources?.[folderOf(d)],
	};
}

const unitMaps = new WeakMap<readonly Unit[], Map<string, Unit>>();
/** Units by id, built once per unit list (auditContextOf runs once per entry). */
function unitsById(units: readonly Unit[]): Map<string, Unit> {
	let map = unitMaps.get(units);
	if (!map) unitMaps.set(units, (map = new Map(units.map((u) => [u.id, u]))));
	return map;
}

/** `<unit>/<year>`: the entry's folder and its id everywhere (collections, open data). */
export const folderOf = (d: Pick<Disclosure, 'unit' | 'year'>): string => `${d.unit}/${d.year}`;

function checkReferences(
	d: Disclosure,
	folder: DisclosureFiles,
	unitIds: Set<string>,
	unitFiles: Set<string>,
	extras: ContentFiles['extras'],
): SchemaError[] {
	const errors: SchemaError[] = [];
	const index = folder.index.path;
	if (!unitIds.has(d.unit)) {
		errors.push({
			file: index,
			path: 'unit',
			message: unitFiles.has(d.unit)
				? `单位 "${d.unit}" 的文件 content/units/${d.unit}.yaml 本身有错误，请先修正它`
				: `未知的单位标识 "${d.unit}"：content/units/ 中没有 ${d.unit}.yaml`,
			found: JSON.stringify(d.unit),
		});
	}
	if (!extras.some((e) => e.name === d.source.file)) {
		errors.push({
			file: index,
			path: 'source.file',
			message: `原文文件 ${d.source.file} 不在 ${folder.dir}/ 中`,
			found: JSON.stringify(d.source.file),
		});
	}
	for (const e of extras) {
		if (e.name !== d.source.file) {
			errors.push({
				file: e.path ?? `${e.dir}/${e.name}`,
				path: '',
				message: `未知文件：单位年度文件夹中只能有 index.yaml、final-accounts.yaml、performance.yaml、final-accounts.mdx、performance.mdx 和原文 ${d.source.file}（请检查文件名拼写）`,
			});
		}
	}
	for (const u of unresolvedStatements(d)) {
		const what =
			u.found === undefined
				? '数据中没有这个位置'
				: `这个位置不是一个数或名称（是${Array.isArray(u.found) ? '列表' : typeof u.found === 'object' && u.found ? '一组字段' : '空值'}）`;
		errors.push({
			file: index,
			path: u.at,
			message: `“印了两次的数”的出处 ${u.path}：${what}，请检查路径拼写`,
			found: JSON.stringify(u.path),
		});
	}
	const evaluationIds = d.performance?.evaluations.map((e) => e.id) ?? [];
	const seen = new Set<string>();
	evaluationIds.forEach((id, i) => {
		if (seen.has(id)) errors.push({ file: folder.performance!.path, path: `evaluations[${i}].id`, message: `评价标识 "${id}" 重复` });
		seen.add(id);
	});
	d.finalAccounts?.attachments.forEach((a, i) => {
		if (a.evaluation && !seen.has(a.evaluation)) {
			errors.push({
				file: folder.finalAccounts!.path,
				path: `attachments[${i}].evaluation`,
				message: `未知的绩效自评标识 "${a.evaluation}"：performance.yaml 中没有这个 id`,
				found: JSON.stringify(a.evaluation),
			});
		}
	});
	return errors;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
}

/** The unit-years whose entry folder keeps the published PDF (catalogue.originals), in catalogue order. */
export function originalsOf<D extends { unit: string; year: number }>(catalogue: {
	disclosures: readonly D[];
	originals?: readonly string[];
}): D[] {
	const withPdf = new Set(catalogue.originals ?? []);
	return catalogue.disclosures.filter((d) => withPdf.has(`${d.unit}/${d.year}`));
}
