import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dateRangeLabel } from '../src/lib/format/date-label';
import { timeline } from './timeline-data';

test.describe('home page', () => {
	test('lists every event, each in its lane in time order', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-event-id]')).toHaveCount(timeline.events.length);
		for (const lane of timeline.lanes) {
			const expected = timeline.events.filter((e) => e.lane === lane.id).map((e) => e.id);
			const shown = await page
				.locator(`[data-lane-id="${lane.id}"] [data-event-id]`)
				.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')));
			expect(shown, `lane ${lane.id}`).toEqual(expected);
		}
	});

	test('shows each date at its own precision, machine-readable', async ({ page }) => {
		await page.goto('/');
		for (const event of timeline.events) {
			const date = page.locator(`[data-event-id="${event.id}"] .date`);
			await expect(date).toHaveText(
				dateRangeLabel(event.date, event.end).replace(' – ', '\u00a0– ')
			);
			await expect(date.locator('time').first()).toHaveAttribute('datetime', event.date.iso);
		}
	});

	test('numbers each citation and links it to its reference', async ({ page }) => {
		await page.goto('/');
		const event = timeline.events.find((e) =>
			timeline.references.some((r) => r.item.id === e.sources[0]?.ref)
		);
		test.skip(!event, 'no event cites a numbered reference');
		const ref = timeline.references.find((r) => r.item.id === event!.sources[0]!.ref)!;
		const cite = page
			.locator(`[data-event-id="${event!.id}"] a[data-ref-id="${ref.item.id}"]`)
			.first();
		await expect(cite).toContainText(`[${ref.number}`);
		await expect(cite).toHaveAttribute('href', `#ref-${ref.item.id}`);
		await expect(page.locator(`li#ref-${ref.item.id}`)).toBeAttached();
	});

	test('names the article and its claims', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('#article')).toContainText(timeline.article!.publication.title);
		for (const claim of timeline.article!.claims) {
			await expect(page.locator(`li#claim-${claim.id}`)).toContainText(claim.text);
		}
	});

	test('has no accessibility violations at WCAG 2.2 AA @js-only', async ({ page }) => {
		await page.goto('/');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
	});

	for (const width of [360, 1280, 1920]) {
		test(`fits a ${width} px wide screen without sideways scrolling`, async ({ page }, info) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `screenshots/home-${width}-${info.project.name}.png` });
		});
	}
});
