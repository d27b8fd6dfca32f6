// Builds the app's timeline from validated data; the only place dates and summaries are parsed.
import { comparePartialDates, parsePartialDate, type PartialDate } from '../dates/partial-date';
import { parseInline, plainText } from '../markdown/inline';
import type { CslItem } from '../schema/csl';
import type { EventData, PeriodData, TimelineData } from '../schema/timeline';
import type { Period, Timeline, TimelineEvent } from './timeline';

function date(text: string): PartialDate {
	const result = parsePartialDate(text);
	// Validation has already refused bad dates; reaching this is a bug, not bad data.
	if (!result.ok) throw new Error(`unvalidated date reached the model: ${result.error}`);
	return result.date;
}

function buildEvent(event: EventData): TimelineEvent {
	const summary = parseInline(event.summary);
	if (!summary.ok) throw new Error(`unvalidated summary reached the model: ${event.id}`);
	return {
		id: event.id,
		date: date(event.date),
		...(event.end ? { end: date(event.end) } : {}),
		title: event.title,
		summary: summary.inline,
		summaryText: plainText(summary.inline),
		lane: event.lane,
		actors: event.actors ?? [],
		sources: event.sources,
		claims: event.claims,
		tags: event.tags ?? [],
		importance: (event.importance ?? 1) as 1 | 2 | 3
	};
}

function buildPeriod(period: PeriodData): Period {
	return { ...period, start: date(period.start), end: date(period.end) };
}

/** "Sadegi 2020": first author's family name (or literal) and year, for a work cited by name. */
export function shortLabel(item: CslItem): string {
	const first = item.author?.[0];
	const family = first?.family ?? first?.literal;
	const name = typeof family === 'string' ? family : item.title;
	const year = item.issued?.['date-parts'][0]?.[0];
	return year === undefined ? name : `${name} ${year}`;
}

/** The app's timeline from a validated data file. */
export function buildTimeline(slug: string, data: TimelineData): Timeline {
	return {
		slug,
		meta: data.meta,
		...(data.article
			? { article: { ...data.article, label: shortLabel(data.article.publication) } }
			: {}),
		references: data.references.map((item, index) => ({ number: index + 1, item })),
		lanes: data.lanes,
		events: data.events
			.map(buildEvent)
			.sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id)),
		periods: data.periods.map(buildPeriod).sort((a, b) => comparePartialDates(a.start, b.start)),
		stories: data.stories
	};
}
