// The explorer as it arrives: the prerendered chart, table and panels, with JavaScript on and off.
import { expect, test } from '@playwright/test';
import { dateRangeLabel } from '../src/lib/format/date-label';
import { timeline } from './timeline-data';

const chart = 'svg[data-chart-plot]';

test.describe('explorer, as served', () => {
	test('names the licences of the data and of the article, from the data', async ({ page }) => {
		await page.goto('/');
		const article = timeline.article!.publication.license!;
		await expect(page.locator('footer').last()).toHaveText(
			`Data: ${timeline.meta.license}. The article: ${article}`
		);
	});

	test('draws the whole chart: axis, every lane, every period, and every event as a mark or in a count', async ({
		page
	}) => {
		await page.goto('/');
		const svg = page.locator(chart);
		await expect(svg).toBeVisible();
		for (const lane of timeline.lanes) {
			await expect(svg.locator(`[data-lane-id="${lane.id}"] .title`)).toHaveText(lane.label);
		}
		await expect(svg.locator('[data-period-id]')).toHaveCount(timeline.periods.length);
		await expect(svg.locator('.axis text').first()).toHaveText(/^\d{4}$/);
		const marks = await svg
			.locator('[data-event-id]')
			.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')));
		const counted = await svg
			.locator('[data-cluster]')
			.evaluateAll((nodes) =>
				nodes.reduce((sum, n) => sum + Number(n.getAttribute('data-count')), 0)
			);
		expect(new Set(marks).size).toBe(marks.length);
		expect(marks.length + counted).toBe(timeline.events.length);
		for (const id of marks) expect(timeline.events.some((e) => e.id === id)).toBe(true);
	});

	test('writes each coordinate of the chart to the hundredth of a pixel, as served', async ({
		request
	}) => {
		const html = await (await request.get('/')).text();
		const svg = html.slice(
			html.indexOf('data-chart-plot'),
			html.indexOf('</svg>', html.indexOf('data-chart-plot'))
		);
		const numbers = [...svg.matchAll(/(?:x|x1|x2|width|transform)="([^"]*)"/g)].flatMap(
			([, value]) => value!.match(/-?\d+(?:\.\d+)?/g) ?? []
		);
		expect(numbers.length).toBeGreaterThan(100);
		expect(numbers.filter((n) => /\.\d{3}/.test(n))).toEqual([]);
	});

	test('names each mark by date, lane and title', async ({ page }) => {
		await page.goto('/');
		const first = page.locator(`${chart} a[data-event-id]`).first();
		const id = (await first.getAttribute('data-event-id'))!;
		const event = timeline.events.find((e) => e.id === id)!;
		const lane = timeline.lanes.find((l) => l.id === event.lane)!;
		await expect(first).toHaveAttribute(
			'aria-label',
			`${dateRangeLabel(event.date, event.end)}, ${lane.label}: ${event.title}`
		);
	});

	test('lists every event in the table, in time order, dated at its precision', async ({
		page
	}) => {
		await page.goto('/');
		const rows = page.locator('[data-event-table] tbody tr');
		await expect(rows).toHaveCount(timeline.events.length);
		const ids = await rows.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-row-for')));
		expect(ids).toEqual(timeline.events.map((e) => e.id));
		for (const [index, event] of timeline.events.entries()) {
			await expect(rows.nth(index).locator('td').first()).toHaveText(
				dateRangeLabel(event.date, event.end).replace(' – ', '\u00a0– ')
			);
		}
	});

	test('names the article, its claims and the numbered references', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('#article')).toContainText(timeline.article!.publication.title);
		for (const claim of timeline.article!.claims) {
			await expect(page.locator(`button[data-claim-id="${claim.id}"]`).first()).toContainText(
				claim.text
			);
		}
		const refs = page.locator('#references ol > li');
		await expect(refs).toHaveCount(timeline.references.length);
	});

	test('marks the periods with their discourse level and the article’s year', async ({ page }) => {
		await page.goto('/');
		for (const period of timeline.periods) {
			await expect(page.locator(`${chart} [data-period-id="${period.id}"]`)).toHaveAttribute(
				'data-discourse',
				period.discourse
			);
		}
		await expect(page.locator(`${chart} .article text`)).toHaveText('Sadegi 2020 published');
	});

	test('serves each timeline at /t/<slug>/ too', async ({ page }) => {
		const response = await page.goto('/t/iran-russia/');
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText(timeline.meta.title);
		await expect(page.locator(`${chart} [data-lane-id]`)).toHaveCount(timeline.lanes.length);
	});

	test('offers the references and the article as BibTeX and RIS', async ({ page, request }) => {
		await page.goto('/');
		const bib = page.locator('#references a[download$="references.bib"]');
		const href = await bib.evaluate((a) => (a as HTMLAnchorElement).href);
		const response = await request.get(href);
		expect(response.ok()).toBe(true);
		const text = await response.text();
		expect(text.match(/^@\w+\{/gm)).toHaveLength(timeline.references.length);
		const ris = await request.get(
			await page
				.locator('#references a[download$="article.ris"]')
				.evaluate((a) => (a as HTMLAnchorElement).href)
		);
		expect(await ris.text()).toContain('DO  - 10.22363/2313-1438-2020-22-2-276-289');
	});

	for (const width of [360, 1280, 1920]) {
		test(`fits a ${width} px wide screen without sideways page scrolling`, async ({
			page
		}, info) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/');
			// Narrower than 600 px the timeline runs down the page instead of across.
			await expect(page.locator(width < 600 ? '[data-vertical-timeline]' : chart)).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `screenshots/explorer-${width}-${info.project.name}.png` });
		});
	}
});
