// The timeline as a page's data carries it to the browser: each fact once. What the model derives
// from a date (its precision and parts, its span and middle, "when") is left out and worked out again
// in the browser, with the same functions the model used. An event's summary and sources are left
// out: pages fetch them when they first show or search them (view/event-details.svelte.ts); its
// actors and tags serve only the files the server writes, so they stay there. A reference goes as its
// id and type: pages show references through their formatted citations, fetched with the summaries,
// and the files to download are written by the server.
import { parsePartialDate, spanOf } from '../dates/partial-date';
import type { BrowserTimeline, LabelledDate, Timeline, TimelineEvent } from './timeline';
import { when } from './when';

/** A date as sent: its ISO text and its label, "2015-09" and "September 2015". */
export type WireDate = [iso: string, label: string];

export type WireEvent = Omit<TimelineEvent, 'date' | 'end' | 'when' | 'span' | 'mid'> & {
	date: WireDate;
	end?: WireDate;
};

export type WireTimeline = Omit<BrowserTimeline, 'events'> & { events: WireEvent[] };

/** The timeline as sent to the browser. */
export function toWire(timeline: Timeline): WireTimeline {
	return {
		...timeline,
		references: timeline.references.map(({ number, item }) => ({
			number,
			item: { id: item.id, type: item.type }
		})),
		events: timeline.events.map(wireEvent)
	};
}

/** What an event carries as it is, to the browser and back. */
type Carried = Omit<TimelineEvent, 'id' | 'date' | 'end' | 'when' | 'span' | 'mid'>;

function carried(event: Carried): Carried {
	return {
		title: event.title,
		lane: event.lane,
		...(event.side ? { side: event.side } : {}),
		claims: event.claims,
		importance: event.importance,
		...(event.lang ? { lang: event.lang } : {})
	};
}

function wireEvent(event: TimelineEvent): WireEvent {
	return {
		id: event.id,
		date: [event.date.iso, event.date.label],
		...(event.end ? { end: [event.end.iso, event.end.label] as WireDate } : {}),
		...carried(event)
	};
}

function labelled([iso, label]: WireDate): LabelledDate {
	const parsed = parsePartialDate(iso);
	// The server sent a date the model built: one it cannot read again is a bug, not bad data.
	if (!parsed.ok) throw new Error(`a date the server sent does not read: ${parsed.error}`);
	return { ...parsed.date, label };
}

/** The timeline the model built, from what the page's data carried. */
export function fromWire(wire: WireTimeline): BrowserTimeline {
	return { ...wire, events: wire.events.map(modelEvent) };
}

function modelEvent(event: WireEvent): TimelineEvent {
	const date = labelled(event.date);
	const end = event.end ? labelled(event.end) : undefined;
	const span = spanOf(date, end);
	return {
		id: event.id,
		date,
		...(end ? { end } : {}),
		when: when(date, end),
		span,
		mid: (span.start + span.end) / 2,
		...carried(event)
	};
}
