// What pages fetch of a timeline when they first need it, not with the page: each event's summary and
// the formatted citations of the references. The build writes it beside each explorer (details.json).
import type { Inline } from '../markdown/plain-text';
import type { Citation } from '../server/citations';
import type { Timeline } from './timeline';

export interface TimelineDetails {
	/** Each event's summary, by the event's id, in the timeline's order. */
	summaries: [id: string, summary: Inline[]][];
	/** The references' formatted citations, in the order of their numbers. */
	citations: Citation[];
}

/** A timeline's details, given its formatted citations. */
export function detailsOf(timeline: Timeline, citations: Citation[]): TimelineDetails {
	return { summaries: timeline.events.map((event) => [event.id, event.summary]), citations };
}
