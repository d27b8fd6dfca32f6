// What the explorer and the embed look up by id in a timeline: its claims and its citations.
import type { Claim } from '$lib/model/timeline';
import type { ExplorerData } from '$lib/server/explorer-data';
import { citationEntries } from './citation-entries';

/** The timeline's claims and formatted citations by id. */
export function timelineIndex(data: ExplorerData) {
	const { timeline } = data;
	return {
		claims: new Map<string, Claim>(
			timeline.article?.claims.map((claim) => [claim.id, claim]) ?? []
		),
		citations: citationEntries(timeline, data.citations, data.articleCitation)
	};
}
