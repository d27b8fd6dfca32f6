import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../dates/partial-date';
import { enGB } from 'date-fns/locale/en-GB';
import { dateLabel, dateLocale, dateRangeLabel, durationLabel } from './date-label';

function date(text: string): PartialDate {
	const result = parsePartialDate(text);
	if (!result.ok) throw new Error(result.error);
	return result.date;
}

describe('dateLabel', () => {
	it.each([
		['2014', '2014'],
		['2015-09', 'September 2015'],
		['2015-09-30', '30 September 2015'],
		['2020-10-18', '18 October 2020'],
		['0050', '50'],
		['0050-06', 'June 50'],
		['0050-06-01', '1 June 50']
	])('shows %s no more precisely than it is known: %s', (iso, label) => {
		expect(dateLabel(date(iso))).toBe(label);
	});
});

describe('dateRangeLabel', () => {
	it('joins a range with an en dash, each end at its own precision', () => {
		expect(dateRangeLabel(date('2007'), date('2016-10'))).toBe('2007 – October 2016');
	});

	it('shows a single date when there is no end or the end is the same', () => {
		expect(dateRangeLabel(date('2015-09-30'))).toBe('30 September 2015');
		expect(dateRangeLabel(date('2015'), date('2015'))).toBe('2015');
	});
});

describe('durationLabel', () => {
	it.each([
		['2001', '2010', '10 years'],
		['2015', '2015', '1 year'],
		['2015-09', '2016-04', '8 months'],
		['2009-01', '2014-06', '5 years 6 months'],
		['2020-10-01', '2020-10-12', '12 days'],
		['2016-02-01', '2016-02-29', '1 month'],
		['2016-02-01', '2016-02-28', '28 days'],
		['2015-09-15', '2016-03-20', '6 months 6 days'],
		['0050', '0099', '50 years']
	])('tells how long %s – %s lasts, ends included: %s', (start, end, label) => {
		expect(durationLabel(date(start), date(end))).toBe(label);
	});

	it('counts only whole units of the coarser date', () => {
		expect(durationLabel(date('2001'), date('2010-06'))).toBe('9 years');
		expect(durationLabel(date('2001-03-15'), date('2002-03'))).toBe('1 year');
	});

	it('falls back to finer units when the range is shorter than one of the coarser date', () => {
		expect(durationLabel(date('2015-06'), date('2015'))).toBe('7 months');
	});
});

describe('dateLocale', () => {
	it.each([['en'], ['en-GB'], ['ru'], ['fa-IR'], [undefined]])(
		'gives British English for %s until other languages ship',
		(language) => {
			expect(dateLocale(language)).toBe(enGB);
		}
	);
});
