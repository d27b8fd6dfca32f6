// What the page loads when: the chart comes to life with the page on a wide screen and not at all on
// a phone; the parts nobody has reached for yet (the overview's brush, the table, the phone's
// timeline, the open event's panel) load their code the first time they are used, and the input
// that woke them is not lost. @js-only
import { expect, test, type Page } from '@playwright/test';
import { dragAcrossOverview } from './overview';
import { timeline } from './timeline-data';

/** The scripts the page has fetched so far, by path. */
function scripts(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') seen.push(new URL(request.url()).pathname);
	});
	return seen;
}

/** Waits until no script has been asked for in the last `quiet` ms. */
async function settled(page: Page, seen: string[], quiet = 600): Promise<number> {
	let count = -1;
	while (count !== seen.length) {
		count = seen.length;
		await page.waitForTimeout(quiet);
	}
	return count;
}

/** Opens a page on a wide screen and waits for its chart to come to life. */
async function openLive(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
}

const first = [...timeline.events].sort((a, b) => a.span.start - b.span.start)[0]!;

test.describe('on a wide screen @js-only', () => {
	test('the overview strip fetches its brush when the pointer first comes over it', async ({
		page
	}) => {
		const seen = scripts(page);
		await openLive(page, '/');
		const before = await settled(page, seen);
		await page.locator('svg[data-overview]').hover();
		await expect.poll(() => seen.length).toBeGreaterThan(before);
	});

	test('a window drawn on the overview before its brush has loaded still moves the chart', async ({
		page
	}) => {
		const seen = scripts(page);
		await openLive(page, '/?from=1990-01-01&to=1994-12-31');
		await expect(page.locator('[data-island="overview"]')).toHaveAttribute('data-live', 'true');
		await settled(page, seen);
		// Whatever code is asked for from now on (the brush) arrives late: the drag is over by then.
		await page.route('**/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await dragAcrossOverview(page, 0.8, 0.97);
		await expect(page).not.toHaveURL(/from=1990/);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('from') ?? '', { timeout: 10_000 })
			.toMatch(/^20(1[5-9]|2)/);
	});

	test('a click in the table before it is live is kept and opens the event', async ({ page }) => {
		await openLive(page, '/');
		const table = page.locator('[data-island="event-table"]');
		await expect(table).not.toHaveAttribute('data-live', 'true');
		// A click with no pointer moving there first: the table wakes on the click itself.
		await table.locator(`a[href="?event=${first.id}"]`).first().dispatchEvent('click');
		await expect(table).toHaveAttribute('data-live', 'true');
		await expect(page.locator('[data-event-detail] h2')).toHaveText(first.title);
		await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
	});
});

test.describe('on a phone @js-only', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('the hidden chart never comes to life, and the timeline down the page wakes when touched', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const seen = scripts(page);
		await page.goto('/');
		await settled(page, seen);
		await expect(page.locator('[data-island="chart"]')).not.toHaveAttribute('data-live', 'true');
		await expect(page.locator('[data-chart]')).not.toHaveAttribute('data-hydrated', 'true');
		const vertical = page.locator('[data-island="vertical"]');
		await expect(vertical).not.toHaveAttribute('data-live', 'true');

		await vertical.locator(`a[href="?event=${first.id}"]`).first().tap();
		await expect(vertical).toHaveAttribute('data-live', 'true');
		await expect(page.locator('[data-event-detail] h2')).toHaveText(first.title);
		await expect(page.locator('[data-island="chart"]')).not.toHaveAttribute('data-live', 'true');
		expect(errors).toEqual([]);
	});
});
