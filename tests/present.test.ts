// Seminar mode: a story step by step on the big screen, the presenter window, and offline use.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { timeline } from './timeline-data';

const story = timeline.stories[0]!;
const count = story.steps.length;
const stepUrl = (n: number) => `/present/${story.id}/${n}/`;
const caption = (page: Page) => page.locator('[data-step-caption] [data-caption]');

async function open(page: Page, n = 1): Promise<void> {
	await page.goto(stepUrl(n));
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
}

type Range = NonNullable<(typeof story.steps)[number]['range']>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A range's first instant and the instant after its last day, in UTC milliseconds. */
function rangeTimes(range: Range): [number, number] {
	const [y, m = 1, d = 1] = range.from.split('-').map(Number);
	const to = range.to.split('-').map(Number);
	const end =
		to.length === 1
			? Date.UTC(to[0]! + 1, 0, 1)
			: to.length === 2
				? Date.UTC(to[0]!, to[1]!, 1)
				: Date.UTC(to[0]!, to[1]! - 1, to[2]! + 1);
	return [Date.UTC(y!, m - 1, d), end];
}

/**
 * The instants the axis labels name, left to right ("1990", "Sept 1988", "Feb", "14 Sept 2015",
 * "14 Sept"): a label without a year is the first such date after the label before it.
 */
async function axisTimes(page: Page): Promise<number[]> {
	const labels = await page.locator('svg[data-chart-plot] .axis text').allTextContents();
	let year: number | undefined;
	let last = -Infinity;
	return labels.map((label) => {
		const [, day, month, named] =
			/^(?:(\d{1,2}) )?([A-Z][a-z]{2,3})? ?(\d{4})?$/.exec(label.trim()) ?? [];
		const index = month ? MONTHS.indexOf(month.slice(0, 3)) : 0;
		year = named ? Number(named) : year;
		if ((!month && !named) || index < 0 || year === undefined) {
			throw new Error(`unreadable tick "${label}"`);
		}
		const at = (y: number) => Date.UTC(y, index, Number(day ?? 1));
		if (!named && at(year) <= last) year++;
		last = at(year);
		return last;
	});
}

/** The camera frames `range`: the axis ticks lie inside it and reach to within a tick of both ends. */
async function expectCameraOn(page: Page, range: Range | undefined): Promise<void> {
	if (!range) throw new Error('the step names no range');
	const [start, end] = rangeTimes(range);
	const day = (time: number) => new Date(time).toISOString().slice(0, 10);
	await expect(async () => {
		const ticks = await axisTimes(page);
		expect(ticks.length, 'axis ticks').toBeGreaterThanOrEqual(2);
		const interval = Math.max(...ticks.slice(1).map((time, i) => time - ticks[i]!));
		const [first, last] = [ticks[0]!, ticks.at(-1)!];
		const shown = `ticks ${day(first)}…${day(last)} for ${range.from}…${range.to}`;
		expect(first, shown).toBeGreaterThanOrEqual(start);
		expect(last, shown).toBeLessThanOrEqual(end);
		expect(first - start, shown).toBeLessThan(interval * 1.1);
		expect(end - last, shown).toBeLessThan(interval * 1.1);
	}).toPass({ timeout: 5_000 });
}

async function expectStep(page: Page, n: number): Promise<void> {
	await expect(page).toHaveURL(new RegExp(`${stepUrl(n)}$`));
	await expect(caption(page)).toHaveText(story.steps[n - 1]!.caption);
	await expect(page.locator('[data-step-counter]')).toHaveText(`Step ${n} of ${count}`);
}

