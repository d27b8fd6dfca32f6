// An event's summary and the formatted citations are not in the explorer's page: they come from
// details.json the first time something needs them (an open event, a search, the references), and
// when they cannot come, the page says so and stays readable. @js-only
import { expect, test, type Page } from '@playwright/test';
import { fold } from '../src/lib/view/filter';
import { timeline } from './timeline-data';

const SYRIA = 'russia-syria-air-campaign-2015';
const syria = timeline.events.find((e) => e.id === SYRIA)!;
const detail = '[data-event-detail]';

/** Requests for the details file, as the page makes them. */
function detailsRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.endsWith('/details.json')) seen.push(request.url());
	});
	return seen;
}

async function open(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
}

/** A word of some summaries that no title holds, and the events whose summary holds it. */
function summaryOnlyWord(): { word: string; ids: string[] } {
	const titles = fold(timeline.events.map((e) => e.title).join(' '));
	for (const event of timeline.events) {
		for (const word of fold(event.summaryText).match(/\p{L}{9,}/gu) ?? []) {
			if (titles.includes(word)) continue;
			const ids = timeline.events
				.filter((e) => fold(`${e.title} ${e.summaryText}`).includes(word))
				.map((e) => e.id);
			if (ids.length >= 2 && ids.length <= 5) return { word, ids };
		}
	}
	throw new Error('no word of the summaries is missing from every title');
}

test.describe("an event's text @js-only", () => {
	test('is not in the page, and comes once when an event is opened', async ({ page, request }) => {
		const html = await (await request.get('/')).text();
		const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		const sentence = syria.summaryText.slice(0, 60);
		expect(scripts.join('')).not.toContain(sentence);

		const fetched = detailsRequests(page);
		await open(page, '?from=2015-06-01&to=2015-12-31');
		await page.waitForTimeout(300);
		expect(fetched).toEqual([]);

		await page.locator(`svg[data-chart-plot] [data-event-id="${SYRIA}"]`).click();
		await expect(page.locator(`${detail} .summary`)).toHaveText(syria.summaryText);
		const first = syria.sources[0]!.ref;
		const number = timeline.references.find((r) => r.item.id === first)!.number;
		await expect(page.locator(`${detail} [data-source-ref="${first}"]`)).toContainText(
			`[${number}]`
		);
		await expect(page.locator(`${detail} [data-source-ref="${first}"] .text`)).not.toBeEmpty();
		// Another event reads from what came: nothing more is fetched.
		await page.locator(`${detail} [data-detail-next]`).click();
		await expect(page.locator(`${detail} [data-details-loading]`)).toHaveCount(0);
		expect(fetched).toHaveLength(1);
	});

	test('a search looks in the summaries once they are here', async ({ page }) => {
		const { word, ids } = summaryOnlyWord();
		await open(page, `?q=${encodeURIComponent(word)}`);
		await expect(page.locator('[data-search]')).toHaveValue(word);
		const rows = page.locator('[data-event-table] tbody tr');
		await expect(rows).toHaveCount(ids.length);
		expect(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-row-for')))).toEqual(
			ids
		);
	});

	test('when the details cannot come, the event says why and the references stay readable', async ({
		page
	}) => {
		await page.route('**/details.json', (route) => route.fulfill({ status: 503, body: '' }));
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await open(page, `?event=${SYRIA}`);
		const failed = page.locator(`${detail} [data-details-failed]`);
		await expect(failed).toContainText('503');
		await expect(failed).toContainText('reload the page');
		await expect(page.locator(`${detail} h2`)).toHaveText(syria.title);

		await page.locator('#references summary').click();
		const references = page.locator('[data-island="references"]');
		await expect(references.locator('li[id^="ref-"]')).toHaveCount(timeline.references.length);
		await expect(references.locator('li[id^="ref-"] .text').first()).not.toBeEmpty();
		await expect(references).not.toHaveAttribute('data-live', 'true');
		expect(errors).toEqual([]);
	});

	test('the references come to life when their panel is opened', async ({ page }) => {
		const fetched = detailsRequests(page);
		await open(page);
		const references = page.locator('[data-island="references"]');
		await page.waitForTimeout(300);
		await expect(references).not.toHaveAttribute('data-live', 'true');
		await page.locator('#references summary').click();
		await expect(references).toHaveAttribute('data-live', 'true');
		expect(fetched).toHaveLength(1);
		const first = references.locator('button[data-ref-id]:not([disabled])').first();
		const id = await first.getAttribute('data-ref-id');
		await first.click();
		await expect(first).toHaveAttribute('aria-pressed', 'true');
		expect(new URL(page.url()).searchParams.get('ref')).toBe(id);
		await expect(references.locator(`#ref-${id} .link-button`).first()).toBeVisible();
	});
});
