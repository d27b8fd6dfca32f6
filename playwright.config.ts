import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium';

// Another port lets two checkouts test side by side: `PORT=4174 npm test`.
const PORT = Number(process.env.PORT) || 4173;
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
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI
	}
});
