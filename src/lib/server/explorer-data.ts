// What the explorer page needs of a timeline, prepared at build time: the timeline and its citations
// formatted by citation-js (which never reaches the browser).
import { formatCitation } from './citations';
import { detailsOf, type TimelineDetails } from '$lib/model/details';
import type { BrowserTimeline, Timeline } from '$lib/model/timeline';
import { toWire, type WireTimeline } from '$lib/model/wire';
import type { Language } from '$lib/i18n/languages';
import type { Places } from '$lib/places';
import { allScopesOf, languageOfScope } from '$lib/scope';
import { inLanguage } from './language-data';
import { getTimeline, slugOf, timelineSlugs, trimScope } from './timelines';

/** Citations are formatted once per version of a timeline, whatever the language of its pages. */
const cited = new WeakMap<Timeline, ReturnType<typeof citationsOf>>();

function citationsOf(timeline: Timeline) {
	return {
		citations: timeline.references.map((reference) => formatCitation(reference.item)),
		articleCitation: timeline.article ? formatCitation(timeline.article.publication) : undefined
	};
}

function prepare(timeline: Timeline, language: Language) {
	let citations = cited.get(timeline);
	if (!citations) cited.set(timeline, (citations = citationsOf(timeline)));
	const model = inLanguage(timeline, language);
	return {
		timeline: model,
		details: detailsOf(model, citations.citations),
		articleCitation: citations.articleCitation
	};
}

/**
 * What explorer, embed and handout pages draw from: the timeline as the browser has it, and its
 * details where the page carries them (the handout, the single file); other pages fetch them.
 */
export type ExplorerData = Omit<ReturnType<typeof prepare>, 'timeline' | 'details'> & {
	timeline: BrowserTimeline;
	details?: TimelineDetails;
	/** Where its pages are, when not the site's own (a timeline opened in /open/). */
	places?: Places;
	/** Its data files, when the page has them rather than the site (an opened timeline). */
	files?: { json: string; csv: string };
};

/** Prepared once per version of a timeline (in a language), not once per page. */
const prepared = new WeakMap<Timeline, ReturnType<typeof prepare>>();

/** The explorer's data with the whole timeline in a language, as the server has it. */
export function explorerData(slug: string, language: Language = 'en'): ReturnType<typeof prepare> {
	const timeline = getTimeline(slug);
	const model = inLanguage(timeline, language);
	let data = prepared.get(model);
	if (!data) prepared.set(model, (data = prepare(timeline, language)));
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
	const {
		timeline: model,
		details,
		articleCitation
	} = explorerData(slugOf(scope), languageOfScope(scope));
	let timeline = wired.get(model);
	if (!timeline) wired.set(model, (timeline = toWire(model)));
	return {
		timeline,
		articleCitation,
		...(withDetails ? { details } : {}),
		scope: trimScope(scope)
	};
}
