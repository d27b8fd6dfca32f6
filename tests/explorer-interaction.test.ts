// The explorer in use: selecting, keyboard moves, claims, references, filters, zoom and the URL. @js-only
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { dateRangeLabel } from '../src/lib/format/date-label';
import { dragAcrossOverview } from './overview';
import { timeline } from './timeline-data';

const chart = 'svg[data-chart-plot]';
const SYRIA = 'russia-syria-air-campaign-2015';

async function open(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
}

function params(page: Page): URLSearchParams {
	return new URL(page.url()).searchParams;
}

/** Waits until a gesture has ended and the URL has stopped changing (wheel ends after 150 ms idle). */
async function settled(page: Page): Promise<void> {
	let before = '';
	await expect
		.poll(
			async () => {
				const now = page.url();
				const same = now === before;
				before = now;
				return same;
			},
			{ intervals: [400] }
		)
		.toBe(true);
}

async function visibleYears(page: Page): Promise<[number, number]> {
	const from = params(page).get('from');
	const to = params(page).get('to');
	return [Number(from?.slice(0, 4) ?? 0), Number(to?.slice(0, 4) ?? 0)];
}

/**
 * Opens half a year of 2015 with the Syria event open (an open event is never merged into a count,
 * so its mark is there to follow): the plot's box, and where on screen the mark's centre is.
 */
async function followSyria(page: Page) {
	await open(page, `?from=2015-06-01&to=2015-12-31&event=${SYRIA}`);
	await page.locator(chart).scrollIntoViewIfNeeded();
	const box = (await page.locator(chart).boundingBox())!;
	const mark = page.locator(`${chart} a[data-event-id="${SYRIA}"]`);
	const x = async () => {
		const b = (await mark.boundingBox())!;
		return b.x + b.width / 2;
	};
	return { box, x };
}

