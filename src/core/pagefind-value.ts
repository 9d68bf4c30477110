/** How a value must be written for Pagefind's UI; imports nothing, so the search page's client can use it too. */

/**
 * A filter value as the index must hold it. Pagefind's UI writes filter values into the page as HTML (result
 * titles and meta are text, excerpts escaped by Pagefind), and Pagefind decodes entities in the value however
 * often they are escaped, so a unit named `<img onerror=…>` would run on /search/. The three characters that
 * make markup or entities become their full-width forms (＜ ＞ ＆), which read the same and are never markup.
 * The search page maps a `?单位=` value from the address the same way, so linked filters still match.
 */
export function pagefindFilterValue(value: string): string {
	return value.replace(/[<>&]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
