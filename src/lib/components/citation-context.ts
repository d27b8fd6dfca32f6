// What each reference id is cited as, shared with every SourceLinks below the page that sets it.
import { getContext, setContext } from 'svelte';
import type { BrowserTimeline } from '$lib/model/timeline';

const KEY = Symbol('citations');

export interface Citations {
	/** Reference id → its bibliography number, or the article's short name. */
	labels: Map<string, string>;
	/** The article's reference id, if the timeline has an article. */
	articleId?: string | undefined;
}

/** The citation labels of a timeline. */
export function citationsOf(timeline: BrowserTimeline): Citations {
	const labels = new Map(timeline.references.map((r) => [r.item.id, String(r.number)]));
	const article = timeline.article;
	if (article) labels.set(article.publication.id, article.label);
	return { labels, articleId: article?.publication.id };
}

export function setCitations(citations: () => Citations): void {
	setContext(KEY, citations);
}

export function getCitations(): Citations {
	const citations = getContext<(() => Citations) | undefined>(KEY);
	return citations?.() ?? { labels: new Map() };
}
