import { zhCN } from './zh-CN.ts';

export type MessageKey = keyof typeof zhCN;

/** Looks up a UI string; a missing variable shows visibly as `{name}` rather than as an empty string. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	return zhCN[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
