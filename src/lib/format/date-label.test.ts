import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../dates/partial-date';
import { dateLabel, dateRangeLabel } from './date-label';

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
		['2020-10-18', '18 October 2020']
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
