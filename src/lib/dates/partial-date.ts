// A date known to a year, a month or a day: the one representation of time past the data edge.
// The calendar is date-fns's, in UTC (@date-fns/utc), so years 0–99 and every time zone come out right.
import {
	addDays,
	addMonths,
	addYears,
	formatISO,
	getDaysInMonth,
	isValid,
	parseISO
} from 'date-fns';
import { utc, UTCDate } from '@date-fns/utc';

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

/** A time interval in UTC milliseconds, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const PARTIAL_DATE_PATTERN = PATTERN.source;

export type PartialDateResult = { ok: true; date: PartialDate } | { ok: false; error: string };

/**
 * The first instant of ISO text, in UTC: parseISO reads "0050" as the year 50, where Date.UTC(50, …)
 * means 1950. An Invalid Date when the text is not on the calendar.
 */
function firstInstant(iso: string): UTCDate {
	return parseISO(iso, { in: utc });
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
	const monthStart = firstInstant(`${y}-${m}`);
	if (!isValid(monthStart)) {
		return { ok: false, error: `"${text}" has month ${m}; months run from 01 to 12` };
	}
	const month = Number(m);
	if (d === undefined) return { ok: true, date: { iso: text, precision: 'month', year, month } };
	if (!isValid(firstInstant(text))) {
		const last = getDaysInMonth(monthStart);
		return { ok: false, error: `"${text}" is not on the calendar; ${y}-${m} has ${last} days` };
	}
	return { ok: true, date: { iso: text, precision: 'day', year, month, day: Number(d) } };
}

/** True when the text is a real calendar date at year, month or day precision. */
export function isPartialDate(text: string): boolean {
	return parsePartialDate(text).ok;
}

/** The first instant the date covers, in UTC milliseconds. */
export function startOf(date: PartialDate): number {
	return firstInstant(date.iso).getTime();
}

const NEXT: Record<Precision, (date: UTCDate, amount: number) => UTCDate> = {
	year: addYears,
	month: addMonths,
	day: addDays
};

/** The first instant after the date (exclusive end), in UTC milliseconds. */
export function endOf(date: PartialDate): number {
	return NEXT[date.precision](firstInstant(date.iso), 1).getTime();
}

/** The interval a date covers, or from a date to the end of its `end`. */
export function spanOf(date: PartialDate, end?: PartialDate): Span {
	return { start: startOf(date), end: endOf(end ?? date) };
}

/**
 * Orders by first instant, then the coarser date first ("2015" before "2015-01"). ISO text with
 * 4-digit years sorts exactly so (a coarser date is a prefix of its finer ones), which keeps a sort
 * of thousands of events from building two dates per comparison.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

/** CSL `date-parts` such as [2020], [2020, 6] or [2020, 6, 30] as a date; undefined if not one. */
export function partialDateFromParts(parts: readonly unknown[]): PartialDate | undefined {
	if (typeof parts[0] !== 'number' || parts.length > 3 || !parts.every(Number.isInteger)) {
		return undefined;
	}
	const iso = parts.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');
	const result = parsePartialDate(iso);
	return result.ok ? result.date : undefined;
}

/** How many characters of the ISO calendar date ("2015-06-01") a precision keeps. */
const ISO_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };

/** The ISO text of a UTC instant at a precision: "2015", "2015-06" or "2015-06-01" ("0050" for 50). */
export function isoOf(time: number, precision: Precision): string {
	// formatISO writes the astronomical year in four digits (the year 0 as 0000, 50 as 0050) and,
	// unlike format, needs no locale: the pages that write URLs do not carry one.
	const date = new UTCDate(time);
	const year = date.getFullYear();
	if (!(year >= 0 && year <= 9999)) throw new RangeError(`${time} is outside the years 0000–9999`);
	return formatISO(date, { representation: 'date' }).slice(0, ISO_LENGTH[precision]);
}

/** The date containing a UTC instant, at a precision; throws for instants outside years 0000–9999. */
export function partialDateAt(time: number, precision: Precision): PartialDate {
	const result = parsePartialDate(isoOf(time, precision));
	if (!result.ok) throw new RangeError(`${time} is outside the years 0000–9999: ${result.error}`);
	return result.date;
}
