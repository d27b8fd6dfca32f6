import { describe, expect, it } from 'vitest';
import { scopesOf, slugOf } from '../lib/server/timelines';
import { allScopesOf, languageOfScope, scopeIn } from '../lib/scope';
import { match } from './scope';

describe('page scopes', () => {
	it('match the default timeline and /t/<slug>, with or without the trailing slash', () => {
		for (const scope of ['', 't/iran-russia', 't/iran-russia/', 't/a1'])
			expect(match(scope)).toBe(true);
		for (const scope of ['ru', 'ru/', 'fa/t/iran-russia', 'fa/t/iran-russia/'])
			expect(match(scope), scope).toBe(true);
		for (const scope of [
			't',
			't/',
			'x/iran-russia',
			't/Iran',
			't/a/b',
			'present',
			'en',
			'de/',
			'rut/a',
			'ru/ru'
		]) {
			expect(match(scope)).toBe(false);
		}
	});

	it('name their timeline, and the default timeline lives at both', () => {
		expect(slugOf('')).toBe('iran-russia');
		expect(slugOf('t/other/')).toBe('other');
		expect(scopesOf('iran-russia')).toEqual(['', 't/iran-russia']);
		expect(scopesOf('other')).toEqual(['t/other']);
	});

	it('name their language, English unless under ru/ or fa/, and the same page in another', () => {
		expect(languageOfScope('')).toBe('en');
		expect(languageOfScope('t/other/')).toBe('en');
		expect(languageOfScope('fa/')).toBe('fa');
		expect(slugOf('fa/')).toBe('iran-russia');
		expect(slugOf('ru/t/other/')).toBe('other');
		expect(scopeIn('ru/t/other', 'fa')).toBe('fa/t/other');
		expect(scopeIn('fa', 'en')).toBe('');
		expect(scopeIn('', 'ru')).toBe('ru');
		expect(allScopesOf('other')).toEqual(['t/other', 'ru/t/other', 'fa/t/other']);
	});
});
