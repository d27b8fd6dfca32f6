// The embed: the chart alone in another site's iframe, its size, its deep links and its messages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { timeline } from './timeline-data';

/** A course page's scripts: it records every message with the frame that sent it, and loads embed.js. */
const listening = (baseURL: string | undefined) => `<script>
				window.received = [];
				addEventListener('message', (e) => {
					const from = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
					window.received.push({ from: from && from.id, data: e.data });
				});
			</script>
			<script src="${baseURL}/embed.js"></script>`;

const SYRIA = 'russia-syria-air-campaign-2015';
const HAMADAN = 'hamadan-bomber-deployment-2016';
const titleOf = (id: string) => timeline.events.find((e) => e.id === id)!.title;

test.describe('embed, as served', () => {
	test('is the chart alone, with a link to the full explorer', async ({ page }) => {
		await page.goto('/embed/');
		await expect(page.locator('[data-embed] svg[data-chart-plot]')).toBeVisible();
		await expect(page.locator('h1')).toHaveCount(0);
		await expect(page.locator('[data-event-table]')).toHaveCount(0);
		await expect(page.locator('[data-open-explorer]')).toHaveAttribute('href', /\/$/);
	});
});

test.describe('embed, in use @js-only', () => {
	const servers: Server[] = [];
	test.afterEach(() => {
		for (const server of servers.splice(0)) server.close();
	});

	test('opens the view its URL names, and links to the explorer at that view', async ({ page }) => {
		await page.goto(`/embed/?event=${SYRIA}&claim=syria&from=2015-01&to=2016-12`);
		const mark = page.locator(`svg [data-event-id="${SYRIA}"]`);
		await expect(mark).toHaveAttribute('aria-current', 'true');
		await expect(mark).toHaveAttribute('data-relation', 'supports');
		await expect(page.locator(`[data-detail-for="${SYRIA}"] h2`)).toHaveText(titleOf(SYRIA));
		const full = new URL((await page.locator('[data-open-explorer]').getAttribute('href'))!);
		expect(full.pathname).toBe('/');
		expect(full.searchParams.get('event')).toBe(SYRIA);
		expect(full.searchParams.get('claim')).toBe('syria');
		expect(full.searchParams.get('from')?.slice(0, 4)).toBe('2015');
	});

	for (const [state, query] of [
		['light, an event open', `?event=${SYRIA}&claim=syria&from=2015-01&to=2016-12`],
		['dark', '?theme=dark']
	] as const) {
		test(`axe finds no WCAG 2.2 AA violations: ${state}`, async ({ page }) => {
			await page.goto(`/embed/${query}`);
			await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	test('takes a dark theme and a fixed height from its URL', async ({ page }) => {
		await page.goto('/embed/?theme=dark&height=420');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const box = (await page.locator('[data-embed]').boundingBox())!;
		expect(Math.round(box.height)).toBe(420);
	});

	async function hostPage(page: Page, baseURL: string): Promise<[Frame, Frame]> {
		const embed = `${baseURL}/embed/`;
		const html = `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
			<h1>Week 5</h1>
			<iframe id="one" title="Timeline" src="${embed}?claim=syria&from=2015-06&to=2016-06" style="width:100%;border:0"></iframe>
			<iframe id="two" title="Timeline, dark" src="${embed}?event=${HAMADAN}&theme=dark&height=400"
				data-fixed-height style="width:100%;height:400px;border:0"></iframe>
			${listening(baseURL)}
		</body></html>`;
		// A course page served from another origin on this machine (a real server: Chromium's
		// local-network checks refuse to frame localhost from a page that has no address).
		const server = createServer((_, response) => {
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.end(html);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		servers.push(server);
		const { port } = server.address() as AddressInfo;
		await page.goto(`http://127.0.0.1:${port}/course/week-5`);
		const one = page.frameLocator('#one');
		const two = page.frameLocator('#two');
		await expect(one.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		await expect(two.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		return [page.frame({ url: /claim=syria/ })!, page.frame({ url: /theme=dark/ })!];
	}

	const received = (page: Page) =>
		page.evaluate(
			() => (window as unknown as { received: { from: string; data: unknown }[] }).received
		);

	test('in a course page on another origin: grows to its content, reports choices, obeys the host', async ({
		page,
		baseURL
	}) => {
		const [one, two] = await hostPage(page, baseURL!);
		// Auto-height: the helper script sizes the first frame to its content; the second keeps its own.
		const content = await one.evaluate(() =>
			Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height)
		);
		await expect
			.poll(async () => Math.round((await page.locator('#one').boundingBox())!.height))
			.toBe(content);
		expect(content).toBeGreaterThan(300);
		expect(Math.round((await page.locator('#two').boundingBox())!.height)).toBe(400);
		// Both said they were ready, each with its own view.
		const ready = (await received(page)).filter(
			(m) => (m.data as { type?: string }).type === 'ready'
		);
		expect(ready.map((m) => m.from).sort()).toEqual(['one', 'two']);

		// A choice in one frame is reported by that frame, and leaves the other alone.
		await one.locator(`svg [data-event-id="${SYRIA}"]`).click();
		await expect
			.poll(async () =>
				(await received(page)).some(
					(m) =>
						m.from === 'one' &&
						(m.data as { type: string; event?: string }).type === 'select' &&
						(m.data as { event?: string }).event === SYRIA
				)
			)
			.toBe(true);
		await expect(two.locator(`[data-detail-for="${HAMADAN}"]`)).toBeVisible();

		// Malformed or foreign messages change nothing. The frame notes its view (its explorer link
		// names it) after it has handled each message: a listener added after the embed's own runs
		// after it, once the page has updated. A valid message sent last arrives last (messages from
		// one window arrive in order), so its effect shows when all have been handled.
		const link = '[data-open-explorer]';
		const before = (await one.locator(link).getAttribute('href'))!;
		expect(before).toContain(`event=${SYRIA}`);
		expect(before).toContain('claim=syria');
		await one.evaluate((link) => {
			const seen: (string | null)[] = [];
			(window as unknown as { seen: typeof seen }).seen = seen;
			addEventListener('message', () =>
				seen.push(document.querySelector(link)!.getAttribute('href'))
			);
		}, link);
		const malformed = [
			'set-view',
			null,
			{ protocol: 'dyad-embed', version: 2, type: 'set-view', view: { event: 'x' } },
			{ protocol: 'dyad-embed', version: 1, type: 'set-view', view: 'event=x' },
			{ type: 'set-view', view: { claim: 'syria' } }
		];
		// Then a well-formed message from the host: it sets the view of that frame only.
		await page.evaluate(
			([messages, event]) => {
				const frame = (document.getElementById('one') as HTMLIFrameElement).contentWindow!;
				for (const message of messages) frame.postMessage(message, '*');
				frame.postMessage(
					{
						protocol: 'dyad-embed',
						version: 1,
						type: 'set-view',
						view: { event, from: '2016', to: '2016' }
					},
					'*'
				);
			},
			[malformed, HAMADAN] as const
		);
		await expect(one.locator(`[data-detail-for="${HAMADAN}"] h2`)).toHaveText(titleOf(HAMADAN));
		await expect(one.locator(`svg [data-event-id="${SYRIA}"]`)).toHaveCount(0);
		await expect(two.locator(`[data-detail-for="${HAMADAN}"]`)).toBeVisible();
		const seen = await one.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect(seen).toHaveLength(malformed.length + 1);
		expect(seen.slice(0, -1)).toEqual(Array(malformed.length).fill(before));
		expect(seen.at(-1)).toContain(`event=${HAMADAN}`);

		// Keys stay in the frame that has focus.
		await one.locator(`svg [data-event-id="${HAMADAN}"]`).focus();
		await page.keyboard.press('Escape');
		await expect(one.locator('[data-detail-for]')).toHaveCount(0);
		await expect(two.locator(`[data-detail-for="${HAMADAN}"]`)).toBeVisible();
		expect(two.url()).toContain('theme=dark');

		// A set-view is read as strictly as a URL: an unknown event is dropped, leaving the default view.
		await expect(one.locator(link)).toHaveAttribute('href', /from=2016/);
		await page.evaluate(() => {
			const frame = (document.getElementById('one') as HTMLIFrameElement).contentWindow!;
			frame.postMessage(
				{ protocol: 'dyad-embed', version: 1, type: 'set-view', view: { event: 'no-such-event' } },
				'*'
			);
		});
		await expect(one.locator(link)).toHaveAttribute('href', new URL('/', baseURL).href);
		await expect(two.locator(`[data-detail-for="${HAMADAN}"]`)).toBeVisible();
		await page.screenshot({ path: 'screenshots/embed-course-page.png', fullPage: true });
	});

	/** Serves one page at every path of a new origin on this machine; returns that origin. */
	async function serve(html: string): Promise<string> {
		const server = createServer((_, response) => {
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.end(html);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		servers.push(server);
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	}

	test('embed.js sizes only Dyad frames, to whole pixels within its limits', async ({
		page,
		baseURL
	}) => {
		const third = await serve('<!doctype html><title>Quiz</title><p>Another site</p>');
		const frames = [
			['dyad', `src="${baseURL}/embed/?claim=syria"`],
			// Another origin at an embed-like address, the Dyad site's explorer (not an embed page),
			// and a srcdoc frame (whose origin is the course page's).
			['third', `src="${third}/embed/"`],
			['explorer', `src="${baseURL}/"`],
			['srcdoc', `srcdoc="<p>Inline</p>"`]
		];
		const course =
			await serve(`<!doctype html><html lang="en"><head><title>Course page</title></head><body>
			${frames.map(([id, attributes]) => `<iframe id="${id}" name="${id}" title="${id}" ${attributes} style="width:100%;height:200px;border:0"></iframe>`).join('\n')}
			${listening(baseURL)}
		</body></html>`);
		await page.goto(`${course}/course/week-5`);
		const heightOf = async (id: string) =>
			Math.round((await page.locator(`#${id}`).boundingBox())!.height);
		const dyad = page.frame({ name: 'dyad' })!;
		await expect(
			page.frameLocator('#dyad').locator('[data-chart][data-hydrated="true"]')
		).toBeVisible();
		const content = await dyad.evaluate(() =>
			Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height)
		);
		await expect.poll(() => heightOf('dyad')).toBe(content);

		// Each other frame asks for a height; the course page has seen every request (its own
		// listener runs before the helper's, in the same task) and no frame has moved.
		for (const [id, height] of [
			['third', 1999],
			['explorer', 777],
			['srcdoc', 4321]
		] as const) {
			const frame = page.frame({ name: id })!;
			await frame.waitForLoadState();
			await frame.evaluate(
				(height) =>
					parent.postMessage({ protocol: 'dyad-embed', version: 1, type: 'height', height }, '*'),
				height
			);
			await expect
				.poll(async () =>
					(await received(page)).some(
						(m) => m.from === id && (m.data as { height?: number }).height === height
					)
				)
				.toBe(true);
			expect(await heightOf(id), id).toBe(200);
		}

		// The Dyad frame's own requests are rounded and kept within the limits; nonsense is ignored.
		const ask = (height: number) =>
			dyad.evaluate(
				(height) =>
					parent.postMessage({ protocol: 'dyad-embed', version: 1, type: 'height', height }, '*'),
				height
			);
		await ask(1e-9);
		await expect.poll(() => heightOf('dyad')).toBe(150);
		await ask(640.4);
		await expect.poll(() => heightOf('dyad')).toBe(640);
		for (const nonsense of [-5, 0, Number.NaN]) await ask(nonsense);
		await ask(19_999.5);
		await expect.poll(() => heightOf('dyad')).toBe(20_000);
		await expect
			.poll(async () =>
				(await received(page)).some((m) => (m.data as { height?: number }).height === 19_999.5)
			)
			.toBe(true);
		expect(
			await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.style.height))
		).toEqual(['20000px', '200px', '200px', '200px']);
	});
});
