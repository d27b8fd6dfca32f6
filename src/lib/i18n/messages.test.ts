import { describe, expect, it } from 'vitest';
import { localeFor, t } from './messages';

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
