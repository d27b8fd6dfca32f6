// A date known to a year, a month or a day: the one representation of time past the data edge.

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	/** The ISO 8601 text as written in the data: "2015", "2015-09" or "2015-09-30". */
	iso: string;
	precision: Precision;
	year: number;
	/** 1–12, present for month and day precision. */
	month?: number;
	/** 1–31, present for day precision. */
	day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const PARTIAL_DATE_PATTERN = PATTERN.source;

export type PartialDateResult = { ok: true; date: PartialDate } | { ok: false; error: string };

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", rejecting dates that are not on the calendar. */
export function parsePartialDate(text: string): PartialDateResult {
	const match = PATTERN.exec(text);
	if (!match) {
		return { ok: false, error: `"${text}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD` };
	}
	const [, y, m, d] = match;
	const year = Number(y);
	if (m === undefined) return { ok: true, date: { iso: text, precision: 'year', year } };
	const month = Number(m);
	if (month < 1 || month > 12) {
		return { ok: false, error: `"${text}" has month ${m}; months run from 01 to 12` };
	}
	if (d === undefined) return { ok: true, date: { iso: text, precision: 'month', year, month } };
	const day = Number(d);
	const last = daysInMonth(year, month);
	if (day < 1 || day > last) {
		return { ok: false, error: `"${text}" is not on the calendar; ${y}-${m} has ${last} days` };
	}
	return { ok: true, date: { iso: text, precision: 'day', year, month, day } };
}

/** True when the text is a real calendar date at year, month or day precision. */
export function isPartialDate(text: string): boolean {
	return parsePartialDate(text).ok;
}

/** The first instant the date covers, in UTC milliseconds. */
export function startOf(date: PartialDate): number {
	return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the date (exclusive end), in UTC milliseconds. */
export function endOf(date: PartialDate): number {
	if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1);
	if (date.precision === 'month') return Date.UTC(date.year, date.month ?? 1, 1);
	return Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + 1);
}

/** Orders by first instant, then the coarser date first ("2015" before "2015-01"). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return startOf(a) - startOf(b) || endOf(b) - endOf(a);
}
