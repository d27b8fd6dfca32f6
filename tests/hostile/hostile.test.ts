// What the validator accepts, every page renders: hostile timelines built and opened in Chromium
// (with no page error, no policy violation and no script of theirs run), their downloads read back
// as a reference manager and a spreadsheet would; what it refuses, it refuses with a location.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { restoreCell } from '../../src/lib/server/data-exports';
import { HOSTILE_PORT } from '../../playwright.config';
import { reportLines, validateTimelineBytes } from '../../src/lib/validate/validate';
import { ACCEPTED, REFUSED } from './cases';

/** Control characters but newline and tab, zero-width and direction marks, BOM, replacement. */
// eslint-disable-next-line no-control-regex -- these are what the test looks for
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u200b-\u200f\u202a-\u202e\ufeff\ufffd]/;

const ROOT = `http://127.0.0.1:${HOSTILE_PORT}`;

/** Opens a page, watching for page errors, policy violations and the payloads' own scripts. */
async function open(page: Page, path: string): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`)
		);
	});
	await page.goto(ROOT + path);
	return async () => {
		const state = await page.evaluate(() => ({
			violations: (window as unknown as { violations?: string[] }).violations ?? [],
			injected: 'injected' in window
		}));
		return [...problems, ...state.violations, ...(state.injected ? ['a payload ran'] : [])];
	};
}

test.describe('hostile data the validator accepts @js-only', () => {
	for (const { name, event, shows, timeline } of ACCEPTED) {
		test(`${name}: the explorer opens its event and keeps working`, async ({ page }) => {
			const problems = await open(page, `/t/${name}/?event=${event}`);
			await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
			const detail = page.locator('[data-event-detail]');
			await expect(detail.getByRole('heading', { level: 2 })).toHaveText(shows);
			// Still responsive: the search filters the table.
			await page.keyboard.press('Escape');
			await page.locator('[data-search]').fill(timeline.events[1]!.title.slice(0, 6));
			await expect(page.locator('[data-event-table] tbody tr')).toHaveCount(1);
			expect(await problems()).toEqual([]);
		});

		test(`${name}: the embed, seminar mode and the handout draw it`, async ({ page }) => {
			for (const path of [`/t/${name}/embed/?event=${event}`, `/t/${name}/present/walk/1/`]) {
				const problems = await open(page, path);
				await expect(page.locator('[data-chart][data-hydrated="true"]').first()).toBeVisible();
				await expect(page.getByText(shows, { exact: true }).first()).toBeAttached();
				expect(await problems(), path).toEqual([]);
			}
			const problems = await open(page, `/t/${name}/handout/`);
			await expect(page.locator('h1')).toHaveText(timeline.meta.title);
			expect(await problems()).toEqual([]);
		});
	}
});

test.describe('hostile data read as prerendered', () => {
	for (const { name, shows, timeline } of ACCEPTED) {
		test(`${name}: the page holds its text as written`, async ({ page }) => {
			const problems = await open(page, `/t/${name}/`);
			await expect(page.locator('h1')).toHaveText(timeline.meta.title);
			await expect(
				page.locator('[data-event-table] tbody').getByText(shows, { exact: true })
			).toBeAttached();
			expect(await problems()).toEqual([]);
		});
	}
});

test.describe('downloads of hostile data', () => {
	// Checks in Node, not in the page: once is enough.
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'run once, with the browser project');

	const injected = ACCEPTED.find(({ name }) => name === 'export-injection')!;

	test('the BibTeX reads back as one entry per reference, with its values', async ({ request }) => {
		const response = await request.get(`${ROOT}/export/export-injection/references.bib`);
		expect(response.ok()).toBe(true);
		const Reader = Cite as unknown as new (
			data: string,
			options: object
		) => {
			data: { id: string; title?: string; DOI?: string; URL?: string }[];
		};
		const entries = new Reader(await response.text(), { forceType: '@biblatex/text' }).data;
		const references = injected.timeline.references;
		expect(entries.map((entry) => entry.id)).toEqual(references.map((reference) => reference.id));
		expect(entries.map((entry) => entry.title)).toEqual(references.map((r) => r.title));
		const written = entries.find((entry) => entry.id === references[1]!.id)!;
		expect(decodeURIComponent(written.DOI ?? '')).toBe(references[1]!.DOI);
		expect(decodeURIComponent(written.URL ?? '')).toBe(references[1]!.URL);
	});

	test('the CSV holds no formula, and each title comes back as written', async ({ request }) => {
		const response = await request.get(`${ROOT}/export/export-injection/events.csv`);
		const rows = Papa.parse<string[]>(await response.text(), { skipEmptyLines: true }).data;
		const [header = [], ...body] = rows;
		for (const cell of body.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		const titles = body.map((row) => restoreCell(row[header.indexOf('title')] ?? ''));
		expect(titles.sort()).toEqual(injected.timeline.events.map((event) => event.title).sort());
	});
});

test.describe('hostile data the validator refuses', () => {
	// Checks in Node, not in the page: once is enough.
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'run once, with the browser project');

	for (const { name, bytes, path, message, line } of REFUSED) {
		test(`${name}: refused with where and why, quickly`, () => {
			const file = `data/${name}.json`;
			const started = performance.now();
			const result = validateTimelineBytes(bytes, file);
			const took = performance.now() - started;
			expect(result.ok, `${name} must not validate`).toBe(false);
			if (result.ok) return;
			const problem = result.problems.find(
				(p) => path.test(reportLines([p])[0] ?? '') && message.test(p.message)
			);
			expect(problem, reportLines(result.problems).join('\n')).toBeDefined();
			expect(problem!.file).toBe(file);
			expect(problem!.line).toBeGreaterThan(0);
			if (line) expect(problem!.line).toBe(line);
			// Printable: no invisible, replacement or control character in what the author reads.
			expect(reportLines(result.problems).join('\n')).not.toMatch(UNPRINTABLE);
			expect(took, 'validation time (ms)').toBeLessThan(1000);
		});
	}
});
