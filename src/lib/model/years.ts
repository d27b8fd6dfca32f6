// The first and last years a timeline's events cover, for "76 events from 1989 to 2025".
import type { Timeline } from './timeline';

export function eventYears(timeline: Pick<Timeline, 'events'>): {
	from: number | string;
	to: number;
} {
	return {
		from: timeline.events[0]?.date.year ?? '',
		to: Math.max(...timeline.events.map((event) => (event.end ?? event.date).year))
	};
}
