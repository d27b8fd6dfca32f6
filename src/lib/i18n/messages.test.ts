import { afterEach, describe, expect, it } from 'vitest';

import { fill, formatNumber, licences, t, translator, useLanguage } from './messages';

describe('t', () => {
	it('fills each named parameter', () => {
		expect(t('home.eventCount', { count: 57, from: 1989, to: 2025 })).toBe(
			'57 events from 1989 to 2025'
		);
	});

	it('leaves a parameter it was not given visible, so the gap shows', () => {
		expect(t('toolbar.count', { total: 76 })).toBe('{count} of 76 events');
	});
});

describe('in another language', () => {
	afterEach(() => useLanguage({ language: 'en' }));

	it('takes the plural form for the count, as Intl.PluralRules names it', () => {
		useLanguage({ language: 'ru' });
		const forms = {
			one: '{count} событие',
			few: '{count} события',
			many: '{count} событий',
			other: '{count} события'
		};
		expect([1, 2, 5, 21, 11].map((count) => fill(forms, { count }))).toEqual([
			'1 событие',
			'2 события',
			'5 событий',
			'21 событие',
			'11 событий'
		]);
	});

	it('writes numbers in the language’s digits, grouped only from five digits on', () => {
		useLanguage({ language: 'fa' });
		expect(fill('{count} رویداد از {from}', { count: 57, from: 1989 })).toBe('۵۷ رویداد از ۱۹۸۹');
		// Text put into a right-to-left message is isolated (U+2068 … U+2069), as <bdi> would.
		expect(fill('ارائه: {story}', { story: 'The argument' })).toBe(
			'ارائه: \u2068The argument\u2069'
		);
		useLanguage({ language: 'en' });
		expect(formatNumber(1989)).toBe('1989');
		expect(formatNumber(10000)).toBe('10,000');
	});

	it('takes a string from the language’s pack, and English where the pack has none', () => {
		const tTable = translator({ 'x.a': 'A {n}', 'x.b': 'B' }, 'embed');
		useLanguage({
			language: 'ru',
			pack: { embed: { 'x.a': 'А {n}' } } as never
		});
		expect(tTable('x.a', { n: 2 })).toBe('А 2');
		expect(tTable('x.b')).toBe('B');
	});
});

describe('translator', () => {
	it('gives a table of its own a `t` that fills parameters and leaves missing ones visible', () => {
		const tTable = translator({ 'x.count': '{count} of {total}' }, 'embed');
		expect(tTable('x.count', { count: 2, total: 5 })).toBe('2 of 5');
		expect(tTable('x.count', { total: 5 })).toBe('{count} of 5');
	});
});

describe('licences', () => {
	it("gives the timeline's licence, and the article's as published without a doubled full stop", () => {
		const meta = { license: 'CC BY 4.0' };
		expect(licences({ meta })).toBe('Data: CC BY 4.0.');
		expect(
			licences({ meta, article: { publication: { license: 'Copyright (c) 2020 A.B.' } } })
		).toBe('Data: CC BY 4.0. The article: Copyright (c) 2020 A.B.');
		expect(licences({ meta, article: { publication: {} } })).toBe('Data: CC BY 4.0.');
	});
});
