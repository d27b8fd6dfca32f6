import { describe, expect, it } from 'vitest';
import { event } from '../chart/test-events';
import { eventYears } from './years';

describe('eventYears', () => {
	it('runs from the first event to the latest end of any event', () => {
		expect(
			eventYears({ events: [event('a', '1989'), event('b', '2001/2025-03'), event('c', '2019')] })
		).toEqual({
			from: 1989,
			to: 2025
		});
	});
});
