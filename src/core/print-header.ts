/**
 * The running header of a printed page (issue #14 point 10): on every sheet, what the page is (unit, year,
 * document) and where it lives online, so a loose sheet can be traced. CSS page-margin boxes; the text comes
 * from content, so it is written as a CSS string that cannot end the string or the <style> element.
 */

/** A CSS string literal of any text: quotes, backslashes, line breaks and `<` escaped. */
export function cssString(text: string): string {
	const escaped = text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
	return `"${escaped}"`;
}

/** The @page rule printing `title` at the top left and `url` at the top right of every sheet. */
export function runningHeaderCss(title: string, url: string): string {
	const box = 'font-size: 8pt; color: #333; vertical-align: bottom;';
	return `@media print { @page { margin: 18mm 14mm; @top-left { content: ${cssString(title)}; ${box} } @top-right { content: ${cssString(url)}; ${box} } } }`;
}
