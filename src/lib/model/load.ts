// From a data file's text to the app's timeline, or an error that lists every problem.
import {
	reportLines,
	validateTimeline,
	validateTimelineBytes,
	type Validation
} from '../validate/validate';
import { buildTimeline } from './build';
import type { Timeline } from './timeline';

export class TimelineDataError extends Error {
	constructor(
		readonly file: string,
		readonly lines: string[],
		kind: 'timeline' | 'translation' = 'timeline'
	) {
		super(
			`${file} is not a valid ${kind} (${lines.length} problem(s)):\n${lines.join('\n')}\n` +
				'Fix them and run `npm run validate` to check.'
		);
		this.name = 'TimelineDataError';
	}
}

function built(file: string, result: Validation): Timeline {
	if (!result.ok) throw new TimelineDataError(file, reportLines(result.problems));
	const slug = file.replace(/^.*\//, '').replace(/\.json$/, '');
	return buildTimeline(slug, result.data, result.summaries);
}

/** Loads a timeline from its source text; throws TimelineDataError with every problem found. */
export function loadTimeline(file: string, source: string): Timeline {
	return built(file, validateTimeline(source, file));
}

/** Loads a timeline from its file's bytes, checking the encoding too; throws as loadTimeline does. */
export function loadTimelineBytes(file: string, bytes: Uint8Array): Timeline {
	return built(file, validateTimelineBytes(bytes, file));
}
