// The first and last years a timeline's events cover, for "94 events from 1989 to 2025".
import type { Timeline, TimelineEvent, YearRange } from './timeline';

/** From the first event's year to the latest year any event reaches; events in time order. */
export function yearsOf(events: readonly TimelineEvent[]): YearRange | undefined {
	const first = events[0];
	if (!first) return undefined;
	let last = first.date.year;
	for (const event of events) last = Math.max(last, (event.end ?? event.date).year);
	return { first: first.date.year, last };
}

/** The years as the event count's message fills them in; empty text for a timeline with no events. */
export function eventYears(timeline: Pick<Timeline, 'years'>): {
	from: number | string;
	to: number | string;
} {
	return { from: timeline.years?.first ?? '', to: timeline.years?.last ?? '' };
}
