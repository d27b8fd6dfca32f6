// Dates as readers see them, never more precise than the data: "2015", "September 2015", "30 September 2015".
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { PartialDate } from '../dates/partial-date';

const PATTERNS = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' } as const;

/** A date at its own precision. */
export function dateLabel(date: PartialDate): string {
	// A local calendar date, so formatting in any time zone gives the same day.
	const local = new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1);
	return format(local, PATTERNS[date.precision], { locale: enGB });
}

/** A date, or a range "start – end", each part at its own precision. */
export function dateRangeLabel(start: PartialDate, end?: PartialDate): string {
	if (!end || end.iso === start.iso) return dateLabel(start);
	return `${dateLabel(start)} – ${dateLabel(end)}`;
}
