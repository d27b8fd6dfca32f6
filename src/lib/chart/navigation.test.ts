import { describe, expect, it } from 'vitest';
import { moveFrom } from './navigation';
import { event } from './test-events';

const events = [
	event('a1', '2000', 'a'),
	event('b1', '2001-06', 'b'),
	event('a2', '2005-01-01', 'a'),
	event('c1', '2005-02-01', 'c'),
	event('b2', '2010', 'b')
];
const lanes = ['a', 'b', 'c'];

describe('moveFrom', () => {
	it('walks through time with next and previous, stopping at the ends', () => {
		expect(moveFrom(events, lanes, 'a1', 'next')).toBe('b1');
		expect(moveFrom(events, lanes, 'b2', 'next')).toBe('b2');
		expect(moveFrom(events, lanes, 'a1', 'previous')).toBe('a1');
		expect(moveFrom(events, lanes, 'c1', 'first')).toBe('a1');
		expect(moveFrom(events, lanes, 'a1', 'last')).toBe('b2');
	});

	it('goes to the nearest event in time in the lane below or above', () => {
		expect(moveFrom(events, lanes, 'a2', 'down')).toBe('b1');
		expect(moveFrom(events, lanes, 'b2', 'down')).toBe('c1');
		expect(moveFrom(events, lanes, 'c1', 'up')).toBe('b1');
		expect(moveFrom(events, lanes, 'c1', 'down')).toBe('c1');
	});

	it('skips lanes with no events', () => {
		expect(moveFrom(events, ['a', 'empty', 'c'], 'a2', 'down')).toBe('c1');
	});

	it('starts from the first event when nothing is focused, and knows when there is nothing', () => {
		expect(moveFrom(events, lanes, undefined, 'next')).toBe('a1');
		expect(moveFrom(events, lanes, undefined, 'previous')).toBe('b2');
		expect(moveFrom([], lanes, undefined, 'next')).toBeUndefined();
	});
});
