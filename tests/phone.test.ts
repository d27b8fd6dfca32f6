// Below 600 px the timeline runs down the page: years as headings, events as cards, milestones as
// bands; a tap opens the event in a sheet; search and filters fold into one bar.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { timeline } from './timeline-data';

const vertical = '[data-vertical-timeline]';
const cards = `${vertical} [data-event-id]`;
const SYRIA = 'russia-syria-air-campaign-2015';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** How many events the folded years hold, by their "N more in YYYY" lines. */
async function foldedCount(page: Page): Promise<number> {
	const lines = await page.locator(`${vertical} [data-folded] summary`).allTextContents();
	return lines.reduce((sum, line) => sum + Number(line.match(/^\d+/)![0]), 0);
}

test.describe('on a phone', () => {
	test('the first screen shows the title and three whole events, and nothing scrolls sideways', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeInViewport();
		await expect(page.locator(vertical)).toBeVisible();
		await expect(page.locator('[data-chart]')).toBeHidden();
		for (let i = 0; i < 3; i++) {
			const box = (await page.locator(cards).nth(i).boundingBox())!;
			expect(box.y + box.height, `card ${i + 1}`).toBeLessThanOrEqual(740);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
	});

	test('every event is a card or in a folded year, in time order, under its year', async ({
		page
	}) => {
		await page.goto('/');
		const ids = await page
			.locator(cards)
			.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')!));
		expect(ids.length + (await foldedCount(page))).toBe(timeline.events.length);
		const order = timeline.events.map((e) => e.id);
		expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
		const years = await page
			.locator(`${vertical} [data-year]`)
			.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-year'))));
		expect([...years].sort((a, b) => a - b)).toEqual(years);
		// Each card sits under the year its event starts in.
		const syria = page.locator(`${vertical} [data-year="2015"] [data-event-id="${SYRIA}"]`);
		await expect(syria).toHaveCount(1);
	});

	test('names every milestone as a band across the column', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator(vertical)).toBeVisible();
		// Measured in one go: the live timeline may take over from the server's drawing meanwhile.
		const bands = await page.evaluate(
			({ selector, ids }) => {
				const column = document.querySelector(selector)!.getBoundingClientRect().width;
				return ids.map((id) => {
					const band = document.querySelector(`${selector} [data-milestone="${id}"]`);
					return {
						id,
						text: band?.textContent ?? '',
						share: band ? band.getBoundingClientRect().width / column : 0
					};
				});
			},
			{ selector: vertical, ids: timeline.milestones.map((m) => m.id) }
		);
		for (const [index, band] of bands.entries()) {
			expect(band.text, band.id).toContain(timeline.milestones[index]!.label);
			expect(band.share, band.id).toBeGreaterThanOrEqual(0.99);
		}
	});

	test('a tap opens the event in a sheet over the bottom, kept in the URL @js-only', async ({
		page
	}) => {
		await page.goto('/');
		// Hydrated (the share button comes with it); the hidden chart stays as drawn.
		await expect(page.locator('[data-open-share]:enabled')).toBeAttached();
		await page.locator(`${cards}[data-event-id="${SYRIA}"]`).tap();
		const sheet = page.locator('[data-event-detail]');
		await expect(sheet.locator('h2')).toHaveText(
			timeline.events.find((e) => e.id === SYRIA)!.title
		);
		expect(new URL(page.url()).searchParams.get('event')).toBe(SYRIA);
		const box = (await sheet.boundingBox())!;
		expect(Math.round(box.y + box.height)).toBe(740);
		expect(box.width).toBe(360);
		const card = (await page.locator(`${cards}[data-event-id="${SYRIA}"]`).boundingBox())!;
		expect(card.y + card.height).toBeLessThanOrEqual(box.y);
		await expectNoAxeViolations(page);
	});

	test('a folded year opens to its other events @js-only', async ({ page }) => {
		await page.goto('/');
		// Hydrated (the share button comes with it); the hidden chart stays as drawn.
		await expect(page.locator('[data-open-share]:enabled')).toBeAttached();
		const fold = page.locator(`${vertical} [data-folded]`).first();
		const count = Number((await fold.locator('summary').textContent())!.match(/^\d+/)![0]);
		await fold.locator('summary').tap();
		await expect(fold.locator('[data-event-id]')).toHaveCount(count);
	});

	test('search and filters sit behind one button, and filter the cards @js-only', async ({
		page
	}) => {
		await page.goto('/');
		// Hydrated (the share button comes with it); the hidden chart stays as drawn.
		await expect(page.locator('[data-open-share]:enabled')).toBeAttached();
		const search = page.locator('[data-search]');
		await expect(search).toBeHidden();
		await expect(page.locator('[data-zoom="in"]')).toBeHidden();
		await page.locator('[data-filters]').tap();
		await expect(search).toBeVisible();
		await expect(page.locator('[data-lanes]')).toBeVisible();
		await search.fill('Bushehr');
		const matching = timeline.events.filter((e) => /Bushehr/.test(e.title + e.summaryText));
		await expect
			.poll(async () => (await page.locator(cards).count()) + (await foldedCount(page)))
			.toBe(matching.length);
		for (const id of await page
			.locator(cards)
			.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')!)))
			expect(matching.map((e) => e.id)).toContain(id);
		await expectNoAxeViolations(page);
	});

	test('an embed in a narrow column runs down it too', async ({ page }) => {
		await page.goto('/embed/');
		await expect(page.locator(vertical)).toBeVisible();
		await expect(page.locator('[data-chart]')).toBeHidden();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
	});
});

