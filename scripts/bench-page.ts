// One benchmark run of one page in Chromium: time to first paint and to an interactive chart, then
// frame times and long tasks while zooming and panning the chart with the wheel and by dragging.
import type { Browser, Page } from '@playwright/test';

export interface PageRun {
	/** Navigation start to first contentful paint, ms. */
	fcpMs: number | null;
	/** Navigation start to `[data-chart][data-hydrated="true"]`, or to readyState "complete". */
	interactiveMs: number | null;
	interactiveBy: 'chart hydrated' | 'readyState complete (no chart)' | 'chart never hydrated';
	interactedWith: 'svg[data-chart-plot]' | 'body';
	interactionMs: number;
	frames: number;
	medianFrameMs: number;
	p95FrameMs: number;
	maxFrameMs: number;
	/** Tasks of 50 ms or more during the drive. */
	longTasks: number;
	/** `[data-event-id]` elements after the drive, on the whole page and inside the chart. */
	eventMarks: number;
	chartMarks: number | null;
	errors: string[];
}

const VIEWPORT = { width: 1280, height: 800 };
const HYDRATION_TIMEOUT_MS = 120_000;
// The drive has two parts. First the side-by-side benchmark's gesture (../shared/bench): 10 wheel
// notches in at the plot's centre, one every 50 ms, a 300 ms pause, 10 out. Then a harder one:
// notches as fast as Chromium takes them (it acknowledges mouse input at frame boundaries, so about
// one a frame) at many x positions, drags left, right and left, and notches out. About 130 inputs
// in all, some 4 s on an idle machine; slower frames make the drive longer, not shorter.
const TIMED_STEPS = 10;
const TIMED_GAP_MS = 50;
const TIMED_PAUSE_MS = 300;
const TIMED_DELTA = 100;
const ZOOM_STEPS = 12;
const PAN_STEPS = 20;
/** One wheel notch: the chart scales by 2^(0.002 × 150) ≈ 1.23 a notch, so 12 notches ≈ 12×. */
const WHEEL_DELTA = 150;

// Plain JavaScript run in the page before its own scripts (a string, so no build helpers leak in).
// The rAF poll catches a chart inserted already hydrated; it stops before frames are recorded.
const PROBE = `
window.__bench = { fcp: null, hydratedAt: null, polling: true, recording: false, frames: [],
	longTasks: 0 };
new PerformanceObserver((list) => {
	if (window.__bench.recording) window.__bench.longTasks += list.getEntries().length;
}).observe({ type: 'longtask' });
new PerformanceObserver((list) => {
	for (const entry of list.getEntries())
		if (entry.name === 'first-contentful-paint') window.__bench.fcp = entry.startTime;
}).observe({ type: 'paint', buffered: true });
window.__benchCheck = () => {
	if (window.__bench.hydratedAt === null &&
		document.querySelector('[data-chart][data-hydrated="true"]'))
		window.__bench.hydratedAt = performance.now();
};
new MutationObserver(window.__benchCheck).observe(document, {
	subtree: true, attributes: true, attributeFilter: ['data-hydrated']
});
window.__benchPoll = () => {
	window.__benchCheck();
	if (window.__bench.polling && window.__bench.hydratedAt === null)
		requestAnimationFrame(window.__benchPoll);
};
requestAnimationFrame(window.__benchPoll);
`;

