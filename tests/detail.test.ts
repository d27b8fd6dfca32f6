// An opened event reads beside the chart on a wide screen and in a sheet over the bottom of a
// narrow one; Escape closes it and gives focus back to its mark. @js-only
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { timeline } from './timeline-data';

const chart = 'svg[data-chart-plot]';
const SYRIA = 'russia-syria-air-campaign-2015';
const detail = '[data-event-detail]';

async function openAt(page: Page, width: number, height: number, query: string): Promise<void> {
	await page.setViewportSize({ width, height });
	await page.goto(`/${query}`);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
}

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> =>
	(await page.locator(selector).first().boundingBox())!;

test.describe('the open event @js-only', () => {
	for (const [width, height] of [
		[1280, 800],
		[1920, 1080]
	] as const) {
		test(`at ${width}×${height} stands beside the chart, both whole on the first screen`, async ({
			page
		}) => {
			await openAt(page, width, height, `?event=${SYRIA}`);
			await expect(page.locator(`${detail} h2`)).toHaveText(
				timeline.events.find((e) => e.id === SYRIA)!.title
			);
			const plot = await box(page, '[data-chart]');
			const panel = await box(page, detail);
			expect(panel.x).toBeGreaterThanOrEqual(plot.x + plot.width);
			expect(panel.x + panel.width).toBeLessThanOrEqual(width);
			for (const [name, b] of [
				['chart', plot],
				['detail', panel]
			] as const) {
				expect(b.y, name).toBeGreaterThanOrEqual(0);
				expect(b.y + b.height, name).toBeLessThanOrEqual(height);
			}
			// Every lane, with the open event's mark, is in view too.
			const last = await page.locator(`${chart} [data-lane-id]`).last().boundingBox();
			expect(last!.y + last!.height).toBeLessThanOrEqual(height);
			await expect(page.locator(`${chart} [data-event-id="${SYRIA}"]`)).toBeInViewport();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
			await expectNoAxeViolations(page);
		});
	}

	test('Escape closes it and focus returns to the mark; the URL drops the event', async ({
		page
	}) => {
		await openAt(page, 1280, 800, '?from=2015-06-01&to=2015-12-31');
		const mark = page.locator(`${chart} [data-event-id="${SYRIA}"]`);
		await mark.click();
		await expect(page.locator(detail)).toBeVisible();
		expect(new URL(page.url()).searchParams.get('event')).toBe(SYRIA);
		// Into the panel, then out with Escape.
		await page.locator(`${detail} [data-claim-id]`).first().focus();
		await page.keyboard.press('Escape');
		await expect(page.locator(detail)).toHaveCount(0);
		await expect(mark).toBeFocused();
		expect(new URL(page.url()).searchParams.get('event')).toBeNull();
	});

	test('steps to the events before and after it in time', async ({ page }) => {
		await openAt(page, 1280, 800, `?event=${SYRIA}`);
		const at = (id: string) => timeline.events.find((e) => e.id === id)!;
		await page.locator(`${detail} [data-detail-next]`).click();
		await expect(page.locator(`${detail} [data-detail-for]`)).not.toHaveAttribute(
			'data-detail-for',
			SYRIA
		);
		const next = new URL(page.url()).searchParams.get('event')!;
		expect(next).not.toBe(SYRIA);
		await expect(page.locator(`${detail} [data-detail-for="${next}"]`)).toBeVisible();
		expect(at(next).span.start).toBeGreaterThanOrEqual(at(SYRIA).span.start);
		await page.locator(`${detail} [data-detail-previous]`).click();
		await expect(page.locator(`${detail} [data-detail-for="${SYRIA}"]`)).toBeVisible();
		expect(new URL(page.url()).searchParams.get('event')).toBe(SYRIA);
	});

	test('narrower than 1024 px is a sheet over the bottom, with the mark kept above it', async ({
		page
	}) => {
		await openAt(page, 800, 900, `?event=${SYRIA}`);
		await expect(page.locator(detail)).toBeVisible();
		const sheet = await box(page, detail);
		expect(sheet.x).toBe(0);
		expect(sheet.width).toBe(800);
		expect(Math.round(sheet.y + sheet.height)).toBe(900);
		expect(sheet.height).toBeLessThanOrEqual(450);
		// The chart scrolls the mark above the sheet (smoothly, so it is read once it has arrived).
		await expect
			.poll(async () => {
				const mark = await box(page, `${chart} [data-event-id="${SYRIA}"]`);
				return mark.y >= 0 && mark.y + mark.height <= sheet.y;
			})
			.toBe(true);
		await expectNoAxeViolations(page);
		await page.locator(`${detail} [data-claim-id]`).first().focus();
		await page.keyboard.press('Escape');
		await expect(page.locator(detail)).toHaveCount(0);
		await expect(page.locator(`${chart} [data-event-id="${SYRIA}"]`)).toBeFocused();
	});
});
