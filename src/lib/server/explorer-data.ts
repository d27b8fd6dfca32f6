// What the explorer page needs of a timeline, prepared at build time: the timeline and its citations
// formatted by citation-js (which never reaches the browser).
import { formatCitation } from './citations';
import type { Timeline } from '$lib/model/timeline';
import { getTimeline, scopesOf, slugOf, timelineSlugs, trimScope } from './timelines';

function prepare(timeline: Timeline) {
	return {
		timeline,
		citations: timeline.references.map((reference) => formatCitation(reference.item)),
		articleCitation: timeline.article ? formatCitation(timeline.article.publication) : undefined
	};
}

export type ExplorerData = ReturnType<typeof prepare>;

/** Citations are formatted once per version of a timeline, not once per page. */
const prepared = new WeakMap<Timeline, ExplorerData>();

export function explorerData(slug: string): ExplorerData {
	const timeline = getTimeline(slug);
	let data = prepared.get(timeline);
	if (!data) prepared.set(timeline, (data = prepare(timeline)));
	return data;
}

/** Every timeline's scope ('' for the default, `t/<slug>` for each), for pages that exist per timeline. */
export function scopeEntries(): { scope: string }[] {
	return timelineSlugs().flatMap((slug) => scopesOf(slug).map((scope) => ({ scope })));
}

/** The explorer's data for the timeline a scope names, with the scope (without its trailing slash). */
export function scopedExplorerData(scope: string) {
	return { ...explorerData(slugOf(scope)), scope: trimScope(scope) };
}
