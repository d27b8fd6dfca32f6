// The interface in Russian and Persian: each language's pages say their language and direction, keep
// no English interface string, write dates in the language's calendar, and in Persian run time right
// to left on the chart, with the arrow keys moving the way they point. @js-only
import { expect, test, type Page } from '@playwright/test';
import { ENGLISH } from '../src/lib/i18n/completeness';
import fa from '../src/lib/i18n/fa';
import type { Pack } from '../src/lib/i18n/pack';
import ru from '../src/lib/i18n/ru';
import { HOSTILE_PORT } from '../playwright.config';
import { expectNoAxeViolations } from './axe';
import { readingTexts } from './pdf';

const SYRIA = 'russia-syria-air-campaign-2015';
/** English interface strings without parameters that the language writes otherwise. */
function untranslated(pack: Pack): Set<string> {
	const left = new Set<string>();
	for (const [part, table] of Object.entries(ENGLISH) as [keyof Pack, Record<string, unknown>][]) {
		for (const [key, text] of Object.entries(table)) {
			const own = (pack[part] as Record<string, unknown>)[key];
			if (typeof text === 'string' && !text.includes('{') && own !== text) left.add(text.trim());
		}
	}
	return left;
}

/** Every piece of text the page shows or reads out: text nodes and accessible names, trimmed. */
async function pageTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const texts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			if (text) texts.push(text);
		}
		for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]'))
			for (const name of ['aria-label', 'title', 'placeholder']) {
				const value = element.getAttribute(name)?.trim();
				if (value) texts.push(value);
			}
		return texts;
	});
}

async function hydrated(page: Page, path: string): Promise<void> {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(path);
	await expect(page.locator('[data-chart][data-hydrated="true"]').first()).toBeVisible();
}

for (const [code, pack, dir] of [
	['ru', ru, 'ltr'],
	['fa', fa, 'rtl']
] as const) {
	test.describe(`in ${code} @js-only`, () => {
		const english = untranslated(pack);

		for (const path of [
			`/${code}/?event=${SYRIA}`,
			`/${code}/embed/?event=${SYRIA}`,
			`/${code}/present/argument/2/`,
			`/${code}/handout/`
		]) {
			test(`${path} says its language and direction and leaves no English interface string`, async ({
				page
			}) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', code);
				await expect(page.locator('html')).toHaveAttribute('dir', dir);
				await expect(page.locator(`link[rel="alternate"][hreflang="en"]`)).toHaveCount(1);
				// Once what loads after first paint (the open event) is drawn too.
				if (path.includes('event='))
					await expect(
						page.locator('[data-event-detail], [data-detail-for]').first()
					).toBeVisible();
				await page.waitForLoadState('networkidle');
				const left = (await pageTexts(page)).filter((text) => english.has(text));
				expect(left).toEqual([]);
			});
		}

		test('the explorer has no accessibility violation', async ({ page }) => {
			await hydrated(page, `/${code}/`);
			await expectNoAxeViolations(page);
		});
	});
}

