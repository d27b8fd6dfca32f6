// Which events a view shows (lanes and search) and how each relates to the chosen claim or reference.
import type { Relation } from '../schema/timeline';
import type { SourceRef, TimelineEvent } from '../model/timeline';
import type { ViewState } from './view-state';

/** Lower case without diacritics, so "tehran" finds "Tehrān". */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** An event's summary as plain text ('' where the page does not have it yet). */
export type SummaryText = (event: TimelineEvent) => string;

const noSummary: SummaryText = () => '';

/** An event's sources (undefined where the page does not have them yet). */
export type SourcesOf = (event: TimelineEvent) => readonly SourceRef[] | undefined;

const noSources: SourcesOf = () => undefined;

/** True when every word of the query occurs in the event's title or summary. */
export function matchesQuery(
	event: TimelineEvent,
	query: string,
	summaryOf: SummaryText = noSummary
): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const text = fold(`${event.title} ${summaryOf(event)}`);
	return words.every((word) => text.includes(word));
}

/** The events the view's lanes and search let through, in their order. */
export function visibleEvents(
	events: TimelineEvent[],
	view: Pick<ViewState, 'lanes' | 'q'>,
	summaryOf: SummaryText = noSummary
): TimelineEvent[] {
	const lanes = view.lanes ? new Set(view.lanes) : undefined;
	return events.filter(
		(event) =>
			(!lanes || lanes.has(event.lane)) && (!view.q || matchesQuery(event, view.q, summaryOf))
	);
}

/** How an event is marked: its relation to the chosen claim, or `cites` for the chosen reference. */
export type Emphasis = Relation | 'cites';

/**
 * The emphasis of each event under the chosen claim or reference (none chosen: empty). The events
 * citing a reference are known once the page has their sources.
 */
export function emphasisOf(
	events: TimelineEvent[],
	view: Pick<ViewState, 'claim' | 'ref'>,
	sourcesOf: SourcesOf = noSources
): Map<string, Emphasis> {
	const marks = new Map<string, Emphasis>();
	for (const event of events) {
		if (view.claim) {
			const link = event.claims.find((c) => c.id === view.claim);
			if (link) marks.set(event.id, link.relation);
		} else if (view.ref && sourcesOf(event)?.some((s) => s.ref === view.ref)) {
			marks.set(event.id, 'cites');
		}
	}
	return marks;
}

/** The events citing each reference, in event order (of those whose sources the page has). */
export function citingEvents(
	events: TimelineEvent[],
	sourcesOf: SourcesOf
): Map<string, TimelineEvent[]> {
	const citing = new Map<string, TimelineEvent[]>();
	for (const event of events) {
		for (const ref of new Set(sourcesOf(event)?.map((s) => s.ref))) {
			const list = citing.get(ref);
			if (list) list.push(event);
			else citing.set(ref, [event]);
		}
	}
	return citing;
}
