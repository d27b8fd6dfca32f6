import { describe, expect, it } from 'vitest';
import { calendarTicks } from './calendar-ticks';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));
const at = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('calendarTicks', () => {
	it('gives years, and years in nice steps over long ranges', () => {
		expect(iso(calendarTicks(at('1989-06-20'), at('1995-03-01'), 6))).toEqual([
			'1990-01-01',
			'1991-01-01',
			'1992-01-01',
			'1993-01-01',
			'1994-01-01',
			'1995-01-01'
		]);
		expect(iso(calendarTicks(at('1989-01-01'), at('2026-01-01'), 8))).toEqual([
			'1990-01-01',
			'1995-01-01',
			'2000-01-01',
			'2005-01-01',
			'2010-01-01',
			'2015-01-01',
			'2020-01-01',
			'2025-01-01'
		]);
		expect(iso(calendarTicks(at('1900-01-01'), at('2026-01-01'), 4)).at(1)).toBe('1920-01-01');
	});

	it('gives quarters, months, weeks (Sundays) and days over shorter ranges', () => {
		expect(iso(calendarTicks(at('2015-02-10'), at('2016-01-01'), 4))).toEqual([
			'2015-04-01',
			'2015-07-01',
			'2015-10-01',
			'2016-01-01'
		]);
		expect(iso(calendarTicks(at('2015-07-15'), at('2015-12-01'), 5))).toEqual([
			'2015-08-01',
			'2015-09-01',
			'2015-10-01',
			'2015-11-01',
			'2015-12-01'
		]);
		const weeks = calendarTicks(at('2016-08-01'), at('2016-09-15'), 7);
		expect(weeks.every((d) => d.getUTCDay() === 0)).toBe(true);
		expect(iso(weeks)[0]).toBe('2016-08-07');
		expect(iso(calendarTicks(at('2016-08-14'), at('2016-08-19'), 6))).toEqual([
			'2016-08-14',
			'2016-08-15',
			'2016-08-16',
			'2016-08-17',
			'2016-08-18',
			'2016-08-19'
		]);
	});

	it('steps every other day from the first of the month, and never finer than a day', () => {
		expect(iso(calendarTicks(at('2016-08-14'), at('2016-08-24'), 5))).toEqual([
			'2016-08-15',
			'2016-08-17',
			'2016-08-19',
			'2016-08-21',
			'2016-08-23'
		]);
		expect(calendarTicks(at('2016-08-14'), at('2016-08-28'), 40)).toHaveLength(15);
	});

	it('keeps to the range and handles empty ones', () => {
		const ticks = calendarTicks(at('2001-03-03'), at('2004-11-11'), 4);
		expect(ticks[0]!.getTime()).toBeGreaterThanOrEqual(at('2001-03-03'));
		expect(ticks.at(-1)!.getTime()).toBeLessThanOrEqual(at('2004-11-11'));
		expect(calendarTicks(5, 5, 10)).toEqual([]);
		expect(calendarTicks(0, 10, 0)).toEqual([]);
	});
});
