// A TimelineJS3 timeline (its JSON, or its spreadsheet read into the same shape) as a Dyad timeline:
// each event's start_date at the precision its parts give (a year alone is a year), its headline and
// text (HTML reduced to Dyad's Markdown subset), its group as a lane and its media as its source.
// What has no place in Dyad (eras, times of day) is listed as a warning, never dropped silently.
import type { JsonPath, Position } from '../validate/json-source';
import {
	ACTOR_COLOURS,
	partialIso,
	slugify,
	uniqueIds,
	wholeNumber,
	type Conversion,
	type ImportFormat,
	type ImportNote,
	type ImportOptions
} from './conversion';
import { htmlToText } from './html-text';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const field = (object: unknown, key: string): unknown =>
	isObject(object) ? object[key] : undefined;

const text = (value: unknown): string =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** Where a summary is cut when the text runs past Dyad's limit (2,000), at a word. */
const SUMMARY_ROOM = 1990;

/** The lane events without a group go in. */
const UNGROUPED = { id: 'ungrouped', label: 'Ungrouped' };

/** How the Dyad timeline's paths map onto the TimelineJS file's. */
const EVENT_FIELDS: Record<string, JsonPath> = {
	id: ['unique_id'],
	title: ['text', 'headline'],
	summary: ['text', 'text'],
	date: ['start_date'],
	end: ['end_date'],
	lane: ['group'],
	sources: ['media']
};

interface Converted {
	date?: string;
	notes: { path: JsonPath; message: string; hint?: string }[];
}

/** A TimelineJS date object as an ISO date at its precision. */
function dateOf(value: unknown, path: JsonPath): Converted {
	const notes: Converted['notes'] = [];
	if (!isObject(value)) return { notes };
	const year = wholeNumber(value.year);
	if (year === undefined) {
		notes.push({ path: [...path, 'year'], message: 'the date has no year', hint: 'give the year' });
		return { notes };
	}
	const month = wholeNumber(value.month);
	const day = month === undefined ? undefined : wholeNumber(value.day);
	if (month === undefined && wholeNumber(value.day) !== undefined)
		notes.push({
			path: [...path, 'day'],
			message: 'a day with no month: the date is kept to its year',
			hint: 'give the month too'
		});
	if (['hour', 'minute', 'second', 'millisecond'].some((key) => text(value[key]).trim()))
		notes.push({
			path,
			message: 'the time of day is left out: Dyad dates events to the day at most'
		});
	return { date: partialIso(year, month, day), notes };
}

