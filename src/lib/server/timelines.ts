// The timelines in the data folder, read and validated when pages are prerendered (or served in dev).
import { error } from '@sveltejs/kit';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, isTimelineFile } from '$lib/model/data-files';
import { loadTimeline, TimelineDataError } from '$lib/model/load';
import type { Timeline } from '$lib/model/timeline';

export { DEFAULT_TIMELINE, scopesOf, slugOf, trimScope } from '$lib/scope';

/** The slugs of every timeline in the data folder. */
export function timelineSlugs(): string[] {
	return readdirSync(dataDir())
		.filter(isTimelineFile)
		.map((name) => name.replace(/\.json$/, ''))
		.sort();
}

/** The data file of a timeline. */
export function timelineFile(slug: string): string {
	return join(dataDir(), `${slug}.json`);
}

/** A timeline by slug; a 404 for an unknown one, a 500 listing every problem for an invalid one. */
export function getTimeline(slug: string): Timeline {
	if (!timelineSlugs().includes(slug)) error(404, `No timeline "${slug}" in ${dataDir()}/`);
	const file = timelineFile(slug);
	try {
		return loadTimeline(file, readFileSync(file, 'utf8'));
	} catch (cause) {
		if (cause instanceof TimelineDataError) error(500, cause.message);
		throw cause;
	}
}
