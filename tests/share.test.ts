// Sharing a view: its link, embed code with a live preview, the chart as SVG and PNG, the data, a citation.
import { DYAD_CSV_COLUMNS } from '../src/lib/import/dyad-csv-columns';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { FILE, timeline } from './timeline-data';

async function openShare(page: Page, query: string) {
	await page.goto(`/${query}`);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
	await page.locator('[data-open-share]').click();
	const dialog = page.locator('[data-dialog="share"]');
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): [number, number] {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test.describe('share @js-only', () => {
	test('gives the link to this view, and embed code that follows the options, previewed live', async ({
		page
	}) => {
		const dialog = await openShare(page, '?claim=syria&from=2015-01-01&to=2017-12-31');
		const link = new URL(await dialog.locator('[data-share-link]').inputValue());
		expect(link.pathname).toBe('/');
		expect(Object.fromEntries(link.searchParams)).toEqual({
			from: '2015-01-01',
			to: '2017-12-31',
			claim: 'syria'
		});
		const code = dialog.locator('[data-embed-code]');
		await expect(code).toHaveValue(
			/<iframe src="http:\/\/localhost:\d+\/embed\/\?from=2015-01-01&amp;to=2017-12-31&amp;claim=syria"/
		);
		await expect(code).toHaveValue(
			/<script src="http:\/\/localhost:\d+\/embed\.js" async><\/script>$/
		);
		await dialog.locator('[data-embed-theme]').selectOption('dark');
		await dialog.locator('[data-embed-height]').selectOption('400');
		await expect(code).toHaveValue(/theme=dark&amp;height=400/);
		await expect(code).not.toHaveValue(/<script/);
		const preview = page.frameLocator('[data-embed-preview]');
		await expect(preview.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(preview.locator('svg [data-relation="supports"]').first()).toBeVisible();
		await expect(dialog.locator('[data-cite]')).toHaveValue(
			new RegExp(
				`Sadegi[^\\n]*\\n.*${timeline.meta.title}.*claim=syria.*accessed \\d{4}-\\d\\d-\\d\\d`
			)
		);
		await page.screenshot({ path: 'screenshots/share-dialog.png' });
		await expectNoAxeViolations(page, {
			include: '[data-dialog="share"]',
			exclude: '[data-embed-preview]'
		});
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('downloads the chart as SVG and as a PNG twice its size', async ({ page }) => {
		const dialog = await openShare(page, '?claim=syria');
		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			dialog.locator('[data-download="svg"]').click()
		]);
		const svgPath = 'screenshots/share-chart.svg';
		await svgDownload.saveAs(svgPath);
		const svg = readFileSync(svgPath, 'utf8');
		expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toContain('data-relation="supports"');
		for (const milestone of timeline.milestones) {
			expect(svg).toContain(`data-milestone="${milestone.id}"`);
		}
		const width = Number(svg.match(/<svg[^>]*\swidth="(\d+)"/)?.[1]);
		const height = Number(svg.match(/<svg[^>]*\sheight="(\d+)"/)?.[1]);
		expect(width).toBeGreaterThan(300);

		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			dialog.locator('[data-download="png"]').click()
		]);
		const pngPath = 'screenshots/share-chart.png';
		await pngDownload.saveAs(pngPath);
		expect(pngSize(readFileSync(pngPath))).toEqual([width * 2, height * 2]);

		// The SVG stands alone: a browser draws it as an image, at its size, with the chart in it.
		const image = await page.context().newPage();
		await image.setContent(
			`<img alt="chart" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`
		);
		const natural = await image.locator('img').evaluate(async (img: HTMLImageElement) => {
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		});
		expect(natural).toEqual([width, height]);
		await image.screenshot({ path: 'screenshots/share-chart-svg-rendered.png' });
	});

	test('downloads the data as the JSON file and the events as CSV', async ({ page }) => {
		const dialog = await openShare(page, '');
		const [json] = await Promise.all([
			page.waitForEvent('download'),
			dialog.locator('[data-download="json"]').click()
		]);
		expect(readFileSync(await json.path(), 'utf8')).toBe(readFileSync(FILE, 'utf8'));
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			dialog.locator('[data-download="csv"]').click()
		]);
		const lines = readFileSync(await csv.path(), 'utf8')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe(DYAD_CSV_COLUMNS.join(','));
		expect(lines.length).toBeGreaterThan(timeline.events.length);
	});
});