test.describe('islands: drawn by the server, brought to life when needed', () => {
	for (const [width, live, reached, asDrawn] of [
		[360, [], ['vertical', 'event-table'], ['chart', 'overview']],
		[1280, ['chart', 'overview'], ['event-table'], ['vertical']]
	] as const) {
		test(`at ${width} px hydrate without a mismatch; only what is shown comes to life @js-only`, async ({
			page
		}) => {
			const warnings: string[] = [];
			page.on('console', (message) => {
				if (/hydration/i.test(message.text())) warnings.push(message.text());
			});
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/');
			await expect(page.locator('[data-open-share]:enabled')).toBeAttached();
			for (const name of live)
				await expect(page.locator(`[data-island="${name}"]`)).toHaveAttribute('data-live', 'true');
			// What waits to be reached is as drawn until the pointer comes over it.
			for (const name of reached) {
				const island = page.locator(`[data-island="${name}"]`);
				await expect(island).not.toHaveAttribute('data-live');
				await island.locator('a').first().hover();
				await expect(island).toHaveAttribute('data-live', 'true');
			}
			for (const name of asDrawn)
				await expect(page.locator(`[data-island="${name}"]`)).not.toHaveAttribute('data-live');
			// Taken over as drawn: the server's markup stays, and nothing is drawn twice.
			await expect(page.locator('[data-event-table]')).toHaveCount(1);
			await expect(page.locator('[data-event-table] tbody tr')).toHaveCount(timeline.events.length);
			await expect(page.locator('[data-chart]')).toHaveCount(1);
			expect(warnings).toEqual([]);
		});
	}
});

test('seminar mode on a phone runs the step’s events down the stage, the step’s event marked @js-only', async ({
	page
}) => {
	const story = timeline.stories[0]!;
	const at = story.steps.findIndex((s, i) => s.event && story.steps[i + 1]?.event);
	await page.goto(`/present/${story.id}/${at + 1}/`);
	await expect(page.locator('[data-present] [data-chart]')).toBeHidden();
	const current = page.locator(`${vertical} [aria-current="true"]`);
	await expect(current).toHaveAttribute('data-event-id', story.steps[at]!.event!);
	await page.locator('[data-next]').tap();
	await expect(current).toHaveAttribute('data-event-id', story.steps[at + 1]!.event!);
	await expect(current).toBeInViewport();
	await expect(page.locator('[data-step-caption]')).toBeInViewport();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
});

test('seminar mode on a phone sets back the events a step does not bear on, still readable, and passes axe @js-only', async ({
	page
}) => {
	const story = timeline.stories[0]!;
	const at = story.steps.findIndex((s) => s.claim);
	expect(at).toBeGreaterThanOrEqual(0);
	await page.goto(`/present/${story.id}/${at + 1}/`);
	await expect(page.locator(`${vertical} .dimmed`).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	await expectNoAxeViolations(page);
});

test('seminar mode on a phone: the page’s script moves nothing on screen, and the hidden chart never comes to life @js-only', async ({
	page
}) => {
	await page.addInitScript(() => {
		const shifts: number[] = [];
		Object.assign(window, { shifts });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				shifts.push((entry as unknown as { value: number }).value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`/present/${timeline.stories[0]!.id}/1/`);
	// The buttons that need the script have come.
	await expect(page.locator('[data-open-overview]')).toBeAttached();
	await page.waitForLoadState('networkidle');
	const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
	expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
	await expect(page.locator('[data-island="still-chart"]')).not.toHaveAttribute('data-live');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
});
