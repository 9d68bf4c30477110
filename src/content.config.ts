import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { disclosureSchema, rosterSchema, unitSchema } from './core/schema/index.ts';
import { catalogueLoader } from './lib/catalogue-loader.ts';
import { contentRoot } from './lib/content-files.ts';

export const collections = {
	units: defineCollection({ loader: catalogueLoader('units'), schema: unitSchema }),
	disclosures: defineCollection({ loader: catalogueLoader('disclosures'), schema: disclosureSchema }),
	/** Year rosters (`content/years/<year>.yaml`): who is expected to publish, for /status/<year>/. */
	rosters: defineCollection({ loader: catalogueLoader('rosters'), schema: rosterSchema }),
	/** Narratives: `<unit>/<year>/final-accounts` and `<unit>/<year>/performance`. */
	narratives: defineCollection({
		loader: glob({
			pattern: '*/*/{final-accounts,performance}.mdx',
			base: `${contentRoot()}/disclosures`,
			generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
		}),
	}),
};
