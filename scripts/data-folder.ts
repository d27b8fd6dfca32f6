// Every file of a data folder checked: each timeline, then each translation against its timeline.
// `npm run validate` prints the result; the build stops on any problem (vite-plugin-validate-data.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { isTimelineFile, translationFileOf } from '../src/lib/model/data-files';
import type { TimelineData } from '../src/lib/schema/timeline';
import { validateTranslationBytes } from '../src/lib/validate/translation';
import { reportLines, validateTimelineBytes } from '../src/lib/validate/validate';

export interface FileCheck {
	file: string;
	/** The problems, one printed line each; none when the file is valid. */
	problems: string[];
	/** What a valid file holds, in a few words. */
	summary?: string;
}

function read(file: string): Buffer | string {
	try {
		return readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		return `${file}:1:1  (file)  cannot read the file: ${code} (check the path)`;
	}
}

export function checkTimelineFile(file: string): FileCheck & { data?: TimelineData } {
	const bytes = read(file);
	if (typeof bytes === 'string') return { file, problems: [bytes] };
	const result = validateTimelineBytes(bytes, file);
	if (!result.ok) return { file, problems: reportLines(result.problems) };
	const { events, periods, references } = result.data;
	return {
		file,
		problems: [],
		data: result.data,
		summary: `${events.length} events, ${periods.length} periods, ${references.length} references`
	};
}

export function checkTranslationFile(file: string, timeline: TimelineData | undefined): FileCheck {
	const of = translationFileOf(file);
	if (!timeline) {
		return {
			file,
			problems: [
				`${file}:1:1  (file)  no valid timeline "${of?.slug}.json" beside it to translate (add or fix the timeline, or rename this file <slug>.<language>.json)`
			]
		};
	}
	const bytes = read(file);
	if (typeof bytes === 'string') return { file, problems: [bytes] };
	const result = validateTranslationBytes(bytes, file, timeline);
	if (!result.ok) return { file, problems: reportLines(result.problems) };
	const events = Object.keys(result.data.events ?? {}).length;
	const reviewed = result.data.reviewed ? 'reviewed' : 'not reviewed';
	return {
		file,
		problems: [],
		summary: `${result.data.language} translation of ${events} of ${timeline.events.length} events, ${reviewed}`
	};
}

/** The data folder's timelines and translations, checked in name order. */
export function checkDataFolder(dir: string): FileCheck[] {
	const names = readdirSync(dir).sort();
	const timelines = names.filter(isTimelineFile).map((name) => checkTimelineFile(`${dir}/${name}`));
	const bySlug = new Map(
		timelines.map((check) => [check.file.replace(/^.*\//, '').replace(/\.json$/, ''), check.data])
	);
	const translations = names
		.filter((name) => translationFileOf(name))
		.map((name) =>
			checkTranslationFile(`${dir}/${name}`, bySlug.get(translationFileOf(name)!.slug))
		);
	return [...timelines, ...translations];
}
