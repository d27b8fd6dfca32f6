// The timelines in data/, loaded and validated at build time (the pages are prerendered).
import { error } from '@sveltejs/kit';
import { isTimelineFile } from '$lib/model/data-files';
import { loadTimeline, TimelineDataError } from '$lib/model/load';
import type { Timeline } from '$lib/model/timeline';

export const DEFAULT_TIMELINE = 'iran-russia';

const sources = import.meta.glob<string>('/data/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

function fileFor(slug: string): string {
	return `data/${slug}.json`;
}

/** The slugs of every timeline in data/. */
export function timelineSlugs(): string[] {
	return Object.keys(sources)
		.filter(isTimelineFile)
		.map((path) => path.replace(/^\/data\//, '').replace(/\.json$/, ''))
		.sort();
}

/** A timeline by slug; a 404 for an unknown one, a 500 listing every problem for an invalid one. */
export function getTimeline(slug: string): Timeline {
	const source = sources[`/${fileFor(slug)}`];
	if (source === undefined) error(404, `No timeline "${slug}" in data/`);
	try {
		return loadTimeline(fileFor(slug), source);
	} catch (cause) {
		if (cause instanceof TimelineDataError) error(500, cause.message);
		throw cause;
	}
}
