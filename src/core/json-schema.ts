/**
 * JSON Schemas of the content files, generated from the zod schemas (the one description), so an editor with the
 * YAML language server completes field names, shows each field's Chinese `.describe()` text and flags a table
 * row of the wrong length. `npm run schema` writes them to `schema/`; scaffolded files point at them.
 */
import { z } from 'astro/zod';
import { disclosureMetaSchema } from './schema/disclosure.ts';
import { finalAccountsSchema, finalAccountsSchemaFor } from './schema/final-accounts.ts';
import { performanceSchema } from './schema/performance.ts';
import { unitSchema } from './schema/unit.ts';
import { TEMPLATES } from './templates/index.ts';

/** File name in `schema/` of the final-accounts schema for a template (the generic one without). */
export const finalAccountsSchemaFile = (templateId?: string) =>
	templateId ? `final-accounts.${templateId}.schema.json` : 'final-accounts.schema.json';

/** File names of the other content files' schemas. */
export const SCHEMA_FILES = { unit: 'unit.schema.json', index: 'index.schema.json', performance: 'performance.schema.json' } as const;

// Input side: what the clerk types (defaults optional); draft-07 is what the YAML language server reads best.
const toJson = (schema: z.ZodType, title: string) => ({
	...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
	title,
});

/** Every schema file, by file name, as the JSON text `npm run schema` writes. */
export function jsonSchemaFiles(): Record<string, string> {
	const files: Record<string, object> = {
		[SCHEMA_FILES.unit]: toJson(unitSchema, '单位（content/units/<单位标识>.yaml）'),
		[SCHEMA_FILES.index]: toJson(disclosureMetaSchema, '单位年度（index.yaml）'),
		[SCHEMA_FILES.performance]: toJson(performanceSchema, '绩效自评（performance.yaml）'),
		[finalAccountsSchemaFile()]: toJson(finalAccountsSchema, '部门决算（final-accounts.yaml）'),
		...Object.fromEntries(
			TEMPLATES.map((t) => [
				finalAccountsSchemaFile(t.id),
				toJson(finalAccountsSchemaFor(t.id), `部门决算（final-accounts.yaml）：${t.name}`),
			]),
		),
	};
	return Object.fromEntries(Object.entries(files).map(([name, json]) => [name, `${JSON.stringify(json, null, '\t')}\n`]));
}
