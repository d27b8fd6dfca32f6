// What pages fetch of a timeline when they first need it, not with the page: each event's summary
// and sources, and the formatted citations of the references. The build writes it beside each
// explorer (details.json).
import type { Inline } from '../markdown/plain-text';
import type { Citation } from '../server/citations';
import type { SourceRef, Timeline } from './timeline';

/**
 * An event's details: its id, its summary and its sources, and the summary's language where it is not
 * the page's (a summary no translation gives).
 */
export type EventDetailsEntry =
	| [id: string, summary: Inline[], sources: SourceRef[]]
	| [id: string, summary: Inline[], sources: SourceRef[], lang: string];

export interface TimelineDetails {
	/** Each event's details, in the timeline's order. */
	events: EventDetailsEntry[];
	/** The references' formatted citations, in the order of their numbers. */
	citations: Citation[];
}

/** A timeline's details, given its formatted citations. */
export function detailsOf(timeline: Timeline, citations: Citation[]): TimelineDetails {
	return {
		events: timeline.events.map((event) =>
			event.summaryLang
				? [event.id, event.summary, event.sources, event.summaryLang]
				: [event.id, event.summary, event.sources]
		),
		citations
	};
}
