// Builds the app's timeline from validated data; the only place dates and summaries are parsed,
// and where every date's span in time is computed, once.
import {
	comparePartialDates,
	parsePartialDate,
	partialDateAt,
	partialDateFromParts,
	spanOf,
	type Span
} from '../dates/partial-date';
import type { Locale } from 'date-fns';
import { dateLabel, dateLocale, durationLabel } from '../format/date-label';
import { parseInline, plainText, type Inline } from '../markdown/inline';
import type { CslItem } from '../schema/csl';
import type { EventData, MilestoneData, PeriodData, TimelineData } from '../schema/timeline';
import { themeColours } from './side-colours';
import type {
	Actor,
	LabelledDate,
	Milestone,
	Period,
	Side,
	Timeline,
	ModelEvent,
	TimelineEvent
} from './timeline';
import { when } from './when';
import { yearsOf } from './years';

function date(text: string, locale: Locale): LabelledDate {
	const result = parsePartialDate(text);
	// Validation has already refused bad dates; reaching this is a bug, not bad data.
	if (!result.ok) throw new Error(`unvalidated date reached the model: ${result.error}`);
	return { ...result.date, label: dateLabel(result.date, locale) };
}

/** Who acted, as the chart colours it: `side` is an actor's code, "both" or "other". */
function sideOf(side: string, actorCodes: readonly string[]): Side {
	if (side === 'both' || side === 'other') return side;
	return actorCodes.indexOf(side) === 1
		? 'second'
		: actorCodes.indexOf(side) === 0
			? 'first'
			: 'other';
}

/** A summary as validation parsed it, or parsed here when it was not kept. */
function summaryOf(event: EventData, parsed: ReadonlyMap<string, Inline[]> | undefined): Inline[] {
	const kept = parsed?.get(event.summary);
	if (kept) return kept;
	const summary = parseInline(event.summary);
	if (!summary.ok) throw new Error(`unvalidated summary reached the model: ${event.id}`);
	return summary.inline;
}

/**
 * One event of the app from its validated data, its dates written in `locale` (British English);
 * `parsed` holds summaries validation has already parsed, by their text.
 */
export function buildEvent(
	event: EventData,
	locale: Locale = dateLocale(undefined),
	actorCodes: readonly string[] = [],
	parsed?: ReadonlyMap<string, Inline[]>
): ModelEvent {
	const summary = summaryOf(event, parsed);
	const start = date(event.date, locale);
	const end = event.end ? date(event.end, locale) : undefined;
	const span = spanOf(start, end);
	return {
		id: event.id,
		date: start,
		...(end ? { end } : {}),
		when: when(start, end),
		span,
		mid: (span.start + span.end) / 2,
		title: event.title,
		summary,
		summaryText: plainText(summary),
		lane: event.lane,
		actors: event.actors ?? [],
		...(event.side ? { side: sideOf(event.side, actorCodes) } : {}),
		sources: event.sources,
		claims: event.claims,
		tags: event.tags ?? [],
		importance: (event.importance ?? 1) as 1 | 2 | 3
	};
}

function buildPeriod(period: PeriodData, locale: Locale): Period {
	const start = date(period.start, locale);
	const end = date(period.end, locale);
	return {
		...period,
		start,
		end,
		when: when(start, end),
		length: durationLabel(start, end, locale),
		span: spanOf(start, end)
	};
}

function buildMilestone(
	milestone: MilestoneData,
	byId: ReadonlyMap<string, TimelineEvent>,
	locale: Locale
): Milestone {
	const event = milestone.event === undefined ? undefined : byId.get(milestone.event);
	if (event) {
		return { ...milestone, date: event.date, when: event.when, at: event.mid };
	}
	// Validation has already refused a milestone with neither an event nor a date.
	if (!milestone.date) throw new Error(`unvalidated milestone reached the model: ${milestone.id}`);
	const own = date(milestone.date, locale);
	const span = spanOf(own);
	return {
		id: milestone.id,
		label: milestone.label,
		date: own,
		when: own.label,
		at: (span.start + span.end) / 2
	};
}

/** The time a work's `issued` date covers, when it has one on the calendar. */
function issuedSpan(item: CslItem): Span | undefined {
	const issued = partialDateFromParts(item.issued?.['date-parts'][0] ?? []);
	return issued ? spanOf(issued) : undefined;
}

/**
 * From the earliest event or period start to the latest event end: the chart's full extent.
 * With no events, the current UTC year, so an empty timeline still has an axis to draw.
 */
function extent(events: readonly TimelineEvent[], periods: readonly Period[]): Span {
	if (events.length === 0) return spanOf(partialDateAt(Date.now(), 'year'));
	let start = Infinity;
	let end = -Infinity;
	for (const { span } of events) {
		start = Math.min(start, span.start);
		end = Math.max(end, span.end);
	}
	for (const { span } of periods) start = Math.min(start, span.start);
	return { start, end };
}

/** "Sadegi 2020": first author's family name (or literal) and year, for a work cited by name. */
export function shortLabel(item: CslItem): string {
	const first = item.author?.[0];
	const family = first?.family ?? first?.literal;
	const name = typeof family === 'string' ? family : item.title;
	const year = item.issued?.['date-parts'][0]?.[0];
	return year === undefined ? name : `${name} ${year}`;
}

function actorOf({ code, name, color }: TimelineData['meta']['actors'][number]): Actor {
	return { code, name, ...themeColours(color) };
}

/** The app's timeline from a validated data file (and the summaries its validation parsed). */
export function buildTimeline(
	slug: string,
	data: TimelineData,
	summaries?: ReadonlyMap<string, Inline[]>
): Timeline {
	const article = data.article;
	// Dates are written here, once, in the timeline's language: the pages only show the text.
	const locale = dateLocale(data.meta.language);
	const codes = data.meta.actors.map((actor) => actor.code);
	const events = data.events
		.map((event) => buildEvent(event, locale, codes, summaries))
		.sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
	const periods = data.periods
		.map((period) => buildPeriod(period, locale))
		.sort((a, b) => comparePartialDates(a.start, b.start));
	const articleSpan = article ? issuedSpan(article.publication) : undefined;
	const byId = new Map(events.map((event) => [event.id, event]));
	return {
		slug,
		meta: data.meta,
		actors: [actorOf(data.meta.actors[0]), actorOf(data.meta.actors[1])],
		...(article
			? {
					article: {
						...article,
						label: shortLabel(article.publication),
						...(articleSpan ? { span: articleSpan } : {})
					}
				}
			: {}),
		references: data.references.map((item, index) => ({ number: index + 1, item })),
		lanes: data.lanes,
		events,
		periods,
		milestones: data.milestones
			.map((milestone) => buildMilestone(milestone, byId, locale))
			.sort((a, b) => a.at - b.at),
		stories: data.stories,
		span: extent(events, periods),
		years: yearsOf(events)
	};
}
