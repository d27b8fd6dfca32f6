import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	endOf,
	parsePartialDate,
	startOf,
	type PartialDate
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
		['2016-02-29', { iso: '2016-02-29', precision: 'day', year: 2016, month: 2, day: 29 }]
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
});

describe('comparePartialDates', () => {
	it('orders by first instant and puts the coarser date first on a tie', () => {
		const texts = ['2015-09-30', '2015', '2015-09', '2014-12-31', '2015-01'];
		const sorted = texts.map(date).sort(comparePartialDates);
		expect(sorted.map((d) => d.iso)).toEqual([
			'2014-12-31',
			'2015',
			'2015-01',
			'2015-09',
			'2015-09-30'
		]);
	});
});