test.describe('presentation, as served', () => {
	test('every step is a page with its caption, its camera and links to its neighbours', async ({
		page
	}) => {
		const n = story.steps.findIndex((s, i) => s.event && s.range && i + 1 < count) + 1;
		expect(n, 'a step with an event and a range, and a step after it').toBeGreaterThan(0);
		const step = story.steps[n - 1]!;
		await page.goto(stepUrl(n));
		await expect(caption(page)).toHaveText(step.caption);
		await expect(page.locator(`svg [data-event-id="${step.event}"]`)).toHaveAttribute(
			'aria-current',
			'true'
		);
		await expectCameraOn(page, step.range);
		await page.locator('[data-next]').click();
		await expect(caption(page)).toHaveText(story.steps[n]!.caption);
		await page.locator('[data-previous]').click();
		await expect(caption(page)).toHaveText(step.caption);
	});

	test('/present/ opens the first story at its first step', async ({ page }) => {
		await page.goto('/present/');
		await expect(page).toHaveURL(new RegExp(`${stepUrl(1)}$`));
		await expect(caption(page)).toHaveText(story.steps[0]!.caption);
	});

	test('a step the story does not have is a clear 404', async ({ page }) => {
		const response = await page.goto(`/present/${story.id}/${count + 1}/`);
		expect(response?.status()).toBe(404);
	});

	for (const [width, height] of [
		[1280, 720],
		[1920, 1080]
	] as const) {
		test(`fits a ${width}×${height} screen, chart and caption`, async ({ page }, info) => {
			await page.setViewportSize({ width, height });
			const n = Math.ceil(count / 2);
			await page.goto(stepUrl(n));
			const chartBox = (await page.locator('svg[data-chart-plot]').boundingBox())!;
			const captionBox = (await page.locator('[data-step-caption]').boundingBox())!;
			expect(captionBox.y + captionBox.height).toBeLessThanOrEqual(height);
			expect(chartBox.y + chartBox.height).toBeLessThanOrEqual(captionBox.y + 1);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await page.screenshot({
				path: `screenshots/present-${width}x${height}-${info.project.name}.png`
			});
		});
	}
});

