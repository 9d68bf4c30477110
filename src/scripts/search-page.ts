/**
 * Entry of the search page's client: after the first paint it imports the UI code (search-ui.ts), which loads
 * Pagefind's UI. The page shows its heading and intro at once; Lighthouse sees no render-blocking script.
 * The dynamic import also keeps this file external (Astro inlines small scripts): the site's
 * Content-Security-Policy allows scripts from 'self' only.
 */
const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root?.dataset.config) {
	const config = root.dataset.config;
	// rAF runs just before the next paint; the timeout after it.
	requestAnimationFrame(() => setTimeout(() => void import('./search-ui.ts').then((ui) => ui.boot(root, JSON.parse(config))), 0));
}