test.describe('Persian dates and direction @js-only', () => {
	test('the axis falls on Nowruz in Persian digits, and time runs right to left', async ({
		page
	}) => {
		await hydrated(page, '/fa/');
		await expect(page.locator('[data-chart]')).toHaveAttribute('data-rtl', 'true');
		const ticks = page.locator('svg[data-chart-plot] .axis g[data-time]');
		const days = (await ticks.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-time')))).map(
			(time) => new Date(Number(time)).toISOString().slice(5, 10)
		);
		expect(days.length).toBeGreaterThan(3);
		expect(days.every((day) => day === '03-20' || day === '03-21')).toBe(true);
		const labels = await ticks.locator('text').allTextContents();
		expect(labels.every((label) => /^[۰-۹]{4}$/.test(label))).toBe(true);
		// The earliest year is drawn rightmost.
		const xs = await ticks.evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().x));
		expect(xs[0]).toBeGreaterThan(xs.at(-1)!);

		await hydrated(page, '/fa/?dir=ltr');
		await expect(page.locator('[data-chart]')).not.toHaveAttribute('data-rtl');
		const ltr = await ticks.evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().x));
		expect(ltr[0]).toBeLessThan(ltr.at(-1)!);
	});

	test('on a phone, the timeline runs down Solar Hijri years in Persian digits', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/fa/');
		const years = await page.locator('[data-year] h3').allTextContents();
		// 1 January 1989 was 11 Dey 1367; the last events are in 1404.
		expect(years[0]).toBe('۱۳۶۷');
		expect(years.every((year) => /^[۰-۹]{4}$/.test(year))).toBe(true);
		expect(years).toContain('۱۴۰۴');
	});

	test('an open event gives its date in both calendars', async ({ page }) => {
		await hydrated(page, `/fa/?event=${SYRIA}`);
		await expect(page.locator('[data-event-detail] .meta time').first()).toHaveText('۸ مهر ۱۳۹۴');
		await expect(page.locator('[data-event-detail] [data-other-calendar]')).toHaveText(
			'(۳۰ سپتامبر ۲۰۱۵)'
		);
		await page.locator('[data-calendar]').selectOption('gregorian');
		await expect(page.locator('[data-event-detail] .meta time').first()).toHaveText(
			'۳۰ سپتامبر ۲۰۱۵'
		);
		expect(new URL(page.url()).searchParams.get('cal')).toBe('gregorian');
	});

	test('seminar mode keeps the calendar chosen in the explorer, step after step', async ({
		page
	}) => {
		await hydrated(page, '/fa/');
		await page.locator('[data-calendar]').selectOption('gregorian');
		await page.locator('[data-present-link]').first().click();
		await expect(page).toHaveURL(/\/fa\/present\/argument\/1\/\?cal=gregorian$/);
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/\/present\/argument\/2\/\?cal=gregorian$/);
		// The first Kilo submarine sailed in September 1992: Shahrivar–Mehr 1371 in Solar Hijri.
		const named = page.locator('[data-step-caption] dd').first();
		await expect(named).toContainText('سپتامبر ۱۹۹۲');
		await expect(page.locator('svg .axis text').first()).toHaveText(/^[۰-۹]{4}$/);
		await expect(page.locator('svg .axis text')).toContainText(['۱۹۹۰']);
		await page.goto('/fa/present/argument/2/');
		await expect(named).toContainText('شهریور–مهر ۱۳۷۱');
	});

	test('the arrow keys move the way they point: left is later', async ({ page }) => {
		await hydrated(page, '/fa/?from=2015-06-01&to=2016-06-01');
		const mark = page.locator(`svg[data-chart-plot] [data-event-id="${SYRIA}"]`).first();
		await mark.focus();
		const before = await mark.boundingBox();
		await page.keyboard.press('ArrowLeft');
		const focused = page.locator('svg[data-chart-plot] [data-event-id]:focus');
		await expect(focused).not.toHaveAttribute('data-event-id', SYRIA);
		const after = await focused.boundingBox();
		expect(after!.x).toBeLessThan(before!.x);
	});
});

test.describe('the timeline’s own text @js-only', () => {
	const HAMADAN = 'hamadan-bomber-deployment-2016';

	for (const [code, name, script] of [
		['ru', 'Хамадан', /[а-яё]{3}/i],
		['fa', 'همدان', /[\u0600-\u06ff]{3}/]
	] as const) {
		test(`in ${code} it is the translation, said to be unreviewed, with the article quoted as written`, async ({
			page
		}) => {
			await hydrated(page, `/${code}/?event=${HAMADAN}`);
			const detail = page.locator(`[data-detail-for="${HAMADAN}"]`);
			// The title and summary are the translation's, in the page's language (no lang of their own).
			await expect(detail.locator('h2')).toContainText(name);
			await expect(detail.locator('h2')).not.toHaveAttribute('lang');
			const summary = detail.locator('p.summary');
			await expect(summary).toContainText(name);
			expect(await summary.locator('[lang]').count()).toBe(0);
			await expect(page.locator('h1')).toHaveText(script);
			await expect(page.locator('h1')).not.toHaveAttribute('lang');

			// Readers are told the translation has not been reviewed, and where the original is.
			const note = page.locator('[data-unreviewed-translation]');
			await expect(note).toBeVisible();
			await expect(note.locator('[data-original-link]')).toHaveAttribute('hreflang', 'en');

			// The article's words stay as it wrote them, in English, with the translation beside.
			await page.locator('#claims > summary').click();
			const claim = page.locator('#claim-syria');
			await expect(claim.locator('blockquote')).toHaveAttribute('lang', 'en');
			await expect(claim.locator('blockquote')).toContainText('Syrian crisis');
			await expect(claim.locator('[data-quote-translation]')).toHaveText(script);
			await expect(claim.locator('button[data-claim-id="syria"] .text')).toHaveText(script);

			// The original link opens the same event in English, where no note is shown.
			await note.locator('[data-original-link]').click();
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.locator(`[data-detail-for="${HAMADAN}"] h2`)).toContainText('Hamadan');
			await expect(page.locator('[data-unreviewed-translation]')).toHaveCount(0);
		});
	}

	test('the Persian seminar mode and handout show the translation too', async ({ page }) => {
		await page.goto('/fa/present/argument/2/');
		await expect(page.locator('[data-caption]')).toHaveText(/[\u0600-\u06ff]{3}/);
		await expect(page.locator('[data-caption]')).toContainText('رفسنجانی');
		await expect(page.locator('[data-unreviewed-translation]')).toBeVisible();
		await page.goto('/fa/handout/');
		const event = page.locator(`[data-handout-event="${HAMADAN}"]`);
		await expect(event.locator('h3')).toContainText('همدان');
		await expect(event.locator('.summary')).toContainText('همدان');
		await expect(page.locator('[data-unreviewed-translation]')).toBeVisible();
	});
});

