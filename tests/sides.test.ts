// Marks are filled by who acted, in colours that stand out 3:1 on the light and the dark theme.
import { expect, test, type Page } from '@playwright/test';
import { rgb } from 'wcag-contrast';
import { BACKGROUNDS, MARK_CONTRAST } from '../src/lib/model/side-colours';
import { timeline } from './timeline-data';

const chart = 'svg[data-chart-plot]';

/** Every drawn event mark's side and the colours its shapes are filled with. */
async function fills(page: Page): Promise<{ side: string; fill: number[] }[]> {
	return page.locator(`${chart} [data-event-id][data-side]`).evaluateAll((marks) =>
		marks.flatMap((mark) =>
			[...mark.querySelectorAll('.shape, .bar, .half')].map((shape) => ({
				side: mark.getAttribute('data-side')!,
				fill: getComputedStyle(shape).fill.match(/\d+/g)!.slice(0, 3).map(Number)
			}))
		)
	);
}

/** The page's own backgrounds for marks (page, chart, alternate lanes), as the browser resolves them. */
async function backgrounds(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const probe = document.createElement('span');
		document.querySelector('[data-chart]')!.append(probe);
		const colours = ['--surface', '--lane-alt', '--bg'].map((name) => {
			probe.style.color = `var(${name})`;
			return getComputedStyle(probe).color;
		});
		probe.remove();
		return colours;
	});
}

const hexOf = (colour: number[]) =>
	'#' + colour.map((channel) => channel.toString(16).padStart(2, '0')).join('');
const channels = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);

test('each mark carries its side from the data, and the legend names the sides', async ({
	page
}) => {
	await page.goto('/');
	const sided = timeline.events.filter((e) => e.side);
	expect(sided.length).toBe(timeline.events.length);
	for (const id of ['russia-syria-air-campaign-2015', 'oic-chechnya-mission-1999']) {
		const event = timeline.events.find((e) => e.id === id)!;
		const mark = page.locator(`${chart} [data-event-id="${id}"]`);
		await expect(mark).toHaveAttribute('data-side', event.side!);
	}
	await expect(page.locator('[data-legend-side]')).toHaveText([
		timeline.actors[0].name,
		timeline.actors[1].name,
		'both',
		'a third party'
	]);
});

for (const [theme, query] of [
	['light', '/'],
	['dark', '/embed/?theme=dark']
] as const) {
	test(`every coloured mark stands out 3:1 on the ${theme} theme @js-only`, async ({ page }) => {
		await page.goto(query);
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		// The colours were made against these backgrounds: the page must use no others.
		const onPage = (await backgrounds(page)).map((css) => hexOf(channels(css)));
		for (const background of onPage) expect(BACKGROUNDS[theme]).toContain(background);
		const drawn = await fills(page);
		expect(new Set(drawn.map((d) => d.side))).toEqual(
			new Set(['first', 'second', 'both', 'other'])
		);
		for (const { side, fill } of drawn)
			for (const background of BACKGROUNDS[theme])
				expect(
					rgb(fill as [number, number, number], hexToRgb(background)),
					`${side} ${hexOf(fill)} on ${background}`
				).toBeGreaterThanOrEqual(MARK_CONTRAST);
		// The two actors are told apart by more than the split mark: their fills differ.
		const first = drawn.find((d) => d.side === 'first')!.fill;
		const second = drawn.find((d) => d.side === 'second')!.fill;
		expect(hexOf(first)).not.toBe(hexOf(second));
	});
}

function hexToRgb(hex: string): [number, number, number] {
	const value = hex.replace('#', '');
	return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
}

for (const [theme, query] of [
	['light', '/'],
	['dark', '/embed/?theme=dark']
] as const) {
	test(`the chart's text outside the period band reads 4.5:1 on the ${theme} theme @js-only`, async ({
		page
	}) => {
		await page.goto(query);
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		// Axe does not measure SVG text; the period band's labels stand on their own tints.
		const fills = await page
			.locator(`${chart} text`)
			.evaluateAll((texts) =>
				texts
					.filter((text) => !text.closest('.periods, .tip'))
					.map((text) => [text.textContent ?? '', getComputedStyle(text).fill] as const)
			);
		expect(fills.length).toBeGreaterThan(10);
		for (const [text, fill] of fills)
			for (const background of BACKGROUNDS[theme])
				expect(
					rgb(channels(fill) as [number, number, number], hexToRgb(background)),
					`"${text}" (${fill}) on ${background}`
				).toBeGreaterThanOrEqual(4.5);
	});
}
