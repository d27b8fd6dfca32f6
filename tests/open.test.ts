// /open/: a reader's own timeline from a file, pasted text or an address, checked in a worker,
// shown as a Dyad timeline or as every problem at its place, kept in this browser, and safe
// whatever the file holds. @js-only
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { HOSTILE_PORT } from '../playwright.config';
import { syntheticTimeline } from '../scripts/synthetic';
import {
	dyadTimelineWith,
	timelineJsCsvWith,
	timelineJsWith,
	XSS_PAYLOADS
} from './fixtures/open/xss';
import { timeline as shipped } from './timeline-data';

const FIXTURES = 'tests/fixtures/open';

/** Watches a page for what must never happen: a dialog, a page error, a policy violation, a payload run. */
async function watch(page: Page) {
	const problems: string[] = [];
	const requests: string[] = [];
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => requests.push(request.url()));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`)
		);
	});
	return async () => {
		const state = await page.evaluate(() => ({
			violations: (window as unknown as { violations?: string[] }).violations ?? [],
			injected: 'injected' in window
		}));
		const origin = new URL(page.url()).origin;
		const elsewhere = requests.filter(
			(url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')
		);
		return [
			...problems,
			...state.violations,
			...(state.injected ? ['a payload ran'] : []),
			...elsewhere.map((url) => `request to ${url}`)
		];
	};
}

async function openFile(page: Page, path: string): Promise<void> {
	await page.goto('/open/');
	await page.locator('[data-open-file]').setInputFiles(path);
}

async function nameStates(page: Page): Promise<void> {
	const form = page.locator('[data-actors-form]');
	await expect(form).toBeVisible();
	await form.locator('[data-actor-code="1"]').fill('IR');
	await form.locator('[data-actor-name="1"]').fill('Iran');
	await form.locator('[data-actor-code="2"]').fill('CN');
	await form.locator('[data-actor-name="2"]').fill('China');
	await form.locator('button[type="submit"]').click();
}

/** The accessible names of the chart's marks: date, lane and title. */
async function markNames(page: Page): Promise<string[]> {
	const marks = page.locator('svg[data-chart-plot] [data-event-id]');
	await expect(marks.first()).toBeVisible();
	return marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
}

test.describe('/open/ @js-only', () => {
	test.beforeEach(async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	test('a TimelineJS file opens with its dates at the precision it gives, its eras listed as not carried over', async ({
		page
	}) => {
		const check = await watch(page);
		await openFile(page, `${FIXTURES}/timelinejs.json`);
		await nameStates(page);
		await expect(page.locator('h1')).toHaveText('Iran and China: a sample');
		const names = (await markNames(page)).join('\n');
		expect(names).toMatch(/(^|\n)2016\b/);
		expect(names).toMatch(/March 2021/);
		expect(names).toMatch(/27 March 2021 – 2 April 2021/);
		await page.locator('[data-warnings] summary').click();
		await expect(page.locator('[data-problem="warning"]')).toContainText([
			/left out/,
			/eras are not carried over/
		]);
		expect(await check()).toEqual([]);
	});

	test('a TimelineJS spreadsheet (CSV) opens the same way', async ({ page }) => {
		const check = await watch(page);
		await openFile(page, `${FIXTURES}/timelinejs-template.csv`);
		await nameStates(page);
		await expect(page.locator('h1')).toHaveText('Iran and China from a sheet');
		const names = (await markNames(page)).join('\n');
		expect(names).toMatch(/(^|\n)2016\b/);
		expect(names).toMatch(/27 March 2021 – 2 April 2021/);
		expect(await check()).toEqual([]);
	});

	test('the events table the share dialog writes reads back as the same events', async ({
		page,
		request
	}, testInfo) => {
		const csv = await (await request.get('/export/iran-russia/events.csv')).text();
		const file = testInfo.outputPath('iran-russia-events.csv');
		writeFileSync(file, csv);
		await openFile(page, file);
		await expect(page.locator('h1')).toHaveText(shipped.meta.title, { timeout: 30_000 });
		// The same dates and texts: the downloaded JSON holds the file's events as they were.
		page.on('download', () => {});
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-download-dyad]').click()
		]);
		const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
		const original = JSON.parse(readFileSync('data/iran-russia.json', 'utf8'));
		const key = (events: { id: string }[]) => [...events].sort((a, b) => a.id.localeCompare(b.id));
		expect(key(saved.events)).toEqual(key(original.events));
	});

	test('a file with ten mistakes shows ten messages, each at its line with that line shown', async ({
		page
	}) => {
		await openFile(page, `${FIXTURES}/ten-mistakes.json`);
		const problems = page.locator('[data-problem="problem"]');
		await expect(problems).toHaveCount(10);
		const lines = await problems.evaluateAll((items) =>
			items.map((li) => li.getAttribute('data-line'))
		);
		expect(new Set(lines).size).toBe(10);
		await expect(problems.locator('.excerpt')).toHaveCount(10);
		// Each excerpt is the file's own line.
		const text = readFileSync(`${FIXTURES}/ten-mistakes.json`, 'utf8').split('\n');
		const first = await problems.first().getAttribute('data-line');
		await expect(problems.first().locator('.excerpt')).toContainText(
			text[Number(first) - 1]!.trim()
		);
		// Not shown as if valid.
		await expect(page.locator('svg[data-chart-plot]')).toHaveCount(0);
		await page.locator('[data-open-invalid] h2').scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'docs/open-errors.png' });
	});

	test('20,000 events are checked in the worker without a long task over 200 ms on the page', async ({
		page
	}, testInfo) => {
		test.setTimeout(120_000);
		const big = syntheticTimeline(20_000) as unknown as { events: { date: string }[] };
		// One mistake at the end: the answer is a short report, so the page's own work is the check's.
		big.events.at(-1)!.date = '2025-02-30';
		const file = testInfo.outputPath('big.json');
		writeFileSync(file, JSON.stringify(big));
		await page.goto('/open/');
		await page.evaluate(() => {
			const longest = { ms: 0 };
			(window as unknown as { longest: typeof longest }).longest = longest;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.evaluate(() => ((window as unknown as { longest: { ms: number } }).longest.ms = 0));
		const started = Date.now();
		await page.locator('[data-open-file]').setInputFiles(file);
		await expect(page.locator('[data-problem="problem"]')).toHaveCount(1, { timeout: 60_000 });
		const took = Date.now() - started;
		await expect(page.locator('[data-problem="problem"]')).toContainText(
			'not a real calendar date'
		);
		const longest = await page.evaluate(
			() => (window as unknown as { longest: { ms: number } }).longest.ms
		);
		console.log(
			`20,000 events checked in ${took} ms; longest main-thread task meanwhile: ${longest.toFixed(0)} ms (tasks under 50 ms are not counted)`
		);
		expect(longest).toBeLessThan(200);
	});

	test('an opened timeline is kept in this browser across a reload, listed, and removable', async ({
		page
	}) => {
		await openFile(page, `${FIXTURES}/timelinejs-template.csv`);
		await nameStates(page);
		await expect(page).toHaveURL(/\/open\/\?t=timelinejs-template$/);
		await page.reload();
		await expect(page.locator('h1')).toHaveText('Iran and China from a sheet');
		await page.goto('/open/');
		const item = page.locator('[data-kept="timelinejs-template"]');
		await expect(item).toContainText('Iran and China from a sheet');
		await item.locator('[data-forget]').click();
		await expect(item).toHaveCount(0);
		await page.goto('/open/?t=timelinejs-template');
		await expect(page.locator('[data-open-failure]')).toContainText(
			'No timeline "timelinejs-template"'
		);
	});

	test('?src= opens a file from an address, and says what to do when its host refuses to share it', async ({
		page,
		baseURL
	}) => {
		const check = await watch(page);
		await page.goto(
			`/open/?src=${encodeURIComponent(`${baseURL}/export/iran-russia/timeline.json`)}`
		);
		// The whole shipped timeline: its 262 references are formatted in the worker first.
		await expect(page.locator('h1')).toHaveText(shipped.meta.title, { timeout: 30_000 });
		expect(await check()).toEqual([]);
		// Another origin that sends no Access-Control-Allow-Origin: the browser keeps the file from us.
		const other = `http://127.0.0.1:${HOSTILE_PORT}/export/iran-russia/timeline.json`;
		await page.goto(`/open/?src=${encodeURIComponent(other)}`);
		await expect(page.locator('[data-open-failure]')).toContainText('CORS');
		await expect(page.locator('[data-open-failure]')).toContainText('Access-Control-Allow-Origin');
		await page.goto(`/open/?src=${encodeURIComponent('ftp://example.org/t.json')}`);
		await expect(page.locator('[data-open-failure]')).toContainText('https');
		// Seminar mode and the embed of a timeline at an address.
		const src = encodeURIComponent(`${baseURL}/export/iran-russia/timeline.json`);
		await page.goto(`/open/present/?src=${src}&story=argument&step=2`);
		await expect(page.locator('[data-caption]')).toHaveText(shipped.stories[0]!.steps[1]!.caption, {
			timeout: 30_000
		});
		await page.goto(`/open/embed/?src=${src}`);
		await expect(page.locator('svg[data-chart-plot] [data-event-id]').first()).toBeVisible({
			timeout: 30_000
		});
	});

	test('the policy of /open/ lets it fetch https: addresses, and no other page', async ({
		page
	}) => {
		await page.goto('/open/');
		const open = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(open).toMatch(/connect-src 'self' https: http:\/\/localhost:\*/);
		expect(open).toMatch(/script-src 'self'( 'sha256-[^']+')*(;|$)/);
		await page.goto('/');
		const home = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(home).toMatch(/connect-src 'self'(;|$)/);
	});

	/** The payloads in groups short enough for every text field (labels hold 120 characters). */
	const groups: string[] = [];
	for (const payload of XSS_PAYLOADS) {
		const last = groups.at(-1);
		if (last !== undefined && last.length + payload.length < 100)
			groups[groups.length - 1] = `${last} ${payload}`;
		else groups.push(payload);
	}

	for (const [format, write] of [
		['Dyad JSON', (p: string) => JSON.stringify(dyadTimelineWith(p), null, '\t')],
		['TimelineJS JSON', (p: string) => JSON.stringify(timelineJsWith(p), null, '\t')],
		['TimelineJS CSV', (p: string) => timelineJsCsvWith(p)]
	] as const) {
		test(`no payload in a ${format} file runs, on /open/ or the pages it opens`, async ({
			page
		}) => {
			test.setTimeout(240_000);
			const check = await watch(page);
			let opened = 0;
			for (const group of groups) {
				await page.goto('/open/');
				await page.locator('[data-open-paste]').fill(write(group));
				await page.locator('form.paste button[type="submit"]').click();
				if (format !== 'Dyad JSON') {
					await nameStates(page);
					await expect(page.locator('[data-actors-form]')).toHaveCount(0, { timeout: 30_000 });
				}
				// Opened as a timeline, or refused with located problems: never run.
				const shown = page.locator('svg[data-chart-plot], [data-problem="problem"]').first();
				await expect(shown).toBeVisible({ timeout: 30_000 });
				if (await page.locator('svg[data-chart-plot]').count()) {
					opened++;
					await expect(page.locator('h1')).toContainText('Title');
					await page.locator('svg[data-chart-plot] [data-event-id]').first().click();
					await expect(page.locator('[data-detail-for]')).toBeVisible();
				}
			}
			// Every group opens but those the importers leave no title for (markup and nothing else).
			expect(opened).toBeGreaterThanOrEqual(groups.length - 3);
			// The pages an opened timeline has, with the last group's payloads.
			await page.goto('/open/?t=pasted');
			await page.locator('[data-open-share]').click();
			await expect(page.locator('[data-download="json"]')).toBeVisible();
			await page.keyboard.press('Escape');
			await page.goto('/open/handout/?t=pasted');
			await expect(page.locator('[data-handout-event]').first()).toBeVisible();
			await page.goto('/open/embed/?t=pasted');
			await expect(page.locator('svg[data-chart-plot] [data-event-id]').first()).toBeVisible();
			if (format === 'Dyad JSON') {
				await page.goto('/open/present/?t=pasted');
				await expect(page.locator('[data-caption]')).toBeVisible();
			}
			await page.waitForTimeout(300);
			expect(await check()).toEqual([]);
		});
	}
});
