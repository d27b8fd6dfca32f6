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

async function expectStep(page: Page, n: number): Promise<void> {
	await expect(page).toHaveURL(new RegExp(`${stepUrl(n)}$`));
	await expect(caption(page)).toHaveText(story.steps[n - 1]!.caption);
	await expect(page.locator('[data-step-counter]')).toHaveText(`Step ${n} of ${count}`);
}

test.describe('presentation, as served', () => {
	test('every step is a page with its caption, its camera and links to its neighbours', async ({
		page
	}) => {
		const n = story.steps.findIndex((s) => s.event) + 1;
		const step = story.steps[n - 1]!;
		await page.goto(stepUrl(n));
		await expect(caption(page)).toHaveText(step.caption);
		await expect(page.locator(`svg [data-event-id="${step.event}"]`)).toHaveAttribute(
			'aria-current',
			'true'
		);
		// The camera frames the step's range: the axis starts in the range's first year or just before.
		const from = Number((step.range?.from ?? '').slice(0, 4));
		const firstTick = Number(
			(await page.locator('svg .axis text').first().textContent())?.match(/\d{4}/)?.[0]
		);
		if (firstTick) expect(Math.abs(firstTick - from)).toBeLessThanOrEqual(1);
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
		// The camera moves to the step's range: the last step shows the whole span.
		const lastFrom = Number(story.steps[count - 1]!.range?.from.slice(0, 4) ?? 1989);
		await expect
			.poll(async () => Number(await page.locator('svg .axis text').first().textContent()))
			.toBeLessThanOrEqual(lastFrom + 1);
		await page.keyboard.press('PageUp');
		await expectStep(page, count - 1);
		await page.keyboard.press('1');
		await page.keyboard.press('0');
		await expect(page.getByRole('status')).toContainText('10');
		await page.keyboard.press('Enter');
		await expectStep(page, 10);
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

	test('the presenter window shows notes and the next step, and the two windows stay in step', async ({
		page,
		context
	}) => {
		await open(page, 3);
		const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await expect(presenter.locator('[data-presenter-caption]')).toHaveText(story.steps[2]!.caption);
		await expect(presenter.locator('[data-presenter-notes]')).toHaveText(story.steps[2]!.notes!);
		await expect(presenter.locator('[data-presenter-next]')).toHaveText(story.steps[3]!.caption);
		await expect(presenter.locator('[data-elapsed]')).toHaveText(/^0:0\d$/);
		// A small copy of what the audience sees.
		if (story.steps[2]!.event) {
			await expect(
				presenter.locator('[data-presenter-preview] [data-event-id][aria-current="true"]')
			).toHaveAttribute('data-event-id', story.steps[2]!.event);
		}
		// Driven from the presenter window, the audience follows…
		await presenter.keyboard.press('ArrowRight');
		await expectStep(page, 4);
		await presenter.locator('[data-next]').click();
		await expectStep(page, 5);
		// …and the other way round.
		await page.keyboard.press('ArrowLeft');
		await expect(presenter.locator('[data-presenter-caption]')).toHaveText(story.steps[3]!.caption);
		await expect(presenter.locator('[data-step-counter]')).toHaveText(`Step 4 of ${count}`);
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
