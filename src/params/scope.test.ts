import { describe, expect, it } from 'vitest';
import { scopesOf, slugOf } from '../lib/server/timelines';
import { match } from './scope';

describe('page scopes', () => {
	it('match the default timeline and /t/<slug>, with or without the trailing slash', () => {
		for (const scope of ['', 't/iran-russia', 't/iran-russia/', 't/a1'])
			expect(match(scope)).toBe(true);
		for (const scope of ['t', 't/', 'x/iran-russia', 't/Iran', 't/a/b', 'present']) {
			expect(match(scope)).toBe(false);
		}
	});

	it('name their timeline, and the default timeline lives at both', () => {
		expect(slugOf('')).toBe('iran-russia');
		expect(slugOf('t/other/')).toBe('other');
		expect(scopesOf('iran-russia')).toEqual(['', 't/iran-russia']);
		expect(scopesOf('other')).toEqual(['t/other']);
	});
});
