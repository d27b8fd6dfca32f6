import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	endOf,
	isoOf,
	parsePartialDate,
	partialDateAt,
	partialDateFromParts,
	spanOf,
	startOf,
	type PartialDate,
	type Precision
} from './partial-date';

function date(text: string): PartialDate {
	const result = parsePartialDate(text);
	if (!result.ok) throw new Error(result.error);
	return result.date;
}

describe('parsePartialDate', () => {
	it.each([
		['1989', { iso: '1989', precision: 'year', year: 1989 }],
		['2015-09', { iso: '2015-09', precision: 'month', year: 2015, month: 9 }],
		['2015-09-30', { iso: '2015-09-30', precision: 'day', year: 2015, month: 9, day: 30 }],
		['2016-02-29', { iso: '2016-02-29', precision: 'day', year: 2016, month: 2, day: 29 }],
		['0050', { iso: '0050', precision: 'year', year: 50 }],
		['0000-02-29', { iso: '0000-02-29', precision: 'day', year: 0, month: 2, day: 29 }]
	])('reads %s at its own precision', (text, expected) => {
		expect(parsePartialDate(text)).toEqual({ ok: true, date: expected });
	});

	it.each([
		['2015-02-30', '2015-02 has 28 days'],
		['2015-02-29', '2015-02 has 28 days'],
		['2015-04-31', '2015-04 has 30 days'],
		['2015-13', 'months run from 01 to 12'],
		['2015-00', 'months run from 01 to 12'],
		['2015-09-00', '2015-09 has 30 days'],
		['0100-02-29', '0100-02 has 28 days'],
		['1900-02-29', '1900-02 has 28 days'],
		['15-09-30', 'write YYYY, YYYY-MM or YYYY-MM-DD'],
		['2015/09/30', 'write YYYY, YYYY-MM or YYYY-MM-DD'],
		['2015-9', 'write YYYY, YYYY-MM or YYYY-MM-DD'],
		['2015-09-30T00:00', 'write YYYY, YYYY-MM or YYYY-MM-DD'],
		['', 'write YYYY, YYYY-MM or YYYY-MM-DD']
	])('rejects %s, saying why', (text, reason) => {
		const result = parsePartialDate(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain(reason);
	});
});

describe('startOf and endOf', () => {
	it('span a whole year for a year', () => {
		expect(new Date(startOf(date('2014'))).toISOString()).toBe('2014-01-01T00:00:00.000Z');
		expect(new Date(endOf(date('2014'))).toISOString()).toBe('2015-01-01T00:00:00.000Z');
	});

	it('span a whole month for a month, across the year end', () => {
		expect(new Date(startOf(date('2015-12'))).toISOString()).toBe('2015-12-01T00:00:00.000Z');
		expect(new Date(endOf(date('2015-12'))).toISOString()).toBe('2016-01-01T00:00:00.000Z');
	});

	it('span one day for a day, across the month end', () => {
		expect(new Date(startOf(date('2020-10-18'))).toISOString()).toBe('2020-10-18T00:00:00.000Z');
		expect(new Date(endOf(date('2016-02-29'))).toISOString()).toBe('2016-03-01T00:00:00.000Z');
	});

	it('end a month at the first of the next, in leap years too', () => {
		expect(new Date(endOf(date('2016-02'))).toISOString()).toBe('2016-03-01T00:00:00.000Z');
		expect(new Date(endOf(date('2015-02'))).toISOString()).toBe('2015-03-01T00:00:00.000Z');
	});

	it('keep the years 0–99 as written, not as 1900–1999', () => {
		expect(new Date(startOf(date('0050'))).getUTCFullYear()).toBe(50);
		expect(new Date(startOf(date('0050'))).toISOString()).toBe('0050-01-01T00:00:00.000Z');
		expect(new Date(endOf(date('0099'))).toISOString()).toBe('0100-01-01T00:00:00.000Z');
		expect(new Date(endOf(date('0000-02-29'))).toISOString()).toBe('0000-03-01T00:00:00.000Z');
	});
});

describe('spanOf', () => {
	it('runs from the start of a date to the end of its end', () => {
		expect(spanOf(date('2007'), date('2016-10'))).toEqual({
			start: Date.parse('2007-01-01T00:00:00Z'),
			end: Date.parse('2016-11-01T00:00:00Z')
		});
	});

	it('covers the date alone without an end', () => {
		expect(spanOf(date('2015-09-30'))).toEqual({
			start: Date.parse('2015-09-30T00:00:00Z'),
			end: Date.parse('2015-10-01T00:00:00Z')
		});
	});
});

describe('comparePartialDates', () => {
	it('orders by first instant and puts the coarser date first on a tie', () => {
		const texts = ['2015-09-30', '2015', '2015-09', '2014-12-31', '2015-01', '0050'];
		const sorted = texts.map(date).sort(comparePartialDates);
		expect(sorted.map((d) => d.iso)).toEqual([
			'0050',
			'2014-12-31',
			'2015',
			'2015-01',
			'2015-09',
			'2015-09-30'
		]);
	});
});

describe('partialDateFromParts', () => {
	it.each<[unknown[], string]>([
		[[2020], '2020'],
		[[2020, 6], '2020-06'],
		[[2020, 6, 30], '2020-06-30'],
		[[50, 1], '0050-01']
	])('reads CSL date-parts %j as %s', (parts, iso) => {
		expect(partialDateFromParts(parts)).toEqual(date(iso));
	});

	it.each<[unknown[]]>([
		[[]],
		[['2020']],
		[[2020, '6']],
		[[2020.5]],
		[[-1]],
		[[10000]],
		[[2020, 13]],
		[[2015, 2, 29]],
		[[2020, 6, 30, 1]]
	])('gives nothing for %j, which is no date on the calendar', (parts) => {
		expect(partialDateFromParts(parts)).toBeUndefined();
	});
});

describe('isoOf and partialDateAt', () => {
	it.each<[string, Precision]>([
		['0050', 'year'],
		['0050-06', 'month'],
		['0050-06-01', 'day'],
		['2015', 'year'],
		['2015-06', 'month'],
		['2015-06-01', 'day'],
		['0000-02-29', 'day']
	])('write %s back from its first instant at %s precision', (iso, precision) => {
		expect(isoOf(startOf(date(iso)), precision)).toBe(iso);
		expect(partialDateAt(startOf(date(iso)), precision)).toEqual(date(iso));
	});

	it('give the date containing an instant, however late in it', () => {
		const time = Date.parse('2015-06-30T23:59:59.999Z');
		expect(isoOf(time, 'year')).toBe('2015');
		expect(isoOf(time, 'month')).toBe('2015-06');
		expect(partialDateAt(time, 'day')).toEqual(date('2015-06-30'));
	});

	it('refuse an instant outside the years 0000–9999', () => {
		expect(() => partialDateAt(Date.parse('+010000-01-01T00:00:00Z'), 'year')).toThrow(RangeError);
	});
});
