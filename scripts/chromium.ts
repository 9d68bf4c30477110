/**
 * The one way this project starts Chromium (Debian's package, driven by playwright-core): the bench's page and
 * search measurements, the PDF printer of the importer tests, and the browser tests all launch it here.
 */
import { chromium, type BrowserContext } from 'playwright-core';

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
