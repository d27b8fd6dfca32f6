// Dates as readers see them, never more precise than the data: "2015", "September 2015", "30 September 2015".
// Formatted by the platform's Intl in UTC, so every time zone shows the same day and no date library ships.
import type { PartialDate } from '../dates/partial-date';

const FORMATS = {
	year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
	month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
	day: new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	})
} as const;

/** A date at its own precision. */
export function dateLabel(date: PartialDate): string {
	const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
	return FORMATS[date.precision].format(instant);
}

/** A date, or a range "start – end", each part at its own precision. */
export function dateRangeLabel(start: PartialDate, end?: PartialDate): string {
	if (!end || end.iso === start.iso) return dateLabel(start);
	return `${dateLabel(start)} – ${dateLabel(end)}`;
}
