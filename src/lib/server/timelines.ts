// The timelines in the data folder, read and validated when pages are prerendered (or served in dev).
// Each file is read, validated and built once, and again only when it changes on disk.
import { error } from '@sveltejs/kit';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, isTimelineFile } from '$lib/model/data-files';
import { loadTimelineBytes, TimelineDataError } from '$lib/model/load';
import type { Timeline } from '$lib/model/timeline';
import type { Inline } from '$lib/markdown/inline';
import type { TranslationData } from '$lib/schema/translation';
import { validateTranslationBytes } from '$lib/validate/translation';
import { reportLines } from '$lib/validate/validate';

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

/** A timeline's translation into one language, as validated against it. */
export interface Translation {
	data: TranslationData;
	summaries: ReadonlyMap<string, Inline[]>;
}

/** The translation file of a timeline into a language: `<slug>.<language>.json` beside it. */
export function translationFile(slug: string, language: string): string {
	return join(dataDir(), `${slug}.${language}.json`);
}

interface LoadedTranslation {
	mtimeMs: number;
	size: number;
	/** The timeline it was checked against: an edit to the timeline checks it again. */
	timeline: Timeline;
	result: { ok: true; translation: Translation } | { ok: false; error: TimelineDataError };
}

const translations = new Map<string, LoadedTranslation>();

/**
 * A timeline's translation into `language`, if its file exists, checked against the timeline once
 * per version of either; a 500 listing every problem when it is invalid.
 */
export function getTranslation(timeline: Timeline, language: string): Translation | undefined {
	const file = translationFile(timeline.slug, language);
	let stat;
	try {
		stat = statSync(file);
	} catch {
		return undefined;
	}
	let entry = translations.get(file);
	if (
		!entry ||
		entry.mtimeMs !== stat.mtimeMs ||
		entry.size !== stat.size ||
		entry.timeline !== timeline
	) {
		const result = validateTranslationBytes(readFileSync(file), file, timeline);
		entry = {
			mtimeMs: stat.mtimeMs,
			size: stat.size,
			timeline,
			result: result.ok
				? { ok: true, translation: { data: result.data, summaries: result.summaries } }
				: {
						ok: false,
						error: new TimelineDataError(file, reportLines(result.problems), 'translation')
					}
		};
		translations.set(file, entry);
	}
	if (!entry.result.ok) error(500, entry.result.error.message);
	return entry.result.translation;
}
