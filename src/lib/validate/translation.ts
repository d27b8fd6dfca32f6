// A translation file checked as a timeline file is: syntax and shape, then every id it names against
// the timeline it translates (an unknown id is reported where it is written, with a suggestion), its
// language against its name, and its summaries against the Markdown subset.
import { LANGUAGES } from '../i18n/languages';
import { parseInline, type Inline } from '../markdown/inline';
import { LIMITS } from '../schema/limits';
import { ID_PATTERN } from '../schema/primitives';
import { translationSchema, type TranslationData } from '../schema/translation';
import type { JsonPath } from './json-source';
import type { LocatedProblem, Problem } from './problem';
import { isObject, type RawObject } from './raw';
import { checkShape } from './shape-problems';
import { didYouMean } from './suggest';
import { fromBytes, locatedProblems, readSource } from './validate';

/** What a translation is checked against: the ids and language of the timeline it translates. */
export interface TranslationTarget {
	meta: { language: string; actors: readonly { code: string }[] };
	lanes: readonly { id: string }[];
	periods: readonly { id: string }[];
	events: readonly { id: string; claims: readonly { id: string }[] }[];
	milestones: readonly { id: string }[];
	article?: { claims: readonly { id: string }[] };
	stories: readonly { id: string; steps: readonly unknown[] }[];
}

export type TranslationValidation =
	| {
			ok: true;
			data: TranslationData;
			/** Each translated summary's parsed Markdown, by its text. */
			summaries: ReadonlyMap<string, Inline[]>;
	  }
	| { ok: false; problems: LocatedProblem[] };

/** The keys of the object at `key`, each with its path, if it is an object. */
function entries(object: RawObject, key: string): [string, unknown, JsonPath][] {
	const value = object[key];
	if (!isObject(value)) return [];
	return Object.entries(value).map(([name, item]) => [name, item, [key, name]]);
}

function unknownKey(path: JsonPath, kind: string, name: string, known: readonly string[]): Problem {
	return {
		path,
		atKey: true,
		message: `unknown ${kind} "${name}": the timeline has no such ${kind}`,
		hint: didYouMean(name, known, `translate one of the timeline's ${kind}s, or remove this entry`)
	};
}

/** Each key of the section `key` must be an id of the timeline's `ids`. */
function idsExist(
	object: RawObject,
	key: string,
	kind: string,
	ids: readonly string[],
	pattern = ID_PATTERN
): Problem[] {
	const known = new Set(ids);
	// A key that is no id at all is the shape's to report.
	return entries(object, key).flatMap(([name, , path]) =>
		known.has(name) || !pattern.test(name) ? [] : [unknownKey(path, kind, name, ids)]
	);
}

/** An event's translated link notes name claims the event links to. */
function linkNotes(object: RawObject, timeline: TranslationTarget): Problem[] {
	const events = new Map(timeline.events.map((event) => [event.id, event]));
	return entries(object, 'events').flatMap(([id, item, path]) => {
		const event = events.get(id);
		if (!event || !isObject(item)) return [];
		const linked = event.claims.map((link) => link.id);
		return entries(item, 'claims').flatMap(([claim, , at]) =>
			linked.includes(claim)
				? []
				: [
						{
							...unknownKey([...path, ...at], 'claim link', claim, linked),
							message: `event "${id}" does not link to the claim "${claim}"`,
							hint: didYouMean(
								claim,
								linked,
								linked.length
									? `its links are to ${linked.map((c) => `"${c}"`).join(', ')}`
									: 'it links to no claim: remove "claims"'
							)
						}
					]
		);
	});
}

/** A story's translated steps are no more than its steps. */
function stepCounts(object: RawObject, timeline: TranslationTarget): Problem[] {
	const stories = new Map(timeline.stories.map((story) => [story.id, story]));
	return entries(object, 'stories').flatMap(([id, item, path]) => {
		const story = stories.get(id);
		const steps = isObject(item) ? item.steps : undefined;
		if (!story || !Array.isArray(steps) || steps.length <= story.steps.length) return [];
		return [
			{
				path: [...path, 'steps', story.steps.length],
				message: `the story "${id}" has ${story.steps.length} step(s); this is step ${story.steps.length + 1}`,
				hint: 'translate its steps in their order, one entry per step, and remove the rest'
			}
		];
	});
}

