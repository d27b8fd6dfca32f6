// Which Chromium the browser tests use: $CHROMIUM_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const HOW_TO_GET_CHROMIUM =
	'No Chromium found: on Debian/Ubuntu run `apt-get install -y chromium`, elsewhere `npx playwright install chromium` (or set CHROMIUM_PATH).';

/** The browser to launch, or undefined when none is installed. */
export function findChromium(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, SYSTEM_CHROMIUM, chromium.executablePath()];
	return candidates.find((path): path is string => !!path && existsSync(path));
}

/** Flags for a quiet, headless Chromium on a machine without a network (and as root, no sandbox). */
export function chromiumArgs(): string[] {
	const args = [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	];
	if (process.getuid?.() === 0) args.push('--no-sandbox');
	return args;
}
