/**
 * The rule fixtures: `test/fixtures/rules/base.yaml` (a consistent unit-year) and one `<rule-id>.yaml` per rule,
 * a partial override of the base that breaks exactly that rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { disclosureSchema, type Disclosure } from '../../src/core/schema/index.ts';
import type { AuditContext } from '../../src/core/rules/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/rules');

/** Objects merge, arrays merge by index (`[]` empties), `null` removes a key, anything else replaces. */
function merge(base: unknown, over: unknown): unknown {
	if (over === null) return undefined;
	if (Array.isArray(over)) {
		if (!Array.isArray(base) || over.length === 0) return over;
		const out = [...base];
		over.forEach((v, i) => (out[i] = merge(base[i], v)));
		return out;
	}
	if (over && typeof over === 'object') {
		const out: Record<string, unknown> = { ...(base && typeof base === 'object' ? (base as Record<string, unknown>) : {}) };
		for (const [k, v] of Object.entries(over)) {
			const merged = merge(out[k], v);
			if (merged === undefined) delete out[k];
			else out[k] = merged;
		}
		return out;
	}
	return over;
}

export interface Fixture {
	disclosure: Disclosure;
	context: AuditContext;
}

export function load(name: string): Fixture {
	const base = parse(readFileSync(join(DIR, 'base.yaml'), 'utf8'));
	const raw = (name === 'base' ? base : merge(base, parse(readFileSync(join(DIR, `${name}.yaml`), 'utf8')))) as {
		disclosure: unknown;
		context: { unitKind: string; unitName?: string; narratives: AuditContext['narratives']; source?: string };
	};
	const parsed = disclosureSchema.safeParse(raw.disclosure);
	if (!parsed.success) throw new Error(`${name}.yaml: ${parsed.error.message}`);
	return {
		disclosure: parsed.data,
		context: {
			unit: { kind: raw.context.unitKind as never, name: raw.context.unitName },
			narratives: raw.context.narratives,
			source: raw.context.source,
		},
	};
}

export const fixtureIds = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml') && f !== 'base.yaml')
	.map((f) => f.replace(/\.yaml$/, ''));
