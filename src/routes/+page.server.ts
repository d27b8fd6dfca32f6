import { formatCitation } from '$lib/server/citations';
import { DEFAULT_TIMELINE, getTimeline } from '$lib/server/timelines';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const timeline = getTimeline(DEFAULT_TIMELINE);
	return {
		timeline,
		citations: timeline.references.map((reference) => formatCitation(reference.item)),
		articleCitation: timeline.article ? formatCitation(timeline.article.publication) : undefined
	};
};
