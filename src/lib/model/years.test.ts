import { describe, expect, it } from 'vitest';
import { event } from '../chart/test-events';
import { eventYears, yearsOf } from './years';

describe('yearsOf', () => {
	it('runs from the first event to the latest end of any event', () => {
		expect(yearsOf([event('a', '1989'), event('b', '2001/2025-03'), event('c', '2019')])).toEqual({
			first: 1989,
			last: 2025
		});
	});

	it('is undefined without events', () => {
		expect(yearsOf([])).toBeUndefined();
	});
});

describe('eventYears', () => {
	it('fills the event count’s message from the timeline’s years', () => {
		expect(eventYears({ years: { first: 1989, last: 2025 } })).toEqual({ from: 1989, to: 2025 });
	});

	it('leaves both years empty for a timeline without events', () => {
		expect(eventYears({ years: undefined })).toEqual({ from: '', to: '' });
	});
});