const START_FRAMES = `(() => {
	const bench = window.__bench;
	bench.polling = false;
	bench.frames = [];
	bench.longTasks = 0;
	bench.recording = true;
	let last = null;
	const tick = (time) => {
		if (!bench.recording) return;
		if (last !== null) bench.frames.push(time - last);
		last = time;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;

// Half a second more, as the side-by-side benchmark counts: the frames the last inputs caused.
const STOP_FRAMES = `new Promise((done) => setTimeout(() => requestAnimationFrame(() => {
	window.__bench.recording = false;
	done({ frames: window.__bench.frames, longTasks: window.__bench.longTasks });
}), 500))`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function quantile(sorted: number[], q: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** How long from navigation start until the page can be used, and what that was judged by. */
async function timeToInteractive(
	page: Page
): Promise<Pick<PageRun, 'interactiveMs' | 'interactiveBy'>> {
	await page.waitForLoadState('networkidle');
	if ((await page.locator('[data-chart]').count()) === 0) {
		const complete = await page.evaluate(
			`performance.getEntriesByType('navigation')[0]?.domComplete ?? null`
		);
		return {
			interactiveMs: complete as number | null,
			interactiveBy: 'readyState complete (no chart)'
		};
	}
	try {
		await page.waitForFunction(`window.__bench.hydratedAt !== null`, null, {
			timeout: HYDRATION_TIMEOUT_MS,
			polling: 100
		});
	} catch {
		return { interactiveMs: null, interactiveBy: 'chart never hydrated' };
	}
	const at = await page.evaluate(`window.__bench.hydratedAt`);
	return { interactiveMs: at as number, interactiveBy: 'chart hydrated' };
}

/**
 * The side-by-side gesture at the centre, then wheel zoom in at many x positions, drag-pan left,
 * right and left, wheel zoom out.
 */
async function interact(page: Page): Promise<PageRun['interactedWith']> {
	const plot = page.locator('svg[data-chart-plot]').first();
	const hasPlot = (await plot.count()) > 0;
	const target = hasPlot ? plot : page.locator('body');
	if (hasPlot) await plot.scrollIntoViewIfNeeded();
	const box = (await target.boundingBox()) ?? { x: 0, y: 0, ...VIEWPORT };
	const left = Math.max(0, box.x);
	const width = Math.min(VIEWPORT.width, box.x + box.width) - left;
	const top = Math.max(0, box.y);
	const y = top + (Math.min(VIEWPORT.height, box.y + box.height) - top) / 2;

	await page.mouse.move(left + width / 2, y);
	for (const direction of [-1, 1]) {
		const started = Date.now();
		for (let i = 1; i <= TIMED_STEPS; i++) {
			await page.mouse.wheel(0, direction * TIMED_DELTA);
			await sleep(started + i * TIMED_GAP_MS - Date.now());
		}
		if (direction === -1) await sleep(TIMED_PAUSE_MS);
	}
	for (let i = 0; i < ZOOM_STEPS; i++) {
		await page.mouse.move(left + width * (0.2 + (0.6 * ((i * 7) % ZOOM_STEPS)) / ZOOM_STEPS), y);
		await page.mouse.wheel(0, -WHEEL_DELTA);
	}
	const center = left + width / 2;
	const dx = (width * 0.4) / PAN_STEPS;
	for (const direction of [-1, 1, -1]) {
		const from = direction === 1 ? center - width * 0.2 : center + width * 0.2;
		await page.mouse.move(from, y);
		await page.mouse.down();
		for (let i = 1; i <= PAN_STEPS; i++) {
			await page.mouse.move(from + direction * dx * i, y);
		}
		await page.mouse.up();
	}
	for (let i = 0; i < ZOOM_STEPS; i++) {
		await page.mouse.move(left + width * (0.8 - (0.6 * ((i * 11) % ZOOM_STEPS)) / ZOOM_STEPS), y);
		await page.mouse.wheel(0, WHEEL_DELTA);
	}
	return hasPlot ? 'svg[data-chart-plot]' : 'body';
}

/** Loads `url` in a fresh context (cold cache) and measures it once. */
export async function measurePage(browser: Browser, url: string): Promise<PageRun> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.addInitScript({ content: PROBE });
		await page.goto(url, { waitUntil: 'load', timeout: HYDRATION_TIMEOUT_MS });
		const fcpMs = await page
			.waitForFunction(`window.__bench.fcp`, null, { timeout: 30_000 })
			.then((handle) => handle.jsonValue() as Promise<number>)
			.catch(() => null);
		const interactive = await timeToInteractive(page);

		await page.evaluate(START_FRAMES);
		const started = Date.now();
		const interactedWith = await interact(page);
		const interactionMs = Date.now() - started;
		const drive = (await page.evaluate(STOP_FRAMES)) as { frames: number[]; longTasks: number };
		const frames = drive.frames.sort((a, b) => a - b);
		const eventMarks = await page.locator('[data-event-id]').count();
		const chartMarks =
			interactive.interactiveBy === 'readyState complete (no chart)'
				? null
				: await page.locator('[data-chart] [data-event-id]').count();
		return {
			fcpMs,
			...interactive,
			interactedWith,
			interactionMs,
			frames: frames.length,
			medianFrameMs: quantile(frames, 0.5),
			p95FrameMs: quantile(frames, 0.95),
			maxFrameMs: frames.at(-1) ?? NaN,
			longTasks: drive.longTasks,
			eventMarks,
			chartMarks,
			errors
		};
	} finally {
		await context.close();
	}
}
