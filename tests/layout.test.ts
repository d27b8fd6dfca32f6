// The explorer puts the chart first: on a laptop screen the whole chart is in view without scrolling.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { timeline } from './timeline-data';

const chart = 'svg[data-chart-plot]';

for (const [width, height] of [
	[1280, 800],
	[1920, 1080]
] as const) {
	test(`at ${width}×${height} the first lane starts high and the whole chart is on the first screen @js-only`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width, height } });
		const page = await context.newPage();
		await page.goto('/');
		const lanes = page.locator(`${chart} [data-lane-id]`);
		await expect(lanes.first()).toBeVisible();
		const first = (await lanes.first().boundingBox())!;
		const last = (await lanes.last().boundingBox())!;
		expect(first.y).toBeLessThanOrEqual(240);
		expect(last.y + last.height).toBeLessThanOrEqual(height);
		for (const part of [`${chart} .axis`, `${chart} .periods`, `${chart} .milestones`]) {
			const box = (await page.locator(part).boundingBox())!;
			expect(box.y, part).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height, part).toBeLessThanOrEqual(height);
		}
		// What the timeline is about follows the chart.
		const about = (await page.locator('#about-title').boundingBox())!;
		expect(about.y).toBeGreaterThan(last.y + last.height);
		await context.close();
	});
}

test('the lane filters open over the chart and pass axe @js-only', async ({ page }) => {
	test.slow(); // axe checks the contrast of every element of the whole explorer, table included
	await page.goto('/');
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
	await page.locator('[data-lanes] summary').click();
	await expect(page.locator('[data-lane-toggle]').first()).toBeVisible();
	const before = (await page.locator(`${chart} [data-lane-id]`).first().boundingBox())!;
	expect(before.y).toBeLessThanOrEqual(240);
	await expectNoAxeViolations(page);
	await page.mouse.click(5, 5);
	await expect(page.locator('[data-lane-toggle]').first()).toBeHidden();
});

for (const query of ['', '?from=2014-01&to=2016-12']) {
	test(`no label on the chart ends in a cut word ${query ? 'zoomed in @js-only' : 'at the default view'}`, async ({
		page
	}) => {
		await page.goto(`/${query}`);
		const labels = page.locator(`${chart} [data-label-for]`);
		await expect(labels.first()).toBeVisible();
		const drawn = await labels.evaluateAll((nodes) =>
			nodes.map((n) => ({ id: n.getAttribute('data-label-for')!, text: n.textContent ?? '' }))
		);
		expect(drawn.length).toBeGreaterThan(5);
		for (const { id, text } of drawn) {
			const title = timeline.events.find((e) => e.id === id)!.title;
			if (!text.endsWith('…')) {
				expect(text).toBe(title);
				continue;
			}
			const kept = text.slice(0, -1);
			expect(title.startsWith(kept), `${text} / ${title}`).toBe(true);
			// What follows the kept words in the title starts a new word.
			expect(title.slice(kept.length), `${text} / ${title}`).toMatch(/^[\s,:;–—-]/);
		}
	});
}