test('a text no translation gives stays in the original and says its language @js-only', async ({
	page
}) => {
	// The hostile build's home timeline has a Russian translation of its title and first event only.
	const root = `http://127.0.0.1:${HOSTILE_PORT}`;
	await hydrated(page, `${root}/ru/?event=second`);
	await expect(page.locator('h1')).toHaveText('Тестовая хронология');
	await expect(page.locator('h1')).not.toHaveAttribute('lang');
	const second = page.locator('[data-detail-for="second"]');
	await expect(second.locator('h2')).toHaveText('Second event');
	await expect(second.locator('h2')).toHaveAttribute('lang', 'en');
	await expect(second.locator('p.summary [lang="en"]')).toHaveText('Something else.');
	await expect(page.locator('[data-unreviewed-translation]')).toBeVisible();

	// A translated title is text, whatever it holds; its summary keeps its Markdown.
	await hydrated(page, `${root}/ru/?event=first`);
	const first = page.locator('[data-detail-for="first"]');
	await expect(first.locator('h2')).toHaveText(
		'Первое событие <img src=x onerror="window.injected=1">'
	);
	await expect(first.locator('h2')).not.toHaveAttribute('lang');
	await expect(first.locator('p.summary em')).toHaveText('произошло');
	await expect(first.locator('p.summary a')).toHaveAttribute('href', 'https://example.org/ru');
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);

	// With no translation at all, every text of the timeline says it is English, and no note is shown.
	await hydrated(page, `${root}/fa/?event=first`);
	await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-detail-for="first"] h2')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-unreviewed-translation]')).toHaveCount(0);
});

test('a link to another language keeps the view @js-only', async ({ page }) => {
	await hydrated(page, `/?from=2015-01&to=2016-12&event=${SYRIA}`);
	await page.locator('[data-language-link="ru"]').click();
	await expect(page).toHaveURL(/\/ru\/\?from=2015-01&to=2016-12&event=/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('[data-event-detail]')).toBeVisible();
});

test('the Persian handout prints to a PDF whose Persian text reads back as written @js-only', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/fa/handout/');
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', tagged: true });
	// Spacing, and the zero-width non-joiner (a PDF draws no glyph for it), do not count; he with
	// hamza above is one glyph, which the PDF reads as the one letter U+06C0.
	const compact = (text: string) =>
		text
			.normalize('NFKC')
			.replace(/[\s\u200c]+/g, '')
			.replace(/\u0647\u0654/g, '\u06c0');
	const whole = compact((await readingTexts(pdf)).join(' '));
	// Headings and phrases of the interface, each word in reading order. (Where a line holds several
	// runs of text, two sentences or Persian with numbers, the runs come back in the order they are
	// drawn: pdf.js reorders no line.)
	const intro = fa.handout['handout.eventsIntro'] as string;
	for (const text of [
		fa.handout['handout.references'] as string,
		fa.handout['handout.events'] as string,
		fa.handout['app.tagline'] as string,
		intro.slice(0, intro.indexOf('،'))
	])
		expect(whole).toContain(compact(text));
	// Dates in the Solar Hijri calendar: a Persian month name and a year in Persian digits. (A number
	// inside a Persian line comes back in the order it is drawn: the PDF marks only the letters' runs.)
	// 8 Mehr 1394, Russia's first strikes in Syria, as drawn on a line that starts in English.
	expect(whole).toMatch(/۸مهر۱۳۹۴|۱۳۹۴مهر۸/);
});
