/**
 * Astro content loader for units and unit-years. It runs the same validation as `npm run check`
 * (core/catalogue.ts) and throws on any schema or reference error, so the build stops instead of
 * publishing a site with a broken entry (Astro's own reference() only logs).
 */
import type { Loader } from 'astro/loaders';
import { buildCatalogue, folderOf, type Catalogue } from '../core/catalogue.ts';
import { formatSchemaError } from '../core/schema/errors.ts';
import { contentRoot, readContentFiles } from './content-files.ts';

let cached: { root: string; catalogue: Catalogue } | undefined;

function catalogue(): Catalogue {
	const root = contentRoot();
	if (cached?.root !== root) cached = { root, catalogue: buildCatalogue(readContentFiles(root)) };
	if (cached.catalogue.errors.length) {
		const { errors } = cached.catalogue;
		cached = undefined;
		throw new Error(`内容有 ${errors.length} 处数据错误，站点未生成：\n${errors.map(formatSchemaError).join('\n')}`);
	}
	return cached.catalogue;
}

export function catalogueLoader(kind: 'units' | 'disclosures' | 'rosters'): Loader {
	return {
		name: `gongkai-${kind}`,
		load: async ({ store, parseData }) => {
			const c = catalogue();
			store.clear();
			const items =
				kind === 'units'
					? c.units.map((u) => ({ id: u.id, data: u }))
					: kind === 'rosters'
						? (c.rosters ?? []).map((r) => ({ id: String(r.year), data: r }))
						: c.disclosures.map((d) => ({ id: folderOf(d), data: d }));
			for (const { id, data } of items) {
				store.set({ id, data: await parseData({ id, data: data as unknown as Record<string, unknown> }) });
			}
		},
	};
}