function summariesAreSafe(object: RawObject, parsed: Map<string, Inline[]>): Problem[] {
	return entries(object, 'events').flatMap(([, item, path]) => {
		const summary = isObject(item) && typeof item.summary === 'string' ? item.summary.trim() : '';
		if (!summary || summary.length > LIMITS.summary) return [];
		const result = parseInline(summary);
		if (result.ok) {
			parsed.set(summary, result.inline);
			return [];
		}
		return result.errors.map((error) => ({
			path: [...path, 'summary'],
			message: `summary: ${error}`,
			hint: 'summaries allow *emphasis*, **strong** and [links](https://…) only'
		}));
	});
}

function languageAgrees(object: RawObject, file: string, timeline: TranslationTarget): Problem[] {
	const language = typeof object.language === 'string' ? object.language : undefined;
	if (language === undefined) return [];
	const named = /\.([^./]+)\.json$/.exec(file)?.[1];
	if (named !== undefined && named !== language)
		return [
			{
				path: ['language'],
				message: `the file's name says "${named}" but "language" is "${language}"`,
				hint: `rename the file to end in .${language}.json, or correct "language"`
			}
		];
	if (!(LANGUAGES as readonly string[]).includes(language))
		return [
			{
				path: ['language'],
				message: `the site has no pages in "${language}"`,
				hint: `translate into one of its languages: ${LANGUAGES.join(', ')}`
			}
		];
	if (language === timeline.meta.language)
		return [
			{
				path: ['language'],
				message: `the timeline is already in "${language}"`,
				hint: 'a translation is in another language than its timeline'
			}
		];
	return [];
}

/** Every problem a translation's ids, language and summaries have against its timeline. */
export function checkTranslationRules(
	root: unknown,
	file: string,
	timeline: TranslationTarget,
	parsed = new Map<string, Inline[]>()
): Problem[] {
	const object = isObject(root) ? root : {};
	const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
	return [
		...languageAgrees(object, file, timeline),
		...idsExist(
			object,
			'actors',
			'actor',
			timeline.meta.actors.map((actor) => actor.code),
			/^[A-Z]{2}$/
		),
		...idsExist(object, 'lanes', 'lane', ids(timeline.lanes)),
		...idsExist(object, 'periods', 'period', ids(timeline.periods)),
		...idsExist(object, 'events', 'event', ids(timeline.events)),
		...idsExist(object, 'milestones', 'milestone', ids(timeline.milestones)),
		...idsExist(object, 'claims', 'claim', ids(timeline.article?.claims ?? [])),
		...idsExist(object, 'stories', 'story', ids(timeline.stories)),
		...linkNotes(object, timeline),
		...stepCounts(object, timeline),
		...summariesAreSafe(object, parsed)
	];
}

/** Validates a translation's text against the (valid) timeline it translates. */
export function validateTranslation(
	source: string,
	file: string,
	timeline: TranslationTarget
): TranslationValidation {
	const read = readSource(source, file);
	if (!read.ok) return read;
	const { json } = read;
	const shape = checkShape(translationSchema, json.value);
	const summaries = new Map<string, Inline[]>();
	const problems: Problem[] = [
		...json.problems,
		...(shape.ok ? [] : shape.problems),
		...checkTranslationRules(json.value, file, timeline, summaries)
	];
	if (shape.ok && problems.length === 0) return { ok: true, data: shape.data, summaries };
	return { ok: false, problems: locatedProblems(problems, json.root(), file) };
}

/** Validates a translation file as read from disk: strict UTF-8, then as text. */
export function validateTranslationBytes(
	bytes: Uint8Array,
	file: string,
	timeline: TranslationTarget
): TranslationValidation {
	return fromBytes(bytes, file, (text) => validateTranslation(text, file, timeline));
}
