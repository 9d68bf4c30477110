/**
 * Entry of the search page's client: it imports the UI code (search-ui.ts), which loads Pagefind's UI, after the
 * first paint when the address carries a query or filters, else when the reader first reaches for the page's
 * plain search form (focus, touch, a key): a visit that only looks costs no 35 KB of UI and no main-thread work
 * on a phone. What was typed meanwhile is carried over; Enter before the UI arrives submits the form (?q=).
 * The dynamic import also keeps this file external (Astro inlines small scripts): the site's
 * Content-Security-Policy allows scripts from 'self' only.
 */
const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root?.dataset.config) {
	const config = root.dataset.config;
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		void import('./search-ui.ts').then((ui) => ui.boot(root, JSON.parse(config)));
	};
	const form = root.querySelector<HTMLFormElement>('[data-search-start]');
	if (new URLSearchParams(location.search).size > 0 || !form) {
		// rAF runs just before the next paint; the timeout after it.
		requestAnimationFrame(() => setTimeout(start, 0));
	} else {
		for (const type of ['focusin', 'pointerdown', 'keydown'] as const) form.addEventListener(type, start, { once: true });
	}
}
