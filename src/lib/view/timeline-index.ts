// What the explorer and the embed look up by id in a timeline: its claims and its citations.
import type { Claim } from '$lib/model/timeline';
import type { ExplorerData } from '$lib/server/explorer-data';
import { citationEntries } from './citation-entries';
import type { EventDetails } from './event-details.svelte';

/** The timeline's claims, and its formatted citations by id once the details are here. */
export function timelineIndex(data: ExplorerData, details: EventDetails) {
	const { timeline } = data;
	return {
		claims: new Map<string, Claim>(
			timeline.article?.claims.map((claim) => [claim.id, claim]) ?? []
		),
		citations: citationEntries(timeline, details.citations ?? [], data.articleCitation)
	};
}
