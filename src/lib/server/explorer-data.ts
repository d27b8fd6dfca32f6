// What the explorer page needs of a timeline, prepared at build time: the timeline and its citations
// formatted by citation-js (which never reaches the browser).
import { formatCitation } from './citations';
import { detailsOf, type TimelineDetails } from '$lib/model/details';
import type { BrowserTimeline, Timeline } from '$lib/model/timeline';
import { toWire, type WireTimeline } from '$lib/model/wire';
import { allScopesOf, languageOfScope } from '$lib/scope';
import { inLanguage } from './language-data';
import { getTimeline, slugOf, timelineSlugs, trimScope } from './timelines';

function prepare(timeline: Timeline) {
	const citations = timeline.references.map((reference) => formatCitation(reference.item));
	return {
		timeline,
		details: detailsOf(timeline, citations),
		articleCitation: timeline.article ? formatCitation(timeline.article.publication) : undefined
	};
}

/**
 * What explorer, embed and handout pages draw from: the timeline as the browser has it, and its
 * details where the page carries them (the handout, the single file); other pages fetch them.
 */
export type ExplorerData = Omit<ReturnType<typeof prepare>, 'timeline' | 'details'> & {
	timeline: BrowserTimeline;
	details?: TimelineDetails;
};

/** Citations are formatted once per version of a timeline, not once per page. */
const prepared = new WeakMap<Timeline, ReturnType<typeof prepare>>();

/** The explorer's data with the whole timeline, as the server has it. */
export function explorerData(slug: string): ReturnType<typeof prepare> {
	const timeline = getTimeline(slug);
	let data = prepared.get(timeline);
	if (!data) prepared.set(timeline, (data = prepare(timeline)));
	return data;
}

/**
 * Every timeline's scope in every language ('' for the default, `t/<slug>` for each, and both under
 * `ru/` and `fa/`), for pages that exist per timeline.
 */
export function scopeEntries(): { scope: string }[] {
	return timelineSlugs().flatMap((slug) => allScopesOf(slug).map((scope) => ({ scope })));
}

/** Each timeline as a page's data carries it, made once per version of the timeline and language. */
const wired = new WeakMap<Timeline, WireTimeline>();

/**
 * The explorer's data for the timeline a scope names, with the scope (without its trailing slash),
 * as a page's server load sends it: the page's universal load turns it back (`fromWire`). Its
 * details come only when asked for (`withDetails`): the explorer and the embed fetch them.
 */
export function scopedExplorerData(scope: string, { withDetails = false } = {}) {
	const data = explorerData(slugOf(scope));
	const { details, articleCitation } = data;
	const model = inLanguage(data.timeline, languageOfScope(scope));
	let timeline = wired.get(model);
	if (!timeline) wired.set(model, (timeline = toWire(model)));
	return {
		timeline,
		articleCitation,
		...(withDetails ? { details } : {}),
		scope: trimScope(scope)
	};
}
