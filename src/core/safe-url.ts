/**
 * Which link and image addresses a narrative may carry. A browser strips tabs, newlines and leading
 * control characters before it reads a scheme (`java\tscript:` runs), so the check does the same first;
 * entities are already decoded by the Markdown parser (`&#106;avascript:` arrives as `javascript:`).
 */

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

/** The scheme of a URL as a browser reads it, lower-cased; undefined for a relative URL or `#anchor`. */
export function schemeOf(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

/** Why a link address is refused, or undefined when it is allowed. */
export function linkProblem(url: string): string | undefined {
	const scheme = schemeOf(url);
	if (scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
	return `链接地址不允许使用 ${scheme}:；只能是 http(s)://、mailto:、站内相对路径或 #锚点`;
}

/** Why an image address is refused: images must be files of the site (relative), never fetched from elsewhere. */
export function imageProblem(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	if (schemeOf(url) !== undefined || /^[\\/]{2}/.test(cleaned)) return '图片只能引用站内的相对路径，不能引用外部网址或 data: 内容';
	return undefined;
}
