// The calendar is a view setting: `cal=persian` writes the explorer's dates in the Solar Hijri
// calendar, puts the axis's ticks on Solar Hijri boundaries, and lives in the URL; an open event
// gives its date in the other calendar too. @js-only
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const SYRIA = 'russia-syria-air-campaign-2015';
const detail = '[data-event-detail]';
const ticks = 'svg[data-chart-plot] .axis text';

async function open(page: Page, query: string): Promise<void> {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`/${query}`);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
}

/** The axis's labels and where their ticks fall, as ISO days. */
async function axis(page: Page): Promise<string[]> {
	return page.locator(ticks).allTextContents();
}

test.describe('the Solar Hijri calendar @js-only', () => {
	test('puts the axis on Solar Hijri years and months, and a choice of calendar lives in the URL', async ({
		page
	}) => {
		await open(page, '?from=2015-01-01&to=2015-12-31&cal=persian');
		await expect(page.locator('[data-calendar]')).toHaveValue('persian');
		// The months of 1393–1394, with the year on the first tick and at Nowruz.
		await expect(page.locator(ticks).filter({ hasText: /^Farvardin 1394$/ })).toHaveCount(1);
		const labels = await axis(page);
		expect(labels).toContain('Mehr');
		expect(labels.some((label) => /January|2015/.test(label))).toBe(false);

		await page.locator('[data-calendar]').selectOption('gregorian');
		await expect(page.locator(ticks).filter({ hasText: /^Jan 2015$/ })).toHaveCount(1);
		expect(new URL(page.url()).searchParams.get('cal')).toBeNull();
		await page.locator('[data-calendar]').selectOption('persian');
		await expect.poll(() => new URL(page.url()).searchParams.get('cal')).toBe('persian');
		await expect(page.locator(ticks).filter({ hasText: /^Farvardin 1394$/ })).toHaveCount(1);
		await expectNoAxeViolations(page);
	});

	test('writes an open event, the table and the marks’ names in the chosen calendar, with the other beside it', async ({
		page
	}) => {
		await open(page, `?event=${SYRIA}&cal=persian`);
		await expect(page.locator(`${detail} .meta time`).first()).toHaveText('8 Mehr 1394');
		await expect(page.locator(`${detail} [data-other-calendar]`)).toHaveText('(30 September 2015)');
		await expect(
			page.locator(`svg[data-chart-plot] [data-event-id="${SYRIA}"]`).first()
		).toHaveAttribute('aria-label', /^8 Mehr 1394, /);

		await page.locator('[data-calendar]').selectOption('gregorian');
		await expect(page.locator(`${detail} .meta time`).first()).toHaveText('30 September 2015');
		await expect(page.locator(`${detail} [data-other-calendar]`)).toHaveText('(8 Mehr 1394)');
	});

	test('writes a date known to the year or month as the Solar Hijri years or months it spans', async ({
		page
	}) => {
		await open(page, '?cal=persian');
		// 1996 ran from 11 Dey 1374 to 10 Dey 1375; August 1992 from 10 Mordad to 9 Shahrivar 1371.
		await expect(page.locator('table time[datetime="1996"]').first()).toHaveText('1374–1375');
		await expect(page.locator('table time[datetime="1992-08"]').first()).toHaveText(
			'Mordad–Shahrivar 1371'
		);
	});
});
