// The JS and CSS a page loads in Chromium: before its chart is interactive, and after a first zoom.
import type { Browser, Page } from '@playwright/test';

/** The chart once hydrated; the benchmark waits on the same selector. */
export const INTERACTIVE = '[data-chart][data-hydrated="true"]';
const PLOT = '[data-chart-plot]';
const VIEWPORT = { width: 1280, height: 800 };
const WHEEL_NOTCHES = 3;
const IDLE_MS = 500;
const TIMEOUT_MS = 60_000;

export interface LoadedFile {
	/** Path on the server, without the leading slash. */
	file: string;
	body: Buffer;
	/** Requested before the chart was interactive (then awaited), rather than after. */
	critical: boolean;
}

// Runs before the page's own scripts: notes on the page's clock when the chart became interactive,
// so that requests can be sorted by the resource timings' start times rather than by when the
// script heard of it. The timing buffer is enlarged so no entry is dropped.
const PROBE = `(() => {
	performance.setResourceTimingBufferSize(10000);
	window.__interactiveAt = null;
	const observer = new MutationObserver(() => {
		if (!document.querySelector(${JSON.stringify(INTERACTIVE)})) return;
		window.__interactiveAt = performance.now();
		observer.disconnect();
	});
	observer.observe(document, {
		subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart', 'data-hydrated']
	});
})()`;

const TIMINGS = `({
	at: window.__interactiveAt,
	started: Object.fromEntries(
		performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime])
	)
})`;

/** Resolves once no request has been in flight, or started, for `IDLE_MS`. */
function networkIdle(page: Page): () => Promise<void> {
	let inFlight = 0;
	let lastActivity = Date.now();
	const settle = () => {
		inFlight--;
		lastActivity = Date.now();
	};
	page.on('request', () => {
		inFlight++;
		lastActivity = Date.now();
	});
	page.on('requestfinished', settle);
	page.on('requestfailed', settle);
	return async () => {
		const deadline = Date.now() + TIMEOUT_MS;
		while (inFlight > 0 || Date.now() - lastActivity < IDLE_MS) {
			if (Date.now() > deadline) throw new Error(`network not idle after ${TIMEOUT_MS} ms`);
			await new Promise((done) => setTimeout(done, 50));
		}
	};
}

/** Three wheel notches (zoom in) with the pointer at the centre of the chart's plot. */
async function wheelOnPlot(page: Page): Promise<void> {
	const plot = page.locator(PLOT).first();
	await plot.scrollIntoViewIfNeeded();
	const box = await plot.boundingBox();
	if (!box) throw new Error(`${PLOT} is not displayed`);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < WHEEL_NOTCHES; i++) await page.mouse.wheel(0, -100);
}

/** Loads `url` in a fresh context, waits for the chart, zooms it and waits for the network. */
export async function pageLoads(browser: Browser, url: string): Promise<LoadedFile[]> {
	// The pages' Content-Security-Policy refuses the string predicates Playwright evaluates; what is
	// measured here is bytes, which the policy does not change.
	const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
	try {
		const page = await context.newPage();
		const requested: string[] = [];
		const bodies = new Map<string, Promise<Buffer>>();
		page.on('request', (request) => requested.push(request.url()));
		page.on('response', (response) => {
			if (!/\.(?:js|css)$/.test(new URL(response.url()).pathname) || !response.ok()) return;
			const body = response.body();
			body.catch(() => {}); // awaited below; a failure is reported there
			bodies.set(response.url(), body);
		});
		const idle = networkIdle(page);
		await page.addInitScript({ content: PROBE });
		await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
		await page.waitForFunction('window.__interactiveAt !== null', null, { timeout: TIMEOUT_MS });
		// A fallback for requests with no timing entry (e.g. from a frame): those seen by now.
		const seenByThen = new Set(requested);
		await wheelOnPlot(page);
		await idle();
		const { at, started } = (await page.evaluate(TIMINGS)) as {
			at: number;
			started: Record<string, number>;
		};
		const files: LoadedFile[] = [];
		for (const [url, body] of bodies) {
			const start = started[url];
			const critical = start === undefined ? seenByThen.has(url) : start <= at;
			files.push({ file: new URL(url).pathname.slice(1), body: await body, critical });
		}
		return files.sort(
			(a, b) => Number(b.critical) - Number(a.critical) || a.file.localeCompare(b.file)
		);
	} finally {
		await context.close();
	}
}
