import { describe, expect, it } from 'vitest';
import { loneSurrogatePath } from './single-data';

describe('loneSurrogatePath', () => {
	it('names the field of the first string holding half of a surrogate pair', () => {
		const data = { meta: { title: 'ok' }, events: [{ title: 'fine 😀' }, { title: 'bad \ud800' }] };
		expect(loneSurrogatePath(data)).toBe('events[1].title');
		expect(loneSurrogatePath({ a: ['x', '\udc00 low half'] })).toBe('a[1]');
		expect(loneSurrogatePath({ ['key \ud83d']: 1 })).toBe('key \ud83d (its name)');
		expect(loneSurrogatePath('\ud800')).toBe('(the value)');
	});

	it('finds nothing in well-formed text, whole pairs included', () => {
		expect(loneSurrogatePath({ a: ['😀', 'Россия', 'ایران'], b: 1, c: null, d: true })).toBe(
			undefined
		);
	});
});