test.describe('explorer, in use @js-only', () => {
	test('a deep link opens the view it names: range, event and claim', async ({ page }) => {
		await open(page, `?from=2015-06-01&to=2015-12-31&event=${SYRIA}&claim=syria`);
		const mark = page.locator(`${chart} [data-event-id="${SYRIA}"]`);
		await expect(mark).toHaveAttribute('aria-current', 'true');
		await expect(mark).toHaveAttribute('data-relation', 'supports');
		await expect(page.locator(`[data-detail-for="${SYRIA}"] h2`)).toHaveText(
			timeline.events.find((e) => e.id === SYRIA)!.title
		);
		// Zoomed to months: the axis names months, and events outside the range are not drawn.
		await expect(page.locator(`${chart} .axis text`).first()).toHaveText(/[A-Z][a-z]{2}/);
		await expect(
			page.locator(`${chart} [data-event-id="un-conventional-arms-restrictions-expire-2020"]`)
		).toHaveCount(0);
	});

	test('malformed or unknown parameters fall back to the default view', async ({ page }) => {
		await open(page, '?from=2015-02-30&to=banana&event=nope&claim=syira&lanes=zzz&colour=red');
		await expect(page.locator('[data-detail-for]')).toHaveCount(0);
		await expect(page.locator(`${chart} [data-relation]`)).toHaveCount(0);
		await expect(page.locator(`${chart} .axis text`).first()).toHaveText(/^\d{4}$/);
		await expect(page.locator(`${chart} [data-lane-id]`)).toHaveCount(timeline.lanes.length);
	});

	test('clicking a mark opens its detail with claims and numbered sources, and records it in the URL', async ({
		page
	}) => {
		await open(page, '?from=2015-06-01&to=2015-12-31');
		await page.locator(`${chart} [data-event-id="${SYRIA}"]`).click();
		await expect(page).toHaveURL(new RegExp(`event=${SYRIA}`));
		const event = timeline.events.find((e) => e.id === SYRIA)!;
		const detail = page.locator(`[data-detail-for="${SYRIA}"]`);
		await expect(detail).toContainText(dateRangeLabel(event.date));
		await expect(detail.locator('[data-claim-id]')).toHaveCount(event.claims.length);
		const ref = timeline.references.find((r) => r.item.id === event.sources[0]!.ref)!;
		await expect(detail.locator(`button[data-ref-id="${ref.item.id}"]`)).toHaveText(
			`[${ref.number}]`
		);
		await expect(page.locator('[data-announcer]')).toContainText(event.title);
		await page.locator(`${chart} [data-event-id="${SYRIA}"]`).press('Escape');
		await expect(detail).toHaveCount(0);
	});

	test('the keyboard reaches every event: arrows in time order and across lanes, Enter, Escape', async ({
		page
	}) => {
		test.slow(); // one key press and one read for each of the timeline's events
		await open(page);
		await page.locator('[data-zoom="reset"]').focus();
		await page.keyboard.press('Tab'); // the count line is not focusable: next stop is the chart
		const focusedId = () =>
			page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
		// Its one tab stop is an event, not the drawing around the events.
		await expect.poll(focusedId).toBe(timeline.events[0]!.id);
		// The chart's keys load as it takes focus: the first key is held for them and then acted on.
		await page.keyboard.press('Home');
		await expect.poll(focusedId).toBe(timeline.events[0]!.id);
		// Right walks through every event in time order, drawing each (even from inside a count).
		for (const event of timeline.events.slice(1)) {
			await page.keyboard.press('ArrowRight');
			expect(await focusedId()).toBe(event.id);
		}
		await page.keyboard.press('ArrowLeft');
		expect(await focusedId()).toBe(timeline.events.at(-2)!.id);
		// Down goes to the next lane's nearest event.
		const from = timeline.events.at(-2)!;
		await page.keyboard.press('ArrowDown');
		const landed = await focusedId();
		const lanes = timeline.lanes.map((l) => l.id);
		expect(lanes.indexOf(timeline.events.find((e) => e.id === landed)!.lane)).toBe(
			Math.min(lanes.indexOf(from.lane) + 1, lanes.length - 1)
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`event=${landed}`));
		await expect(page.locator(`${chart} [data-event-id="${landed}"]`)).toHaveAttribute(
			'aria-current',
			'true'
		);
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/event=/);
	});

	test('choosing a claim marks its events by relation and lists them', async ({ page }) => {
		await open(page, '?from=2015-01-01&to=2016-12-31');
		await page.locator('#claims button[data-claim-id="syria"]').click();
		await expect(page).toHaveURL(/claim=syria/);
		const expected = new Map(
			timeline.events.flatMap((e) =>
				e.claims.filter((c) => c.id === 'syria').map((c) => [e.id, c.relation])
			)
		);
		const marks = await page
			.locator(`${chart} [data-event-id]`)
			.evaluateAll((nodes) =>
				nodes.map((n) => [n.getAttribute('data-event-id'), n.getAttribute('data-relation')])
			);
		expect(marks.some(([, relation]) => relation)).toBe(true);
		for (const [id, relation] of marks) expect(relation ?? undefined).toBe(expected.get(id!));
		await expect(page.locator('#claim-syria ul li')).toHaveCount(expected.size);
	});

	test('choosing a reference highlights exactly the drawn events citing it', async ({ page }) => {
		// A source behind both the 2015 S-300 contract and the 2016 deliveries, both drawn in this range.
		const ref = 'tass-2016-08-08-s300-half';
		const citing = timeline.events
			.filter((e) => e.sources.some((s) => s.ref === ref))
			.map((e) => e.id);
		expect(citing.length, `events citing ${ref}`).toBeGreaterThanOrEqual(2);
		await open(page, `?from=2015-01-01&to=2016-12-31&event=${citing[0]}`);
		const drawn = await page
			.locator(`${chart} [data-event-id]`)
			.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')!));
		const drawnCiting = citing.filter((id) => drawn.includes(id)).sort();
		expect(drawnCiting, `drawn events citing ${ref}`).toEqual([...citing].sort());
		await expect(page.locator(`${chart} [data-cites]`)).toHaveCount(0);
		await page.locator(`[data-detail-for] button[data-ref-id="${ref}"]`).click();
		await expect(page).toHaveURL(new RegExp(`ref=${ref}`));
		await expect(page.locator(`#references button[data-ref-id="${ref}"]`)).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect
			.poll(() =>
				page
					.locator(`${chart} [data-cites]`)
					.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')!).sort())
			)
			.toEqual(drawnCiting);
		await expect(page.locator(`#ref-${ref} ul li`)).toHaveCount(citing.length);
	});

	test('lane filters and search narrow the chart and the table, and live in the URL', async ({
		page
	}) => {
		await open(page);
		await page.locator('[data-lanes] summary').click();
		await page.locator('[data-lane-toggle="nuclear"]').click();
		await expect(page).toHaveURL(/lanes=/);
		await expect(page.locator(`${chart} [data-lane-id="nuclear"]`)).toHaveCount(0);
		await expect(page.locator('[data-lanes] summary')).toHaveText(
			`Lanes: ${timeline.lanes.length - 1} of ${timeline.lanes.length}`
		);
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-lane-toggle="nuclear"]')).toBeHidden();
		const withoutNuclear = timeline.events.filter((e) => e.lane !== 'nuclear').length;
		await expect(page.locator('[data-event-table] tbody tr')).toHaveCount(withoutNuclear);
		await page.locator('[data-search]').fill('S-300');
		await expect(page).toHaveURL(/q=S-300/);
		const matching = timeline.events.filter(
			(e) => e.lane !== 'nuclear' && `${e.title} ${e.summaryText}`.toLowerCase().includes('s-300')
		);
		await expect(page.locator('[data-event-table] tbody tr')).toHaveCount(matching.length);
		// The link reproduces the view.
		await page.reload();
		await expect(page.locator('[data-event-table] tbody tr')).toHaveCount(matching.length);
		await expect(page.locator('[data-search]')).toHaveValue('S-300');
	});

	test('zooms with keys, buttons and the wheel, pans by dragging, and resets', async ({ page }) => {
		await open(page);
		await page.locator(chart).scrollIntoViewIfNeeded();
		const box = (await page.locator(chart).boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
		await expect(page).toHaveURL(/from=.*to=/);
		await settled(page);
		const [from, to] = await visibleYears(page);
		expect(to - from).toBeLessThan(30);
		// Drag right: earlier dates come into view.
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.9);
		await page.mouse.down();
		for (let i = 1; i <= 10; i++)
			await page.mouse.move(box.x + box.width * (0.5 + i * 0.03), box.y + box.height * 0.9);
		await page.mouse.up();
		await expect.poll(async () => (await visibleYears(page))[0]).toBeLessThan(from);
		await page.locator('[data-zoom="reset"]').click();
		await expect(page).not.toHaveURL(/from=/);
		await page.locator('[data-zoom="in"]').click();
		await expect(page).toHaveURL(/from=/);
		await page.locator(`${chart} [data-event-id][tabindex="0"]`).focus();
		await page.keyboard.press('0');
		await expect(page).not.toHaveURL(/from=/);
		await page.keyboard.press('+');
		await expect(page).toHaveURL(/from=/);
	});

	test('a drag carries the marks with the pointer, and they stay put when it ends', async ({
		page
	}) => {
		const { box, x } = await followSyria(page);
		const start = await x();
		const y = box.y + box.height * 0.9;
		await page.mouse.move(box.x + box.width * 0.6, y);
		await page.mouse.down();
		for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * 0.6 - 20 * i, y);
		// The plot is drawn at the page's scale: on screen the mark moves as far as the pointer,
		// carried by shifting the lanes as laid out rather than laying them out again.
		expect(Math.abs((await x()) - (start - 160))).toBeLessThan(2);
		await expect(page.locator(`${chart} g.marks[transform]`)).not.toHaveCount(0);
		await page.mouse.up();
		await settled(page);
		expect(Math.abs((await x()) - (start - 160))).toBeLessThan(2);
		await expect(page.locator(`${chart} g.marks[transform]`)).toHaveCount(0);
	});

	test('a sideways trackpad swipe pans the chart, carrying the marks as far as it swipes', async ({
		page
	}) => {
		const { box, x } = await followSyria(page);
		const start = await x();
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.9);
		// Four swipes of 40 px to the left: later dates come into view, the marks go left 160 px.
		for (let i = 0; i < 4; i++) await page.mouse.wheel(40, 0);
		await settled(page);
		expect(params(page).get('from')! > '2015-06-01').toBe(true);
		expect(Math.abs((await x()) - (start - 160))).toBeLessThan(2);
		// Once the swipe has paused, every lane is laid out again for the view it ended on.
		await expect(page.locator(`${chart} g.marks[transform]`)).toHaveCount(0);
	});

	test('pinching with two fingers zooms in', async ({ browser }) => {
		const context = await browser.newContext({
			hasTouch: true,
			viewport: { width: 800, height: 900 }
		});
		const page = await context.newPage();
		await open(page);
		await page.locator(chart).scrollIntoViewIfNeeded();
		const box = (await page.locator(chart).boundingBox())!;
		const cdp = await context.newCDPSession(page);
		const y = box.y + box.height / 2;
		const at = (spread: number) => [
			{ x: box.x + box.width / 2 - spread, y, id: 1 },
			{ x: box.x + box.width / 2 + spread, y, id: 2 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(40) });
		for (let spread = 50; spread <= 240; spread += 10) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(spread) });
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect(page).toHaveURL(/from=/);
		const [from, to] = await visibleYears(page);
		expect(to - from).toBeLessThan(15);
		await context.close();
	});

	test('a count mark zooms in to its events when chosen', async ({ page }) => {
		await open(page);
		const cluster = page.locator(`${chart} [data-cluster]`).first();
		const members = Number(await cluster.getAttribute('data-count'));
		expect(members).toBeGreaterThan(1);
		await cluster.click();
		await expect(page).toHaveURL(/from=/);
	});

	test('the overview brush moves the chart', async ({ page }) => {
		await open(page, '?from=1990-01-01&to=1994-12-31');
		// Draw a new window over the last fifth of the span.
		await dragAcrossOverview(page, 0.8, 0.97);
		await expect.poll(async () => (await visibleYears(page))[0]).toBeGreaterThanOrEqual(2015);
	});

	test('the overview window drags and resizes by its handle, and the chart follows', async ({
		page
	}) => {
		await open(page, '?from=2000&to=2004');
		await page.locator('[data-overview]').scrollIntoViewIfNeeded();
		// The brush comes when the pointer first comes over the strip.
		await page.locator('[data-overview]').hover();
		const selection = page.locator('[data-overview] .brush .selection');
		await expect(selection).toBeVisible();
		const window = (await selection.boundingBox())!;
		const y = window.y + window.height / 2;
		// Drag the window's middle to the right: the same width, later dates.
		await page.mouse.move(window.x + window.width / 2, y);
		await page.mouse.down();
		await page.mouse.move(window.x + window.width / 2 + 120, y, { steps: 6 });
		await page.mouse.up();
		await expect.poll(async () => (await visibleYears(page))[0]).toBeGreaterThanOrEqual(2003);
		const [from, to] = await visibleYears(page);
		expect(to - from).toBeGreaterThanOrEqual(4);
		expect(to - from).toBeLessThanOrEqual(6);
		// Pull its right handle further right: the start stays, the range grows.
		const moved = (await selection.boundingBox())!;
		await page.mouse.move(moved.x + moved.width - 1, y);
		await page.mouse.down();
		await page.mouse.move(moved.x + moved.width + 150, y, { steps: 6 });
		await page.mouse.up();
		await expect.poll(async () => (await visibleYears(page))[1]).toBeGreaterThan(to + 2);
		expect((await visibleYears(page))[0]).toBe(from);
	});

	test('on the whole span, a drag across the overview draws a window there', async ({ page }) => {
		await open(page);
		const strip = page.locator('[data-overview]');
		await strip.scrollIntoViewIfNeeded();
		await strip.hover();
		await expect(page.locator('[data-overview] .brush.whole')).toBeAttached();
		await dragAcrossOverview(page, 0.75, 0.9);
		await expect.poll(async () => (await visibleYears(page))[0]).toBeGreaterThanOrEqual(2013);
		const [from, to] = await visibleYears(page);
		expect(to - from).toBeLessThanOrEqual(7);
		await expect(page.locator('[data-overview] .brush.whole')).toHaveCount(0);
	});

	test('a range given at month precision stays so until the reader zooms', async ({ page }) => {
		await open(page, '?from=2015-06&to=2016-12');
		const title = timeline.events.find((e) => e.id === SYRIA)!.title;
		await page.locator('[data-event-table] tbody tr a', { hasText: title }).click();
		await expect(page).toHaveURL(/event=/);
		expect(params(page).get('from')).toBe('2015-06');
		expect(params(page).get('to')).toBe('2016-12');
		await page.locator('[data-zoom="in"]').click();
		await expect.poll(() => params(page).get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('a wheel turned before the zoom behaviour has loaded still zooms the chart', async ({
		page
	}) => {
		// Hold back the scripts of d3-zoom and d3-brush (which keep their state in __zoom and __brush).
		const held: (() => Promise<void>)[] = [];
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (/__zoom|__brush/.test(body)) held.push(() => route.fulfill({ response, body }));
			else await route.fulfill({ response, body });
		});
		await open(page);
		await page.locator(chart).scrollIntoViewIfNeeded();
		const box = (await page.locator(chart).boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
		for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
		await expect.poll(() => held.length).toBeGreaterThan(0);
		const full = String(timeline.span.start);
		await expect(page.locator('[data-chart]')).toHaveAttribute('data-from', full);
		await Promise.all(held.map((release) => release()));
		await expect(page).toHaveURL(/from=.*to=/);
		const [from, to] = await visibleYears(page);
		expect(to - from).toBeLessThan(25);
	});

	test('back and forward walk through the views', async ({ page }) => {
		await open(page);
		const first = page.locator('[data-event-table] tbody tr a').first();
		const second = page.locator('[data-event-table] tbody tr a').nth(1);
		await first.click();
		await expect(page).toHaveURL(new RegExp(`event=${timeline.events[0]!.id}`));
		await second.click();
		await expect(page).toHaveURL(new RegExp(`event=${timeline.events[1]!.id}`));
		await page.goBack();
		await expect(page.locator(`[data-detail-for="${timeline.events[0]!.id}"]`)).toBeVisible();
		await page.goForward();
		await expect(page.locator(`[data-detail-for="${timeline.events[1]!.id}"]`)).toBeVisible();
	});

	test('the table sorts by its columns', async ({ page }) => {
		await open(page);
		await page.locator('th button', { hasText: 'Event' }).click();
		await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Event');
		const titles = await page
			.locator('[data-event-table] tbody tr td:nth-child(3)')
			.allTextContents();
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
	});

	for (const [state, query] of [
		['initial', ''],
		['event open', `?event=${SYRIA}`],
		['claim chosen', '?claim=syria&from=2015-01-01&to=2016-12-31']
	] as const) {
		test(`axe finds no WCAG 2.2 AA violations: ${state}`, async ({ page }) => {
			test.slow(); // axe checks the contrast of every element of the whole explorer
			await open(page, query);
			await expectNoAxeViolations(page);
		});
	}
});
