// The site built for a sub-folder of a host (BASE_PATH), as a university server would host it.
import { expect, test, type Page } from '@playwright/test';
import { SUBPATH, SUBPATH_PORT } from '../playwright.config';

const ROOT = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;

/** Opens a page and lists every request that failed or was answered with an error. */
async function visit(page: Page, path: string): Promise<string[]> {
	const failures: string[] = [];
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText;
		// With JavaScript off the browser itself refuses the scripts ("csp"): not the host's doing.
		if (reason !== 'csp') failures.push(`${request.url()} (${reason})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) failures.push(`${response.url()} (${response.status()})`);
	});
	await page.goto(ROOT + path);
	await page.waitForLoadState('networkidle');
	return failures;
}

test.describe('hosted under a sub-folder', () => {
	for (const path of ['/', '/t/iran-russia/', '/present/argument/3/', '/handout/', '/embed/']) {
		test(`${path} loads with no failed request`, async ({ page }) => {
			expect(await visit(page, path)).toEqual([]);
			await expect(page.locator('svg[data-chart-plot]').first()).toBeVisible();
			// Every link on the page stays inside the sub-folder (or leaves the site).
			const hrefs = await page
				.locator('a[href]')
				.evaluateAll((links) =>
					links.map((a) => new URL(a.getAttribute('href')!, location.href).href)
				);
			const internal = hrefs.filter((h) => h.startsWith('http://127.0.0.1'));
			expect(internal.length, 'links within the site').toBeGreaterThan(0);
			for (const href of internal) expect(href).toContain(SUBPATH);
		});
	}

	test('moves between the explorer, a presentation and back without leaving it @js-only', async ({
		page
	}) => {
		expect(await visit(page, '/')).toEqual([]);
		await page.locator('[data-present-link]').first().click();
		await expect(page).toHaveURL(`${ROOT}/present/argument/1/`);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(`${ROOT}/present/argument/2/`);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`^${ROOT}/\\?`));
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
	});
});
