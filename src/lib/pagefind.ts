/**
 * Astro integration: indexes the built site with Pagefind's Node API once the build is done, and fails the
 * build on any Pagefind error (a site without its search index is not a complete site).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'gongkai-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('；')}`);
					const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
					if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
					logger.info(`已为 ${added.page_count} 个页面建立全文检索索引`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
