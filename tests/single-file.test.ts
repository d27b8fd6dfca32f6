// The one-file export: opened from disk with no network, the explorer and seminar mode work. @js-only
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import { pageScripts, safeInlineScripts, scriptHash } from '../scripts/inline-script';
import { timeline } from './timeline-data';

// One export for every test here: they run in order in one worker, which runs beforeAll once.
test.describe.configure({ mode: 'default' });

const story = timeline.stories[0]!;
let file = '';

test.beforeAll(() => {
	test.setTimeout(180_000);
	const result = spawnSync('npx', ['tsx', 'scripts/export-single.ts'], { encoding: 'utf8' });
	expect(result.status, result.stderr).toBe(0);
	// The script's last line is the file's path.
	file = result.stdout.trim().split('\n').at(-1) ?? '';
	expect(file).toMatch(/dyad\.html$/);
});

/** A page with the network cut, noting every request tried and every console error. */
async function offline(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const requests: string[] = [];
	await context.route(/^(https?|wss?):/, (route) => {
		requests.push(route.request().url());
		return route.abort();
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return { context, page, requests, errors };
}

test('works from file:// with the network cut, with no console errors @js-only', async ({
	browser
}) => {
	const { context, page, requests, errors } = await offline(browser);

	// The explorer: the chart, selection and the view in the address.
	await page.goto(pathToFileURL(file).href);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
	await expect(page.locator('h1')).toHaveText(timeline.meta.title);
	// Under its own policy (a violation would be a console error): the one script by its hash.
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
	expect(policy).toMatch(/object-src 'none'/);
	await expect(page.locator('svg [data-milestone]')).toHaveCount(timeline.milestones.length);
	const first = page.locator('svg [data-event-id]').first();
	const id = await first.getAttribute('data-event-id');
	await first.click();
	await expect(page.locator(`[data-detail-for="${id}"]`)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await page.screenshot({ path: 'screenshots/single-file-explorer.png' });

	// Seminar mode: steps by key, a reload keeps the step, Escape returns to the explorer.
	await page.locator('[data-present-link]').first().click();
	await expect(page).toHaveURL(new RegExp(`#/present/${story.id}/1/$`));
	await expect(page.locator('[data-caption]')).toHaveText(story.steps[0]!.caption);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-caption]')).toHaveText(story.steps[2]!.caption);
	await page.reload();
	await expect(page.locator('[data-caption]')).toHaveText(story.steps[2]!.caption);
	await page.keyboard.press('End');
	await expect(page.locator('[data-caption]')).toHaveText(story.steps.at(-1)!.caption);
	await expect(page.locator('svg .axis text').last()).toHaveText(/202\d/);
	await page.screenshot({ path: 'screenshots/single-file-present.png' });
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
	await expect(page.locator('h1')).toHaveText(timeline.meta.title);

	// The handout is in the file too.
	await page.locator('[data-handout-link]').click();
	await expect(page.locator('[data-handout-event]').first()).toBeVisible();

	expect(errors).toEqual([]);
	expect(requests).toEqual([]);
	await context.close();
});

test('a title holding <!--<script> leaves the page whole once the export has made its script safe @js-only', async ({
	page
}, testInfo) => {
	// The file as the bundler would write it for such data: the title in the bundled data, and the
	// policy's hash for that script text. No second build: the built file is edited.
	const built = readFileSync(file, 'utf8');
	const [script] = pageScripts(built);
	const title = `<!--<script> ${timeline.meta.title} \u2028 </ScRiPt>`;
	const field = `"title":${JSON.stringify(timeline.meta.title)}`;
	expect(script?.text).toContain(field);
	const hostile = script!.text.replace(
		field,
		() => `"title":${JSON.stringify(title).replace('</', '<\\/')}`
	);
	const raw = built
		.replace(script!.text, () => hostile)
		.replace(scriptHash(script!.text), () => scriptHash(hostile));
	const safe = testInfo.outputPath('dyad-hostile.html');
	writeFileSync(safe, safeInlineScripts(raw));

	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(pathToFileURL(safe).href);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
	await expect(page.locator('h1')).toHaveText(title.replace('\u2028', ' ').replace(/\s+/g, ' '));
	expect(await page.evaluate(() => document.scripts.length)).toBe(1);
	expect(errors).toEqual([]);
});

test('carries every language: Persian right to left in its own font, translated, with no request @js-only', async ({
	browser
}) => {
	const { context, page, requests, errors } = await offline(browser);

	await page.goto(`${pathToFileURL(file).href}#/fa/present/${story.id}/2/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('[data-caption]')).toContainText('رفسنجانی');
	await expect(page.locator('[data-unreviewed-translation]')).toBeVisible();
	// The Persian font is inside the file, and is used.
	await expect
		.poll(() => page.evaluate(() => document.fonts.check('700 16px Vazirmatn', 'ایران')))
		.toBe(true);
	await page.screenshot({ path: 'screenshots/single-file-fa-present.png' });

	await page.goto(`${pathToFileURL(file).href}#/ru/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('h1')).toHaveText(/Сотрудничество Ирана и России/);
	expect(errors).toEqual([]);
	expect(requests).toEqual([]);
	await context.close();
});

test('exported with --lang fa, the file opens in Persian @js-only', async ({ page }) => {
	test.setTimeout(180_000);
	const result = spawnSync('npx', ['tsx', 'scripts/export-single.ts', '--lang', 'fa'], {
		encoding: 'utf8'
	});
	expect(result.status, result.stderr).toBe(0);
	const persian = result.stdout.trim().split('\n').at(-1) ?? '';
	expect(persian).toMatch(/dyad-fa\.html$/);
	await page.goto(pathToFileURL(persian).href);
	await expect(page).toHaveURL(/#\/fa\/$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText('همکاری دفاعی و امنیتی ایران و روسیه');
	// The English page is still there, a link away.
	await page.locator('[data-language-link="en"]').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText(timeline.meta.title);
});
