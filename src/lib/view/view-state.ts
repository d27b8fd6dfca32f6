// The explorer's view as a value, and the one function that reads it from a URL (and its inverse).
import { endOf, isoOf, parsePartialDate, startOf, type Span } from '../dates/partial-date';
import type { Lane, BrowserTimeline } from '../model/timeline';
import { calendarOf, type Calendar } from './calendar';

export interface ViewState {
	/** Visible range, ISO dates at any precision; both or neither. */
	from?: string;
	to?: string;
	/** The selected event. */
	event?: string;
	/** The chosen claim, whose events are highlighted. */
	claim?: string;
	/** The chosen reference, whose citing events are highlighted. */
	ref?: string;
	/** The lanes shown; absent means all. */
	lanes?: string[];
	/** Free-text search over titles and summaries. */
	q?: string;
	/** The calendar dates are written in; absent means the page language's usual one. */
	cal?: Calendar;
	/** Which way time runs on the chart; absent means the page's direction (right to left in fa). */
	dir?: Direction;
}

export type Direction = 'ltr' | 'rtl';

/** What a view may name: anything else in a URL is ignored. */
export interface ViewContext {
	eventIds: ReadonlySet<string>;
	claimIds: ReadonlySet<string>;
	refIds: ReadonlySet<string>;
	/** In display order. */
	laneIds: readonly string[];
}

/** What a timeline lets a view name: its events, claims, references and lanes. */
export function viewContextOf(timeline: BrowserTimeline): ViewContext {
	return {
		eventIds: new Set(timeline.events.map((e) => e.id)),
		claimIds: new Set(timeline.article?.claims.map((c) => c.id) ?? []),
		refIds: new Set(timeline.references.map((r) => r.item.id)),
		laneIds: timeline.lanes.map((l) => l.id)
	};
}

/** The lanes a view shows, in the timeline's order. */
export function lanesShown(lanes: Lane[], view: Pick<ViewState, 'lanes'>): Lane[] {
	return view.lanes ? lanes.filter((l) => view.lanes?.includes(l.id)) : lanes;
}

export const VIEW_KEYS = [
	'from',
	'to',
	'event',
	'claim',
	'ref',
	'lanes',
	'q',
	'cal',
	'dir'
] as const;
export const MAX_QUERY_LENGTH = 200;

function known(value: string | null, ids: ReadonlySet<string>): string | undefined {
	return value !== null && ids.has(value) ? value : undefined;
}

function range(from: string | null, to: string | null): Pick<ViewState, 'from' | 'to'> {
	if (from === null || to === null) return {};
	const start = parsePartialDate(from);
	const end = parsePartialDate(to);
	if (!start.ok || !end.ok || endOf(end.date) <= startOf(start.date)) return {};
	return { from, to };
}

function lanes(value: string | null, laneIds: readonly string[]): string[] | undefined {
	if (value === null) return undefined;
	const asked = new Set(value.split(','));
	const chosen = laneIds.filter((id) => asked.has(id));
	// Nothing recognisable, or every lane: the default.
	return chosen.length === 0 || chosen.length === laneIds.length ? undefined : chosen;
}

function direction(value: string | null): Direction | undefined {
	return value === 'ltr' || value === 'rtl' ? value : undefined;
}

function query(value: string | null): string | undefined {
	const text = value?.trim().slice(0, MAX_QUERY_LENGTH);
	return text ? text : undefined;
}

/** The view a URL's query names; malformed or unknown values fall back to the default (absent). */
export function parseView(params: URLSearchParams, context: ViewContext): ViewState {
	const view: ViewState = {
		...range(params.get('from'), params.get('to')),
		event: known(params.get('event'), context.eventIds),
		claim: known(params.get('claim'), context.claimIds),
		ref: known(params.get('ref'), context.refIds),
		lanes: lanes(params.get('lanes'), context.laneIds),
		q: query(params.get('q')),
		cal: calendarOf(params.get('cal')),
		dir: direction(params.get('dir'))
	};
	return withoutEmpty(view);
}

/** The query string of a view: only what differs from the default, in a fixed key order. */
export function serializeView(view: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of VIEW_KEYS) {
		const value = view[key];
		if (value === undefined || value === '') continue;
		params.set(key, Array.isArray(value) ? value.join(',') : value);
	}
	if (!view.from || !view.to) {
		params.delete('from');
		params.delete('to');
	}
	return params;
}

/** The view with unset keys removed, so equal views compare equal. */
export function withoutEmpty(view: ViewState): ViewState {
	return Object.fromEntries(
		Object.entries(view).filter(([, value]) => value !== undefined && value !== '')
	) as ViewState;
}

/** The time span a view's range covers, if it names one. */
export function viewSpan(view: ViewState): Span | undefined {
	if (!view.from || !view.to) return undefined;
	const from = parsePartialDate(view.from);
	const to = parsePartialDate(view.to);
	if (!from.ok || !to.ok) return undefined;
	return { start: startOf(from.date), end: endOf(to.date) };
}

/** A visible span as from/to days (to is the last day shown). */
export function rangeOf(span: Span): { from: string; to: string } {
	return { from: isoOf(span.start, 'day'), to: isoOf(Math.max(span.start, span.end - 1), 'day') };
}

/**
 * The address of a view: `href` with the view's query in place of the one it had, and no fragment.
 * What the query says besides the view (which opened timeline: `t`, `src`) stays.
 */
export function viewHref(href: string, view: ViewState): string {
	const url = new URL(href);
	const kept = [...url.searchParams].filter(
		([key]) => !(VIEW_KEYS as readonly string[]).includes(key)
	);
	url.search = new URLSearchParams([...kept, ...serializeView(view)]).toString();
	url.hash = '';
	return url.href;
}