test.describe('presentation, driven @js-only', () => {
	test('on a wide screen the chart comes to life and fills the stage', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page);
		await expect(page.locator('[data-island="still-chart"]')).toHaveAttribute('data-live', 'true');
		const stage = (await page.locator('.stage').boundingBox())!;
		const chart = (await page.locator('[data-present] [data-chart]').boundingBox())!;
		expect(chart.width).toBeGreaterThan(stage.width * 0.95);
	});

	test('the keyboard drives the whole story: arrows, clicker keys, Home, End and a number', async ({
		page
	}) => {
		await open(page);
		for (let n = 2; n <= count; n++) {
			await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
			await expectStep(page, n);
		}
		await page.keyboard.press('ArrowRight');
		await expectStep(page, count);
		await page.keyboard.press('Home');
		await expectStep(page, 1);
		await page.keyboard.press('End');
		await expectStep(page, count);
		await page.keyboard.press('PageUp');
		await expectStep(page, count - 1);
		await page.keyboard.press('1');
		await page.keyboard.press('0');
		await expect(page.getByRole('status')).toContainText('10');
		await page.keyboard.press('Enter');
		await expectStep(page, 10);
		// The camera moves from the last step but one's range to this step's.
		await expectCameraOn(page, story.steps[9]!.range);
		await page.keyboard.press(' ');
		await expectStep(page, 11);
		await page.goBack();
		await expectStep(page, 10);
	});

	test('Escape goes back to the explorer at the same view', async ({ page }) => {
		const n = story.steps.findIndex((s) => s.event && s.claim) + 1;
		const step = story.steps[n - 1]!;
		await open(page, n);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/\?/);
		const params = new URL(page.url()).searchParams;
		expect(params.get('event')).toBe(step.event);
		expect(params.get('claim')).toBe(step.claim);
		expect(params.get('from')?.slice(0, 4)).toBe(step.range!.from.slice(0, 4));
		await expect(page.locator(`svg [data-event-id="${step.event}"]`)).toHaveAttribute(
			'aria-current',
			'true'
		);
	});

	test('the overview grid lists every step and jumps to the one chosen', async ({ page }) => {
		await open(page, 2);
		await page.keyboard.press('o');
		const dialog = page.locator('[data-dialog="step-overview"]');
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('[data-step-card]')).toHaveCount(count);
		await expect(dialog.locator('[aria-current="step"]')).toHaveAttribute('data-step-card', '2');
		await dialog.locator('[data-step-card="5"]').click();
		await expect(dialog).toBeHidden();
		await expectStep(page, 5);
		await page.keyboard.press('o');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expectStep(page, 5);
	});

	test('the presenter window shows notes, the next step and the audience view, and the two windows stay in step', async ({
		page,
		context
	}) => {
		// A step that highlights an event and has notes, with two steps after it to move through.
		const n = story.steps.findIndex((s, i) => s.event && s.notes && i + 2 < count) + 1;
		expect(n, 'a step with an event and notes, and two steps after it').toBeGreaterThan(0);
		const step = story.steps[n - 1]!;
		await open(page, n);
		const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await expect(presenter.locator('[data-presenter-caption]')).toHaveText(step.caption);
		await expect(presenter.locator('[data-presenter-notes]')).toHaveText(step.notes!);
		await expect(presenter.locator('[data-presenter-next]')).toHaveText(story.steps[n]!.caption);
		await expect(presenter.locator('[data-elapsed]')).toHaveText(/^0:0\d$/);
		// A small copy of what the audience sees, its event highlighted.
		await expect(
			presenter.locator('[data-presenter-preview] [data-event-id][aria-current="true"]')
		).toHaveAttribute('data-event-id', step.event!);
		// Driven from the presenter window, the audience follows…
		await presenter.keyboard.press('ArrowRight');
		await expectStep(page, n + 1);
		await presenter.locator('[data-next]').click();
		await expectStep(page, n + 2);
		// …and the other way round.
		await page.keyboard.press('ArrowLeft');
		await expect(presenter.locator('[data-presenter-caption]')).toHaveText(story.steps[n]!.caption);
		await expect(presenter.locator('[data-step-counter]')).toHaveText(`Step ${n + 1} of ${count}`);
	});

	test('a swipe on a touch screen moves to the next and previous step', async ({ browser }) => {
		const context = await browser.newContext({
			hasTouch: true,
			viewport: { width: 900, height: 700 }
		});
		const page = await context.newPage();
		await open(page, 2);
		const cdp = await context.newCDPSession(page);
		const box = (await page.locator('svg[data-chart-plot]').boundingBox())!;
		const y = box.y + box.height / 2;
		const swipe = async (from: number, to: number) => {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchStart',
				touchPoints: [{ x: from, y }]
			});
			for (let i = 1; i <= 6; i++) {
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: from + ((to - from) * i) / 6, y }]
				});
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
		await expectStep(page, 3);
		await swipe(box.x + box.width * 0.2, box.x + box.width * 0.8);
		await expectStep(page, 2);
		await context.close();
	});

	test('the high-contrast theme switches on with c and is remembered', async ({ page }) => {
		await open(page);
		await page.keyboard.press('c');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
		await expect(page.locator('[data-contrast]')).toHaveAttribute('aria-pressed', 'true');
		const background = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		expect(background).toBe('rgb(0, 0, 0)');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
		await page.keyboard.press('c');
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'contrast');
	});

	test('f asks for full screen', async ({ page }) => {
		await open(page);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	});

	test('once loaded, the story works offline: reload, move on, reload again', async ({
		page,
		context
	}) => {
		await open(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await context.setOffline(true);
		await page.reload();
		await expectStep(page, 1);
		await page.keyboard.press('ArrowRight');
		await expectStep(page, 2);
		await page.reload();
		await expectStep(page, 2);
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		await page.goto(stepUrl(count));
		await expectStep(page, count);
		await context.setOffline(false);
	});

	for (const [state, path] of [
		['a step', stepUrl(1)],
		['the presenter view', `/present/${story.id}/presenter/?step=2`]
	] as const) {
		test(`axe finds no WCAG 2.2 AA violations: ${state}`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expectNoAxeViolations(page);
		});
	}
});
