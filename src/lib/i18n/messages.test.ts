import { describe, expect, it } from 'vitest';
import { licences, localeFor, t, translator } from './messages';

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

describe('localeFor', () => {
	it('falls back to English for a language it does not have', () => {
		expect(localeFor('xx').lang).toBe('en');
		expect(localeFor('en-GB')).toMatchObject({ lang: 'en', dir: 'ltr' });
	});
});

describe('translator', () => {
	it('gives a table of its own a `t` that fills parameters and leaves missing ones visible', () => {
		const tTable = translator({ 'x.count': '{count} of {total}' });
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
