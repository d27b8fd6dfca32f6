import { describe, expect, it } from 'vitest';
import { columnsPath, eventColumns } from './overview';
import { event } from './test-events';
import { timeScale } from './time-scale';

describe('eventColumns', () => {
	it('draws one tick per occupied pixel column', () => {
		const scale = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 10);
		const events = [event('a', '2000-03-01'), event('b', '2000-03-02'), event('c', '2005-06-01')];
		expect(eventColumns(events, scale)).toEqual([0, 5]);
	});
});

describe('columnsPath', () => {
	it('strokes every column from top to bottom in one path', () => {
		expect(columnsPath([0, 5], 14, 40)).toBe('M0,14V40M5,14V40');
	});

	it('is empty when no event is shown', () => {
		expect(columnsPath([], 14, 40)).toBe('');
	});
});
