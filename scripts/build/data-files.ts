/**
 * Writes the open data (`data/…`) into the staged site straight from the batch the check computed: the JSON
 * of every unit-year and one zip bundle per unit-year (the JSON and every table CSV), the index, the comparison and status files,
 * and the published PDF of every unit-year that keeps one (`source.pdf`).
 * They are pure data (src/core/data-files.ts), so Astro does not render them. The zip is deterministic (fixed
 * time stamp, entries in a fixed order): the same content gives the same bytes (reproducible-build test).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Catalogue } from '../../src/core/catalogue.ts';
import { folderOf, originalsOf } from '../../src/core/catalogue.ts';
import { paths } from '../../src/core/site-index.ts';
import { originalPdfFile } from '../../src/lib/content-files.ts';
import { batchFiles, bundleEntries, bundlePath, unitYearFiles, type DataFile } from '../../src/core/data-files.ts';
import type { CheckReport } from '../../src/core/report.ts';
import type { Finding } from '../../src/core/rules/index.ts';
import { getCorrections } from '../../src/lib/corrections.ts';

// Local-time fields, so the DOS time stamp in the zip is the same in every time zone.
const ZIP_TIME = new Date(2000, 0, 1);

/** The site's base path as Astro's BASE_URL gives it: leading and trailing `/`. */
export function basePath(base = process.env.GONGKAI_BASE ?? '/'): string {
	return `/${base}/`.replace(/\/+/g, '/');
}

function write(outDir: string, file: DataFile | { path: string; bytes: Uint8Array }): void {
	const target = join(outDir, file.path);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, 'text' in file ? file.text : file.bytes);
}

/** Writes every data file into `outDir` (a unit-year's own ones unless `reused`: an incremental build copies them); returns how many were written. */
export function writeDataFiles(
	outDir: string,
	catalogue: Pick<Catalogue, 'units' | 'disclosures' | 'originals'>,
	report: Pick<CheckReport, 'entries' | 'status'>,
	reused: (folder: string) => boolean = () => false,
): number {
	const findings = new Map<string, Finding[]>(report.entries.map((e) => [e.id, e.findings]));
	const findingsOf = (d: { unit: string; year: number }) => findings.get(folderOf(d)) ?? [];
	const units = new Map(catalogue.units.map((u) => [u.id, u]));
	let count = 0;
	for (const d of catalogue.disclosures) {
		if (reused(folderOf(d))) continue;
		const unit = units.get(d.unit)!;
		const files = unitYearFiles(unit, d, findingsOf(d), getCorrections(d));
		// The table CSVs go into the bundle only: written loose as well, they were 22–35 more files and about
		// 58 KiB per unit-year beside the same bytes in the zip (issue #13).
		write(outDir, files.json);
		const zippable: Zippable = {};
		for (const e of bundleEntries(unit, d, files)) zippable[e.path] = [strToU8(e.text), { mtime: ZIP_TIME }];
		write(outDir, { path: bundlePath(d), bytes: zipSync(zippable, { level: 9, mtime: ZIP_TIME }) });
		count += 2;
	}
	const batch = batchFiles({
		units: catalogue.units,
		disclosures: catalogue.disclosures,
		findingsOf,
		statuses: report.status,
		base: basePath(),
	});
	for (const f of batch) write(outDir, f);
	// The published PDF, byte for byte, beside the source text (paths.sourcePdf).
	const originals = originalsOf(catalogue);
	for (const d of originals) {
		const target = join(outDir, paths.sourcePdf(d.unit, d.year));
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(originalPdfFile(d), target);
	}
	return count + batch.length + originals.length;
}
