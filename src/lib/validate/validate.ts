// One call from a data file's bytes or text to its typed content, or to every problem in it, located.
import type { Inline } from '../markdown/inline';
import { LIMITS } from '../schema/limits';
import { timelineSchema, TOO_MANY_EVENTS, type TimelineData } from '../schema/timeline';
import { decodeUtf8 } from './bytes';
import { formatPath, locate, readJson, type JsonSource } from './json-source';
import { formatProblem, type LocatedProblem, type Problem } from './problem';
import { checkRules } from './rules';
import { checkShape } from './shape-problems';
import { topLevelKey } from './strict-json';

export type Validation =
	| {
			ok: true;
			data: TimelineData;
			/** Each summary's parsed Markdown, by its text, so the model need not parse it again. */
			summaries: ReadonlyMap<string, Inline[]>;
	  }
	| { ok: false; problems: LocatedProblem[] };

/** A file past the limit on events, found without validating each of them. */
function tooManyEvents(value: unknown, text: string): Problem | undefined {
	const events = (value as { events?: unknown } | null)?.events;
	if (!Array.isArray(events) || events.length <= LIMITS.events) return undefined;
	const at = topLevelKey(text, 'events');
	return { path: ['events'], message: TOO_MANY_EVENTS, ...(at ? { at } : {}) };
}

function byPosition(a: LocatedProblem, b: LocatedProblem): number {
	return a.line - b.line || a.column - b.column;
}

/**
 * Validates a timeline file's text: syntax, shape and cross-references, all reported at once. For
 * text that has not been decoded yet (a file), `validateTimelineBytes` also checks the encoding.
 */
export function validateTimeline(source: string, file: string): Validation {
	const read = readSource(source, file);
	if (!read.ok) return read;
	const { json, text } = read;
	// Past the limit on events the file is refused at once, before the work that grows with them.
	const oversize = tooManyEvents(json.value, text);
	const shape = oversize ? undefined : checkShape(timelineSchema, json.value);
	const summaries = new Map<string, Inline[]>();
	const problems: Problem[] = oversize
		? [oversize]
		: [
				...json.problems,
				...(shape?.ok ? [] : (shape?.problems ?? [])),
				...checkRules(json.value, summaries)
			];
	if (shape?.ok && problems.length === 0) return { ok: true, data: shape.data, summaries };

	return { ok: false, problems: locatedProblems(problems, json.root(), file) };
}

/** Problems found in a file's JSON, each with its line and column, in the file's order, once each. */
export function locatedProblems(
	problems: readonly Problem[],
	root: Parameters<typeof locate>[0],
	file: string
): LocatedProblem[] {
	const seen = new Set<string>();
	const located = problems
		.map((problem) => ({
			file,
			...(problem.at ?? locate(root, problem.path, problem.atKey)),
			...problem
		}))
		.filter((problem) => {
			const key = `${problem.line}:${problem.column} ${formatPath(problem.path)} ${problem.message}`;
			return seen.has(key) ? false : (seen.add(key), true);
		});
	return located.sort(byPosition);
}

/** Validates a timeline file as read from disk: strict UTF-8 (a byte-order mark allowed), then as text. */
export function validateTimelineBytes(bytes: Uint8Array, file: string): Validation {
	return fromBytes(bytes, file, (text) => validateTimeline(text, file));
}

type Refused = { ok: false; problems: LocatedProblem[] };

/** A file's text read as JSON, a byte-order mark dropped, or its syntax error, located. */
export function readSource(
	source: string,
	file: string
): { ok: true; json: Extract<JsonSource, { ok: true }>; text: string } | Refused {
	// A byte-order mark is no column in an editor, so dropping it keeps positions as they show them.
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const json = readJson(text);
	if (json.ok) return { ok: true, json, text };
	const { position, message, hint } = json;
	return {
		ok: false,
		problems: [{ file, ...position, path: [], message, ...(hint ? { hint } : {}) }]
	};
}

/** A file's bytes decoded as strict UTF-8 and validated as text, or the encoding's problem, located. */
export function fromBytes<T>(
	bytes: Uint8Array,
	file: string,
	validate: (text: string) => T
): T | Refused {
	const decoded = decodeUtf8(bytes);
	if (decoded.ok) return validate(decoded.text);
	const { position, message, hint } = decoded;
	return { ok: false, problems: [{ file, ...position, path: [], message, hint }] };
}

/** The problems as printed lines, one each. */
export function reportLines(problems: readonly LocatedProblem[]): string[] {
	return problems.map((problem) => formatProblem(problem, formatPath));
}
