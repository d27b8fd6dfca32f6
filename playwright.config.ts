import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium';

// Another port lets two checkouts test side by side: `PORT=4174 npm test`.
const PORT = Number(process.env.PORT) || 4173;
/** Where the sub-folder build is served (see tests/subpath.test.ts). */
export const SUBPATH = '/courses/ir-101/timeline';
export const SUBPATH_PORT = PORT + 3;
const SUBPATH_BUILD = '.subpath/build';
/** Where the hostile timelines (tests/hostile/) are built and served. */
export const HOSTILE_PORT = PORT + 5;
const HOSTILE = '.hostile';
const launchOptions = { executablePath: findChromium(), args: chromiumArgs() };

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], launchOptions }
		},
		{
			// Every page must work before (and without) JavaScript: prerendered HTML only.
			name: 'no-js',
			use: { ...devices['Desktop Chrome'], javaScriptEnabled: false, launchOptions },
			grepInvert: /@js-only/
		}
	],
	webServer: [
		{
			// The built site as any static host serves it (vite preview would serve SvelteKit's
			// intermediate output, which the sub-folder build below replaces).
			command: `npx tsx scripts/serve.ts build ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			// The same site built for a sub-folder of a host (BASE_PATH), served only there.
			command: `BASE_PATH=${SUBPATH} BUILD_DIR=${SUBPATH_BUILD} KIT_OUT_DIR=.subpath/kit npx vite build && npx tsx scripts/serve.ts ${SUBPATH_BUILD} ${SUBPATH_PORT} ${SUBPATH}`,
			url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			// Timelines written to break pages: built from data the validator accepts, to show it renders.
			command: `npx tsx tests/hostile/write-cases.ts ${HOSTILE}/data && DYAD_DATA_DIR=${HOSTILE}/data BUILD_DIR=${HOSTILE}/build KIT_OUT_DIR=${HOSTILE}/kit npx vite build && npx tsx scripts/serve.ts ${HOSTILE}/build ${HOSTILE_PORT}`,
			url: `http://127.0.0.1:${HOSTILE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		}
	]
});
