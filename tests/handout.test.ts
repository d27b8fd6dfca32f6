// The printable handout: every event and reference on the page (with JavaScript on and off), and
// printed to PDF on A4 and US Letter with every event kept whole on one page.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dateRangeLabel } from '../src/lib/format/date-label';
import { pagePng, pageTexts } from './pdf';
import { timeline } from './timeline-data';

const SCREENSHOTS = 'screenshots';
const article = timeline.article!;
const lanes = new Map(timeline.lanes.map((lane) => [lane.id, lane.label]));
const claims = new Map(article.claims.map((claim) => [claim.id, claim.text]));
const numbers = new Map(timeline.references.map((r) => [r.item.id, String(r.number)]));
numbers.set(article.publication.id, article.label);

/** Text as it reads, whatever the line breaks: every run of white space as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text with no white space at all, so words wrapped or split across lines still compare. */
const compact = (text: string) => text.replace(/\s+/g, '');

/** What an event's line above its title says: its date at its precision and its lane. */
const metaOf = (event: (typeof timeline.events)[number]) =>
	`${dateRangeLabel(event.date, event.end)} · ${lanes.get(event.lane)}`;

async function open(page: Page, path = '/handout/'): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveText(timeline.meta.title);
}

test.describe('handout, on screen', () => {
	test('opens with the title and the full citation of the article, linked by its DOI', async ({
		page
	}) => {
		await open(page);
		const citation = page.locator('#article');
		await expect(citation).toContainText(article.publication.title!);
		const doi = `https://doi.org/${article.publication.DOI}`;
		await expect(citation.locator('a')).toHaveAttribute('href', doi);
		await expect(citation.locator('a')).toHaveText(doi);
	});

	test('lists every event in time order with its date, lane, title, summary, claims and numbered sources', async ({
		page
	}) => {
		await open(page);
		const shown = await page.locator('[data-handout-event]').evaluateAll((nodes) =>
			nodes.map((node) => ({
				id: node.getAttribute('data-handout-event'),
				meta: node.querySelector('.meta')?.textContent ?? '',
				title: node.querySelector('h3')?.textContent ?? '',
				summary: node.querySelector('.summary')?.textContent ?? '',
				claims: [...node.querySelectorAll('[data-claim-id]')].map((li) => ({
					id: li.getAttribute('data-claim-id'),
					relation: li.querySelector('[data-relation]')?.getAttribute('data-relation'),
					text: li.textContent ?? ''
				})),
				sources: [...node.querySelectorAll('.sources a')].map((a) => ({
					text: a.textContent,
					href: a.getAttribute('href')
				}))
			}))
		);
		expect(shown.map((event) => event.id)).toEqual(timeline.events.map((event) => event.id));
		for (const [index, event] of timeline.events.entries()) {
			const got = shown[index]!;
			expect(spaced(got.meta), event.id).toBe(metaOf(event));
			expect(got.title).toBe(event.title);
			expect(spaced(got.summary)).toBe(spaced(event.summaryText));
			expect(got.claims.map((c) => [c.id, c.relation])).toEqual(
				event.claims.map((c) => [c.id, c.relation])
			);
			for (const [i, link] of event.claims.entries()) {
				expect(spaced(got.claims[i]!.text)).toContain(spaced(claims.get(link.id)!));
				expect(spaced(got.claims[i]!.text)).toContain(spaced(link.note));
			}
			expect(got.sources).toEqual(
				event.sources.map((source) => ({
					text: `[${numbers.get(source.ref)}${source.locator ? `, ${source.locator}` : ''}]`,
					href: source.ref === article.publication.id ? '#article' : `#ref-${source.ref}`
				}))
			);
		}
	});

	test('lists the periods with their discourse level', async ({ page }) => {
		await open(page);
		for (const period of timeline.periods) {
			const item = page.locator(`section.periods li[data-period-id="${period.id}"]`);
			await expect(item.locator('h3')).toHaveText(period.label);
			await expect(item).toContainText(`Discourse: ${period.discourse}`);
		}
	});

	test('ends with the whole bibliography, numbered as cited, each link written out', async ({
		page
	}) => {
		await open(page);
		const entries = page.locator('.references li');
		await expect(entries).toHaveCount(timeline.references.length);
		const shown = await entries.evaluateAll((nodes) =>
			nodes.map((node) => ({
				id: node.id,
				number: node.querySelector('.number')?.textContent,
				link: node.querySelector('a')?.textContent ?? null,
				href: node.querySelector('a')?.getAttribute('href') ?? null
			}))
		);
		for (const [index, reference] of timeline.references.entries()) {
			const { DOI: doi, URL: url } = reference.item;
			const href = doi ? `https://doi.org/${doi}` : (url ?? null);
			expect(shown[index]).toEqual({
				id: `ref-${reference.item.id}`,
				number: `[${index + 1}]`,
				link: href,
				href
			});
		}
	});

	test('draws the whole timeline as a still figure, each mark linking to its event', async ({
		page
	}) => {
		await open(page);
		const figure = page.locator('figure [data-chart][data-figure]');
		await expect(figure.locator('[data-lane-id]')).toHaveCount(timeline.lanes.length);
		await expect(figure.locator('[data-period-id]')).toHaveCount(timeline.periods.length);
		const marks = await figure
			.locator('[data-event-id]')
			.evaluateAll((nodes) =>
				nodes.map((n) => [n.getAttribute('data-event-id'), n.getAttribute('href')])
			);
		const counted = await figure
			.locator('[data-cluster]')
			.evaluateAll((nodes) =>
				nodes.reduce((sum, n) => sum + Number(n.getAttribute('data-count')), 0)
			);
		expect(marks.length + counted).toBe(timeline.events.length);
		for (const [id, href] of marks) {
			expect(href).toBe(`#event-${id}`);
			await expect(page.locator(`#event-${id}`)).toHaveCount(1);
		}
		// A figure, not a control: no tab stop, and no scrolling inside its box.
		await expect(figure.locator('[tabindex="0"]')).toHaveCount(0);
		const overflow = await figure.evaluate((box) => box.scrollWidth - box.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('links the explorer and its handout both ways', async ({ page }) => {
		await page.goto('/');
		await page.locator('[data-handout-link]').click();
		await expect(page).toHaveURL(/\/handout\/$/);
		await expect(page.locator('[data-handout-event]')).toHaveCount(timeline.events.length);
		await page.locator('[data-explorer-link]').click();
		await expect(page).toHaveURL(/:\d+\/$/);
		await expect(page.locator('svg[data-chart-plot]')).toBeVisible();

		await page.goto(`/t/${timeline.slug}/`);
		await page.locator('[data-handout-link]').click();
		await expect(page).toHaveURL(new RegExp(`/t/${timeline.slug}/handout/$`));
		await expect(page.locator('[data-handout-event]')).toHaveCount(timeline.events.length);
		await page.locator('[data-explorer-link]').click();
		await expect(page).toHaveURL(new RegExp(`/t/${timeline.slug}/$`));
	});

	test('offers a Print button only when JavaScript can run it', async ({ page }, info) => {
		await page.addInitScript(() => {
			window.print = () => document.body.setAttribute('data-printed', 'true');
		});
		await open(page);
		const button = page.locator('button[data-print]');
		if (info.project.use.javaScriptEnabled === false) {
			await expect(button).toHaveCount(0);
			return;
		}
		await button.click();
		await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');
	});

	test('axe finds no WCAG 2.2 AA violations @js-only', async ({ page }) => {
		test.slow(); // axe checks the contrast of every element of a document of some 35 pages
		await open(page);
		await expectNoAxeViolations(page);
	});

	for (const width of [360, 1280]) {
		test(`fits a ${width} px wide screen without sideways page scrolling`, async ({
			page
		}, info) => {
			await page.setViewportSize({ width, height: 900 });
			await open(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `${SCREENSHOTS}/handout-${width}-${info.project.name}.png` });
		});
	}

	test('in print, drops the controls and fits a page’s text width', async ({ page }) => {
		// A4 less 15 mm margins each side is about 680 CSS pixels wide.
		await page.setViewportSize({ width: 680, height: 1000 });
		await open(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-explorer-link]')).toBeHidden();
		await expect(page.locator('button[data-print]')).toBeHidden();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const chart = await page.locator('figure svg[data-chart-plot]').boundingBox();
		expect(chart!.width).toBeLessThanOrEqual(680);
	});
});

test.describe('handout, printed', () => {
	for (const format of ['A4', 'Letter'] as const) {
		test(`prints on ${format}: every event on the page, each whole on one page`, async ({
			page
		}, info) => {
			await open(page);
			const pdf = await page.pdf({ format });
			mkdirSync(SCREENSHOTS, { recursive: true });
			const name = `${SCREENSHOTS}/handout-${format}-${info.project.name}`;
			writeFileSync(`${name}.pdf`, pdf);
			for (const number of [1, 2, 3]) {
				writeFileSync(`${name}-page${number}.png`, await pagePng(pdf, number));
			}

			const pages = (await pageTexts(pdf)).map(compact);
			// Between eight events a page and two, plus the title pages and the bibliography.
			const events = timeline.events.length;
			const references = timeline.references.length;
			expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(events / 8));
			expect(pages.length).toBeLessThanOrEqual(Math.ceil(events / 2 + references / 10) + 2);

			const whole = pages.join('');
			for (const event of timeline.events) {
				expect(whole, event.id).toContain(compact(event.title));
				// The line above the title and the title, found on one page, with the end of the summary
				// further down that same page.
				const heading = compact(`${metaOf(event)}${event.title}`);
				const on = pages.findIndex((text) => text.includes(heading));
				expect(on, `${event.id}: date, lane and title on one page`).toBeGreaterThanOrEqual(0);
				const text = pages[on]!;
				const ending = compact(event.summaryText).slice(-40);
				expect(
					text.indexOf(ending, text.indexOf(heading)),
					`${event.id}: the end of its summary on page ${on + 1}, with its title`
				).toBeGreaterThan(0);
			}
		});
	}
});
