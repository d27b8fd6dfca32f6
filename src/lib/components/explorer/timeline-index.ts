// What the explorer and the embed work out from a timeline once, and from each view of it.
import { emphasisOf, visibleEvents } from '$lib/chart/filter';
import { timelineSpan } from '$lib/chart/time-scale';
import { lanesShown, viewContextOf, type ViewState } from '$lib/chart/view-state';
import type { Timeline, TimelineEvent } from '$lib/model/timeline';
import type { ExplorerData } from '$lib/server/explorer-data';
import { citationEntries } from './citation-entries';

/** The timeline's span, what a view may name, and its events, claims and citations by id. */
export function timelineIndex(data: ExplorerData) {
	const { timeline } = data;
	return {
		span: timelineSpan(timeline),
		context: viewContextOf(timeline),
		byId: new Map(timeline.events.map((event) => [event.id, event])),
		claims: new Map(timeline.article?.claims.map((claim) => [claim.id, claim]) ?? []),
		citations: citationEntries(timeline, data.citations, data.articleCitation)
	};
}

/** What a view shows: its events and lanes, how each event is marked, and the open event. */
export function viewOf(timeline: Timeline, view: ViewState, byId: Map<string, TimelineEvent>) {
	const shown = visibleEvents(timeline.events, view);
	return {
		shown,
		lanes: lanesShown(timeline.lanes, view),
		emphasis: emphasisOf(shown, view),
		selected: view.event ? byId.get(view.event) : undefined
	};
}
