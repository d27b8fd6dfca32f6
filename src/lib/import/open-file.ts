// From a file a reader gives (its name and text) to a Dyad timeline, or to every problem in it at its
// place in that file: the format is told from the text, converted if it is not Dyad's own, and then
// checked exactly as `npm run validate` checks a data file. Runs in a Web Worker and in the CLI.
import Papa from 'papaparse';
import type { Inline } from '../markdown/inline';
import type { TimelineData } from '../schema/timeline';
import { LIMITS } from '../schema/limits';
import { locate, readJson, type Position } from '../validate/json-source';
import type { LocatedProblem } from '../validate/problem';
import { validateTimeline } from '../validate/validate';
import {
	ImportError,
	type Conversion,
	type ImportFormat,
	type ImportNote,
	type ImportOptions
} from './conversion';
import { fromDyadCsv, isDyadCsvHeader } from './dyad-csv';
import { MAX_FILE_BYTES } from './file-limits';
import { fromTimelineJs } from './timelinejs';
import { fromTimelineJsCsv, isTimelineJsHeader } from './timelinejs-csv';

export { MAX_FILE_BYTES } from './file-limits';

export type Opened =
	| {
			ok: true;
			format: ImportFormat;
			data: TimelineData;
			summaries: ReadonlyMap<string, Inline[]>;
			/** The timeline as a Dyad data file: what "download as Dyad JSON" saves. */
			json: string;
			warnings: ImportNote[];
	  }
	| {
			ok: false;
			format: ImportFormat | undefined;
			problems: LocatedProblem[];
			warnings: ImportNote[];
	  };

/** Which format a text is in, from its first character and (for CSV) its header row. */
export function detectFormat(text: string): ImportFormat | ImportNote {
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (start.startsWith('{')) {
		const json = readJson(start);
		const value = json.ok ? json.value : undefined;
		if (value && typeof value === 'object' && 'meta' in value) return 'dyad-json';
		if (value && typeof value === 'object' && 'events' in value && !('meta' in value))
			return 'timelinejs-json';
		// Unreadable JSON is Dyad's to report, with its place.
		return 'dyad-json';
	}
	const header = Papa.parse<string[]>(start, { preview: 1 }).data[0] ?? [];
	if (isDyadCsvHeader(header)) return 'dyad-csv';
	if (isTimelineJsHeader(header)) return 'timelinejs-csv';
	return {
		line: 1,
		column: 1,
		message: 'this is neither a Dyad or TimelineJS JSON file nor a CSV table Dyad reads',
		hint: 'open a Dyad timeline (.json), a TimelineJS file (.json), a TimelineJS spreadsheet saved as CSV, or a Dyad events table (.csv)'
	};
}

function refused(
	file: string,
	format: ImportFormat | undefined,
	note: ImportNote,
	warnings: ImportNote[] = []
): Opened {
	return { ok: false, format, problems: [{ file, path: [], ...note }], warnings };
}

/** Opens a timeline file of any format Dyad reads. */
export async function openTimelineFile(
	text: string,
	file: string,
	options: ImportOptions = {}
): Promise<Opened> {
	if (text.length > MAX_FILE_BYTES)
		return refused(file, undefined, {
			line: 1,
			column: 1,
			message: `the file is ${(text.length / 1024 / 1024).toFixed(1)} MB; Dyad opens files up to 10 MB`,
			hint: 'split the timeline into several files (one per period, say)'
		});
	const format = detectFormat(text);
	if (typeof format !== 'string') return refused(file, undefined, format);
	if (format === 'dyad-json') {
		const result = validateTimeline(text, file);
		if (!result.ok) return { ok: false, format, problems: result.problems, warnings: [] };
		return { ...result, format, json: text.replace(/^\uFEFF/, ''), warnings: [] };
	}

	let conversion: Conversion;
	try {
		if (format === 'timelinejs-json') {
			const json = readJson(text.replace(/^\uFEFF/, ''));
			if (!json.ok) return refused(file, format, { ...json.position, message: json.message });
			const root = json.root();
			const events = (json.value as { events?: unknown }).events;
			if (Array.isArray(events) && events.length > LIMITS.events)
				return refused(file, format, {
					line: 1,
					column: 1,
					message: `the file has ${events.length} events; a timeline holds at most ${LIMITS.events}`,
					hint: 'split it into several timelines'
				});
			conversion = fromTimelineJs(json.value, (path) => locate(root, path), options);
		} else if (format === 'timelinejs-csv') conversion = fromTimelineJsCsv(text, options);
		else conversion = await fromDyadCsv(text, options);
	} catch (error) {
		if (error instanceof ImportError) return refused(file, format, error.note);
		throw error;
	}

	const json = `${JSON.stringify(conversion.timeline, null, '\t')}\n`;
	const result = validateTimeline(json, file);
	if (result.ok) return { ...result, format, json, warnings: conversion.warnings };
	// Each problem at the place in the reader's file the converted part came from.
	const seen = new Set<string>();
	const problems = result.problems
		.map((problem) => {
			const at: Position = conversion.origin(problem.path) ?? { line: 1, column: 1 };
			const actors = problem.path.join('.') === 'meta.actors';
			return {
				...problem,
				line: at.line,
				column: at.column,
				...(actors
					? {
							message: 'which two states is this timeline about? The file does not say',
							hint: 'name them: CODE:Name,CODE:Name (e.g. IR:Iran,CN:China)'
						}
					: {})
			};
		})
		.filter((problem) => {
			const key = `${problem.line}:${problem.column}:${problem.message}`;
			return seen.has(key) ? false : (seen.add(key), true);
		})
		.sort((a, b) => a.line - b.line || a.column - b.column);
	return { ok: false, format, problems, warnings: conversion.warnings };
}
