// The timeline's milestones: drawn as annotations at every zoom, named, reachable, and in every view.
import { expect, test, type Page } from '@playwright/test';
import { timeline } from './timeline-data';

const chart = 'svg[data-chart-plot]';
const milestones = timeline.milestones;

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator(`${chart} [data-milestone]`).first()).toBeVisible();
}

/** The milestones drawn, with the box of each label on screen. */
async function drawn(page: Page) {
	return page.locator(`${chart} [data-milestone]`).evaluateAll((nodes) =>
		nodes.map((node) => {
			const box = node.querySelector('text')!.getBoundingClientRect();
			return {
				id: node.getAttribute('data-milestone')!,
				text: node.querySelector('text')!.textContent ?? '',
				left: box.left,
				right: box.right,
				top: box.top,
				bottom: box.bottom
			};
		})
	);
}

test.describe('milestones', () => {
	test('the shipped timeline names the three the story turns on', () => {
		expect(milestones.map((m) => m.event)).toEqual([
			'crimea-first-western-sanctions-2014',
			'russia-syria-air-campaign-2015',
			'un-conventional-arms-restrictions-expire-2020'
		]);
	});

	for (const [name, query, expected] of [
		['the default view', '', milestones.map((m) => m.id)],
		['a zoom into 2015 @js-only', '?from=2015-01&to=2015-12', ['syria-2015']],
		['a zoom into 2020 @js-only', '?from=2020-06&to=2020-12', ['un-arms-2020']]
	] as const) {
		test(`are drawn whole, clear of each other and inside the chart at ${name}`, async ({
			page
		}) => {
			await open(page, `/${query}`);
			const labels = await drawn(page);
			expect(labels.map((l) => l.id)).toEqual(expected);
			const plot = (await page.locator(chart).boundingBox())!;
			for (const label of labels) {
				const milestone = milestones.find((m) => m.id === label.id)!;
				expect(label.text).toBe(milestone.label);
				expect(label.left).toBeGreaterThanOrEqual(plot.x - 1);
				expect(label.right).toBeLessThanOrEqual(plot.x + plot.width + 1);
				expect(label.bottom).toBeLessThanOrEqual(
					(await page.locator(`${chart} .axis text`).first().boundingBox())!.y + 1
				);
			}
			for (const [i, a] of labels.entries())
				for (const b of labels.slice(i + 1)) {
					const apart =
						a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
					expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
				}
		});
	}

	test("each rule stands at its event's mark, never folded into a count @js-only", async ({
		page
	}) => {
		await open(page, '/');
		for (const milestone of milestones) {
			const mark = page.locator(`${chart} a[data-event-id="${milestone.event}"]`);
			await expect(mark).toBeVisible();
			const markBox = (await mark.boundingBox())!;
			const rule = (await page
				.locator(`${chart} [data-milestone="${milestone.id}"] line`)
				.boundingBox())!;
			expect(Math.abs(rule.x + rule.width / 2 - (markBox.x + markBox.width / 2))).toBeLessThan(2);
		}
	});

	test('are reached from the keyboard and open their event @js-only', async ({ page }) => {
		await open(page, '/');
		const link = page.locator(`${chart} [data-milestone="syria-2015"] a`);
		await link.focus();
		await expect(link).toBeFocused();
		await expect(link).toHaveAttribute('aria-label', /Russia's air campaign in Syria/);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/event=russia-syria-air-campaign-2015/);
		await expect(page.locator('[data-detail-for="russia-syria-air-campaign-2015"]')).toBeVisible();
	});

	test('are named in the legend', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('[data-legend="milestone"]')).toHaveText('milestone');
	});

	for (const path of ['/embed/', '/handout/', '/present/argument/1/']) {
		test(`are drawn in ${path}`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator(`${chart} [data-milestone]`)).toHaveCount(milestones.length);
		});
	}
});
