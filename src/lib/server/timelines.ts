// The timelines in the data folder, read and validated when pages are prerendered (or served in dev).
// Each file is read, validated and built once, and again only when it changes on disk.
import { error } from '@sveltejs/kit';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, isTimelineFile } from '$lib/model/data-files';
import { loadTimelineBytes, TimelineDataError } from '$lib/model/load';
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

interface Loaded {
	mtimeMs: number;
	size: number;
	bytes: Buffer;
	/** The timeline, or the error listing its problems: an invalid file is not validated again either. */
	result: { ok: true; timeline: Timeline } | { ok: false; error: TimelineDataError };
}

const loaded = new Map<string, Loaded>();

/**
 * The timeline in `file`, built once per version of the file: an unchanged time and size reuse it
 * without reading; otherwise the bytes are read and compared, so an edit is always seen.
 */
export function cachedTimeline(file: string): Timeline {
	const { mtimeMs, size } = statSync(file);
	let entry = loaded.get(file);
	if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size) {
		const bytes = readFileSync(file);
		if (!entry || !entry.bytes.equals(bytes)) {
			let result: Loaded['result'];
			try {
				result = { ok: true, timeline: loadTimelineBytes(file, bytes) };
			} catch (cause) {
				if (!(cause instanceof TimelineDataError)) throw cause;
				result = { ok: false, error: cause };
			}
			entry = { mtimeMs, size, bytes, result };
		} else entry = { ...entry, mtimeMs, size };
		loaded.set(file, entry);
	}
	if (!entry.result.ok) throw entry.result.error;
	return entry.result.timeline;
}

/** A timeline by slug; a 404 for an unknown one, a 500 listing every problem for an invalid one. */
export function getTimeline(slug: string): Timeline {
	if (!timelineSlugs().includes(slug)) error(404, `No timeline "${slug}" in ${dataDir()}/`);
	try {
		return cachedTimeline(timelineFile(slug));
	} catch (cause) {
		if (cause instanceof TimelineDataError) error(500, cause.message);
		throw cause;
	}
}
