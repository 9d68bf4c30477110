// One formatter (issue #10 item 7), set to the style the code was already written in: tabs, single quotes,
// semicolons, trailing commas. printWidth 140: of about 19,000 lines of code, 3,000 are wider than 100 columns,
// 1,300 than 120 and 740 than 140 (CJK counted double), so 140 rewraps the fewest hand-written lines while it
// still breaks every long call, object and argument list, which is what made lines of 300–430 characters. The
// string literals Prettier cannot break were split by hand at sentence ends.
/** @type {import('prettier').Config} */
export default {
	plugins: ['prettier-plugin-astro'],
	printWidth: 140,
	useTabs: true,
	singleQuote: true,
	semi: true,
	trailingComma: 'all',
	overrides: [
		// The plugin's README asks for the parser to be named, so every package manager and editor resolves it.
		{ files: '*.astro', options: { parser: 'astro' } },
		// npm rewrites package.json with two spaces; keep JSON as npm writes it.
		{ files: '*.json', options: { useTabs: false } },
	],
};
