/**
 * The one way this project starts Chromium (Debian's package, driven by playwright-core): the bench's page and
 * search measurements, the PDF printer of the importer tests, and the browser tests all launch it here.
 */
import { chromium, type BrowserContext, type Locator } from 'playwright-core';

/** Debian's Chromium, or `CHROMIUM_PATH`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type LaunchOptions = Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'headless' | 'args'>;

/** A headless context with its own profile folder; quiet (no updates, sync or first-run pages), no GPU, no sandbox (CI runs as root). */
export function launchChromium(profile: string, options: LaunchOptions = {}): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, {
		...options,
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

/**
 * Scrolls `target` to the middle of the viewport the way an anchor link does (the page's own
 * `element.scrollIntoView`). Playwright's `scrollIntoViewIfNeeded` scrolls by a protocol call instead: on a long
 * page of `content-visibility: auto` sections it can leave the element on screen while Chromium still treats its
 * section as skipped, so no IntersectionObserver fires (a bench page of 5,000 unit-years: 图5 and 图6 never drawn).
 */
export function scrollAsAReader(target: Locator): Promise<void> {
	return target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}