/** The Dyad timeline a TimelineJS value makes, and where each part of it came from. */
export function fromTimelineJs(
	source: unknown,
	where: (path: JsonPath) => Position,
	options: ImportOptions,
	format: ImportFormat = 'timelinejs-json'
): Conversion {
	const warnings: ImportNote[] = [];
	const warn = (path: JsonPath, message: string, hint?: string) =>
		warnings.push({ ...where(path), message, ...(hint ? { hint } : {}) });

	const rawEvents = field(source, 'events');
	const events: Raw[] = Array.isArray(rawEvents) ? rawEvents.filter(isObject) : [];
	if (!Array.isArray(rawEvents))
		warn([], 'the file has no "events" list', 'a TimelineJS file lists its events under "events"');

	const eventId = uniqueIds();
	const laneId = uniqueIds();
	const refId = uniqueIds();
	const lanes = new Map<string, { id: string; label: string; from: number }>();
	const references: Raw[] = [];
	/** For each reference, the event it came from. */
	const referenceFrom: number[] = [];

	const dyadEvents = events.map((event, index) => {
		const at: JsonPath = ['events', index];
		const headline = htmlToText(text(field(event.text, 'headline')));
		const body = htmlToText(text(field(event.text, 'text')));
		if (headline.dropped || body.dropped)
			warn(
				[...at, 'text'],
				'formatting other than emphasis, strong emphasis and http(s) links was left out',
				'Dyad keeps the words; images, embeds and other markup are not carried over'
			);
		let summary = body.markdown;
		if (summary.length > SUMMARY_ROOM) {
			const cut = summary.lastIndexOf(' ', SUMMARY_ROOM);
			summary = `${summary.slice(0, cut > 0 ? cut : SUMMARY_ROOM)} …`;
			warn(
				[...at, 'text', 'text'],
				`the text runs to ${body.markdown.length} characters: cut to fit Dyad's 2,000`,
				'shorten it, or move the detail to a source'
			);
		}
		let title = headline.plain;
		if (!title && body.plain) {
			title = body.plain.split(/(?<=[.!?])\s/)[0]!.slice(0, 120);
			warn([...at, 'text', 'headline'], 'no headline: the text’s first words stand for it');
		}
		const start = dateOf(event.start_date, [...at, 'start_date']);
		const end = dateOf(event.end_date, [...at, 'end_date']);
		for (const note of [...start.notes, ...end.notes]) warn(note.path, note.message, note.hint);
		if (text(event.display_date).trim() || text(field(event.start_date, 'display_date')).trim())
			warn(
				[...at, 'display_date'],
				'the display date is not used: Dyad writes the date at the precision the data gives'
			);

		const group = text(event.group).trim();
		let lane = lanes.get(group);
		if (!lane) {
			const { id, label } = group
				? { id: laneId(slugify(group, 'lane')), label: group.slice(0, 120) }
				: { id: laneId(UNGROUPED.id), label: UNGROUPED.label };
			lane = { id, label, from: index };
			lanes.set(group, lane);
		}
		if (!group) warn(at, `no group: the event is put in the lane "${UNGROUPED.label}"`);

		const sources: Raw[] = [];
		const media = event.media;
		if (isObject(media)) {
			const url = text(media.url).trim();
			const credit = htmlToText(text(media.credit)).plain;
			const caption = htmlToText(text(media.caption)).plain;
			const safe = /^https?:\/\/\S+$/i.test(url) && URL.canParse(url);
			if (url && !safe)
				warn(
					[...at, 'media', 'url'],
					'the media address is not an http(s) address: it is not kept as a source',
					'give the address of the page the event comes from'
				);
			const title = credit || caption || (safe ? new URL(url).hostname : '');
			if (title) {
				const id = refId(slugify(credit || (safe ? new URL(url).hostname : title), 'source'));
				references.push({
					id,
					type: safe ? 'webpage' : 'document',
					title: title.slice(0, 1000),
					...(safe ? { URL: url } : {})
				});
				referenceFrom.push(index);
				sources.push({ ref: id });
			}
		}
		const wanted = text(event.unique_id).trim();
		const id = eventId(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted)
				? wanted
				: slugify(`${title} ${start.date ?? ''}`, `event-${index + 1}`)
		);
		return {
			id,
			...(start.date ? { date: start.date } : {}),
			...(end.date && end.date !== start.date ? { end: end.date } : {}),
			title,
			summary: summary || title,
			lane: lane.id,
			sources,
			claims: []
		};
	});

	const eras = field(source, 'eras');
	if (Array.isArray(eras))
		eras.forEach((_era, index) =>
			warn(
				['eras', index],
				'eras are not carried over: a Dyad period needs a discourse level and a source',
				'add it to "periods" in the Dyad file, with its sources'
			)
		);

	const titleSlide = field(source, 'title');
	const title = htmlToText(text(field(field(titleSlide, 'text'), 'headline'))).plain;
	const description = htmlToText(text(field(field(titleSlide, 'text'), 'text'))).plain;
	const actors = options.actors?.map((actor, index) => ({
		code: actor.code,
		name: actor.name,
		color: ACTOR_COLOURS[index]
	}));
	const timeline = {
		meta: {
			format: 1,
			title: title || 'Untitled timeline',
			...(actors ? { actors } : {}),
			language: options.language ?? 'en',
			license: 'Not stated in the file it was converted from',
			description: (
				description ||
				`Converted from a ${format === 'timelinejs-csv' ? 'TimelineJS spreadsheet' : 'TimelineJS file'}.`
			).slice(0, 2000)
		},
		references,
		lanes: [...lanes.values()].map(({ id, label }) => ({ id, label })),
		events: dyadEvents
	};
	if (!title) warn(['title'], 'no title slide: the timeline is called "Untitled timeline"');

	const laneFrom = new Map([...lanes.values()].map((lane) => [lane.id, lane.from]));
	const origin = (path: JsonPath): Position | undefined => {
		const [part, index, key, ...rest] = path;
		if (part === 'events' && typeof index === 'number') {
			const mapped = typeof key === 'string' ? EVENT_FIELDS[key] : undefined;
			const sub = key === 'summary' || key === 'title' ? [] : rest.slice(0, 1);
			return where(['events', index, ...(mapped ?? []), ...(mapped ? sub : [])]);
		}
		if (part === 'lanes' && typeof index === 'number') {
			const from = laneFrom.get(String(field(timeline.lanes[index], 'id')));
			return from === undefined ? undefined : where(['events', from, 'group']);
		}
		if (part === 'references' && typeof index === 'number') {
			const from = referenceFrom[index];
			return from === undefined ? undefined : where(['events', from, 'media']);
		}
		if (part === 'meta' && index === 'title') return where(['title', 'text', 'headline']);
		if (part === 'meta' && index === 'description') return where(['title', 'text', 'text']);
		return where([]);
	};
	return { format, timeline, warnings, origin };
}
