// What the explorer page needs of a timeline, prepared at build time: the timeline and its citations
// formatted by citation-js (which never reaches the browser).
import { formatCitation } from './citations';
import { getTimeline } from './timelines';

export function explorerData(slug: string) {
	const timeline = getTimeline(slug);
	return {
		timeline,
		citations: timeline.references.map((reference) => formatCitation(reference.item)),
		articleCitation: timeline.article ? formatCitation(timeline.article.publication) : undefined
	};
}

export type ExplorerData = ReturnType<typeof explorerData>;
