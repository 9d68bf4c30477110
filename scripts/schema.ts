/**
 * `npm run schema`: writes the JSON Schemas of the content files to `schema/` (committed, so an editor finds them
 * without a build). `-- --check` exits 1 when the committed files differ from what the zod schemas give.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../src/core/json-schema.ts';

/** The folder the schemas live in, beside package.json. */
export const SCHEMA_DIR = resolve(import.meta.dirname, '../schema');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const files = jsonSchemaFiles();
	if (process.argv.includes('--check')) {
		const stale = Object.entries(files).filter(
			([name, text]) => !existsSync(join(SCHEMA_DIR, name)) || readFileSync(join(SCHEMA_DIR, name), 'utf8') !== text,
		);
		if (stale.length) {
			console.error(`schema/ 与数据模型不一致，请运行 npm run schema：${stale.map(([n]) => n).join('、')}`);
			process.exit(1);
		}
		console.log(`schema/ 与数据模型一致（${Object.keys(files).length} 个文件）。`);
	} else {
		mkdirSync(SCHEMA_DIR, { recursive: true });
		for (const [name, text] of Object.entries(files)) writeFileSync(join(SCHEMA_DIR, name), text);
		console.log(`已写入 ${Object.keys(files).length} 个 JSON Schema 到 schema/：${Object.keys(files).join('、')}`);
	}
}
