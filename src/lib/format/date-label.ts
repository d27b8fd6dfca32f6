// Dates as readers see them, never more precise than the data: "2015", "September 2015", "30 September 2015".
// Formatted by date-fns on a UTCDate, so every time zone shows the same day, in a date-fns locale.
import { format, formatDuration, intervalToDuration, type Duration, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { utc, UTCDate } from '@date-fns/utc';
import { spanOf, startOf, type PartialDate, type Precision } from '../dates/partial-date';

// 'u' is the year as the data writes it, unpadded ("50"); 'y' would show the year 0 as 1 (1 BC).
// 'LLLL' is the month named on its own, which some languages (ru) inflect differently from 'MMMM'.
const PATTERNS: Record<Precision, string> = {
	year: 'u',
	month: 'LLLL u',
	day: 'd MMMM u'
};

// Only British English ships for now: ru and fa-IR join with the interface's translations. Each is
// imported on its own (never the date-fns/locale index), since every locale adds to the page's bytes.
const LOCALES: Readonly<Record<string, Locale>> = { en: enGB, 'en-GB': enGB };

/** The date-fns locale for a timeline's `meta.language` (a BCP 47 tag); British English otherwise. */
export function dateLocale(language: string | undefined): Locale {
	return (language === undefined ? undefined : LOCALES[language]) ?? enGB;
}

/** A date at its own precision. */
export function dateLabel(date: PartialDate, locale: Locale = enGB): string {
	return format(new UTCDate(startOf(date)), PATTERNS[date.precision], { locale });
}

/** A date, or a range "start – end", each part at its own precision. */
export function dateRangeLabel(
	start: PartialDate,
	end?: PartialDate,
	locale: Locale = enGB
): string {
	if (!end || end.iso === start.iso) return dateLabel(start, locale);
	return `${dateLabel(start, locale)} – ${dateLabel(end, locale)}`;
}

// The units a length is told in, down to the precision of the coarser date: a range known to the
// year is a number of years, never "9 years 11 months" the data does not know.
const UNITS: Record<Precision, (keyof Duration)[]> = {
	year: ['years'],
	month: ['years', 'months'],
	day: ['years', 'months', 'days']
};

const FINENESS: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** How long a range lasts, from the start of `start` to the end of `end`: "6 years", "8 months". */
export function durationLabel(start: PartialDate, end: PartialDate, locale: Locale = enGB): string {
	const duration = intervalToDuration(spanOf(start, end), { in: utc });
	const coarser = FINENESS[start.precision] <= FINENESS[end.precision] ? start : end;
	// A range shorter than one unit of its coarser date ("2015 – 2015-06") says its length in finer
	// units rather than nothing.
	return (
		formatDuration(duration, { format: UNITS[coarser.precision], locale }) ||
		formatDuration(duration, { format: UNITS.day, locale })
	);
}
