// One formatter (issue #10 item 7), set to the style the code was already written in: tabs, single quotes,
// semicolons, trailing commas. printWidth 140: most hand-written lines already fit in 140 (half of the
// lines over 100 do not fit in 120, so a narrower width would rewrap far more than the long lines), and
// Prettier then breaks the 300–430-character rule and test lines at argument and property boundaries.
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
