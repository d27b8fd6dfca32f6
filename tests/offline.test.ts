// The service worker on the built site: what it keeps offline, whose caches it leaves alone, and
// how much it stores however the pages are loaded.
import { expect, test, type Page } from '@playwright/test';
import { SUBPATH, SUBPATH_PORT } from '../playwright.config';
import { DEFAULT_TIMELINE } from '../src/lib/scope';
import { cacheName } from '../src/lib/offline/caches';
import { RUNTIME_LIMIT } from '../src/lib/offline/strategy';
import { timeline } from './timeline-data';

const story = timeline.stories[0]!;
const t = `/t/${DEFAULT_TIMELINE}`;

/** Opens a presentation page and waits until the worker has stored the site and controls the page. */
async function install(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The root site's only cache (a fresh browser context has no other): entries and their bytes. */
function measure(
	page: Page,
	weigh = true
): Promise<{ name: string; urls: string[]; bytes: number }> {
	return page.evaluate(async (weigh) => {
		const [name, ...others] = (await caches.keys()).filter((n) => n.startsWith('dyad:/:'));
		if (!name || others.length) throw new Error(`expected one cache, found ${others.length + 1}`);
		const cache = await caches.open(name);
		const requests = await cache.keys();
		let bytes = 0;
		if (weigh) {
			for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
		}
		return { name, urls: requests.map((r) => r.url), bytes };
	}, weigh);
}

test.describe('offline use @js-only', () => {
	// Each test installs the worker afresh, which stores the whole timeline (about 13 MB).
	test.describe.configure({ timeout: 60_000 });

	test(`keeps the default timeline's pages under ${t}/ too, and its downloads`, async ({
		page,
		context
	}) => {
		await install(page, `/present/${story.id}/1/`);
		await context.setOffline(true);
		// Never visited: answered from what the worker stored when it was installed.
		const step = await page.goto(`${t}/present/${story.id}/2/`);
		expect(step?.status()).toBe(200);
		await expect(page.locator('[data-step-caption] [data-caption]')).toHaveText(
			story.steps[1]!.caption
		);
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		const presenter = await page.goto(`${t}/present/${story.id}/presenter/?step=3`);
		expect(presenter?.status()).toBe(200);
		for (const path of [`${t}/`, `${t}/handout/`, '/handout/']) {
			expect((await page.goto(path))?.status(), path).toBe(200);
		}
		const files = await page.evaluate(async (slug) => {
			const csv = await fetch(`/export/${slug}/events.csv`);
			// The embed is made for other sites' frames: not kept unless visited.
			const embed = await fetch('/embed/');
			return { csv: csv.status, head: (await csv.text()).slice(0, 40), embed: embed.status };
		}, DEFAULT_TIMELINE);
		expect(files.csv).toBe(200);
		expect(files.head).toMatch(/^\S+,/);
		// Proof that the network really is gone for the worker.
		expect(files.embed).toBe(503);
		await context.setOffline(false);
	});

	test('leaves other deployments on the origin their caches, and keeps an earlier deploy for open tabs', async ({
		page,
		context
	}) => {
		const root = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;
		const foreign = cacheName('/b/timeline', '1');
		const earlier = cacheName(SUBPATH, '0');
		const chunk = `${SUBPATH}/_app/immutable/chunks/earlier-deploy.js`;
		// The explorer does not register the worker: set the scene before it is installed.
		await page.goto(`${root}/`);
		await page.evaluate(
			async ({ foreign, earlier, chunk, subpath }) => {
				const put = async (name: string, path: string, body: string) =>
					(await caches.open(name)).put(path, new Response(body));
				await put(foreign, '/b/timeline/present/argument/2/', 'b step 2');
				await put(earlier, chunk, 'export const earlier = true;');
				// Unlabelled caches of earlier releases: this site's goes, the sibling's stays.
				await put('dyad-5', `${subpath}/_app/immutable/old.js`, 'old');
				await put('dyad-6', '/b/timeline/_app/immutable/old.js', 'old');
			},
			{ foreign, earlier, chunk, subpath: SUBPATH }
		);
		await install(page, `${root}/present/${story.id}/1/`);
		const names = () => page.evaluate(() => caches.keys());
		await expect.poll(names).not.toContain('dyad-5');
		const after = await names();
		expect(after).toEqual(expect.arrayContaining([foreign, 'dyad-6', earlier]));
		expect(after.filter((n) => n.startsWith(`dyad:${SUBPATH}:`))).toHaveLength(2);
		// The foreign site's offline copy is intact.
		const copy = await page.evaluate(
			async (name) =>
				(await (await caches.open(name)).match('/b/timeline/present/argument/2/'))?.text(),
			foreign
		);
		expect(copy).toBe('b step 2');
		// A tab that runs the earlier deploy still gets its chunk, gone from the server.
		const got = await page.evaluate(async (url) => {
			const response = await fetch(url);
			return { status: response.status, body: await response.text() };
		}, chunk);
		expect(got).toEqual({ status: 200, body: 'export const earlier = true;' });
		// Once every tab open at the deploy has gone, the next page load lets the earlier cache go.
		const second = await context.newPage();
		await second.goto(`${root}/present/${story.id}/2/`);
		await page.close();
		await second.reload();
		await expect.poll(() => second.evaluate(() => caches.keys())).not.toContain(earlier);
		expect(await second.evaluate(() => caches.keys())).toContain(foreign);
	});

	test('stores a page once whatever its query, and at most a bounded number of other pages', async ({
		page
	}) => {
		await install(page, `/present/${story.id}/1/`);
		const before = await measure(page);
		// Ten searches and ten presenter steps: the same two pages.
		await page.evaluate(async (id) => {
			for (let i = 0; i < 10; i++) {
				await (await fetch(`/?q=probe${i}`)).text();
				await (await fetch(`/present/${id}/presenter/?step=${i}`)).text();
			}
		}, story.id);
		await page.goto('/?q=S-300');
		const queried = await measure(page, false);
		expect(queried.urls.filter((url) => url.includes('?'))).toEqual([]);
		expect(queried.urls.length).toBe(before.urls.length);
		// More distinct pages than the limit, none of them stored at install.
		const extra = [
			...story.steps.map((_, i) => `/present/${story.id}/${i + 1}/index.html`),
			...story.steps.map((_, i) => `${t}/present/${story.id}/${i + 1}/index.html`),
			'/index.html',
			`${t}/index.html`
		];
		expect(extra.length).toBeGreaterThan(RUNTIME_LIMIT);
		// The oldest page kept is loaded again before one more: it stays, the next oldest goes.
		const refreshed = extra[extra.length - RUNTIME_LIMIT]!;
		const more = `/present/${story.id}/index.html`;
		await page.evaluate(
			async (paths) => {
				for (const path of paths) await (await fetch(path)).text();
			},
			[...extra, refreshed, more]
		);
		const bounded = await measure(page);
		expect(bounded.name).toBe(before.name);
		// The newest pages are kept, the oldest went.
		const origin = new URL(page.url()).origin;
		const urls = [...extra.filter((path) => path !== refreshed), refreshed, more].map(
			(path) => origin + path
		);
		expect(bounded.urls).toEqual(expect.arrayContaining(urls.slice(-RUNTIME_LIMIT)));
		for (const url of urls.slice(0, -RUNTIME_LIMIT)) expect(bounded.urls).not.toContain(url);
		expect(bounded.urls.length).toBeLessThanOrEqual(before.urls.length + RUNTIME_LIMIT);
		// Everything stored at install (the app and the pages) is still there.
		const installed = before.urls.filter((url) => /\/_app\/|\/present\/[^/]+\/\d+\/$/.test(url));
		expect(installed.length).toBeGreaterThan(2 * story.steps.length);
		expect(bounded.urls).toEqual(expect.arrayContaining(installed));
		console.log(
			`cache: ${before.urls.length} entries / ${(before.bytes / 1e6).toFixed(1)} MB after install, ` +
				`${queried.urls.length} after 21 query loads, ` +
				`${bounded.urls.length} / ${(bounded.bytes / 1e6).toFixed(1)} MB after ${extra.length + 2} other pages`
		);
	});
});

test.describe('a tab open across a deploy @js-only', () => {
	test('reloads onto the new deploy when a lazy part fails to load, and only once', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		// A click that opens an event shows the chart's keys (which bring the watch) have loaded.
		await page.locator('svg [data-event-id]').first().click();
		await expect(page.locator('[data-event-detail]')).toBeVisible();

		// No new deploy: a failed part leaves the page as it is.
		await page.evaluate(() => window.dispatchEvent(new Event('vite:preloadError')));
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
		await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

		// A new deploy is there: the page reloads, once.
		await page.route('**/_app/version.json', (route) =>
			route.fulfill({ json: { version: 'a-later-deploy' } })
		);
		const reloaded = page.waitForEvent('load');
		await page.evaluate(() => window.dispatchEvent(new Event('vite:preloadError')));
		await reloaded;
		expect(await page.evaluate(() => 'kept' in window)).toBe(false);
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		await page.locator('svg [data-event-id]').first().click();
		await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
		await page.evaluate(() => window.dispatchEvent(new Event('vite:preloadError')));
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => 'kept' in window)).toBe(true);
	});
});
