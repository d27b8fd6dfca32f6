// The chart's time axis as numbers: a timeline's span, the base scale, and the visible range a zoom gives.
import { calendarTicks } from './calendar-ticks';
import { endOf, startOf, type PartialDate } from '../dates/partial-date';
import type { Timeline } from '../model/timeline';

/** A time interval in UTC milliseconds, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

/**
 * A zoom as a value: d3-zoom's transform along x, with the offset in plot widths (pixels ÷ width),
 * so the same value shows the same range at any width.
 */
export interface ZoomValue {
	k: number;
	x: number;
}

export const IDENTITY: ZoomValue = { k: 1, x: 0 };

/** The narrowest span the chart zooms to: two weeks. */
export const MIN_VISIBLE_MS = 14 * 86_400_000;

/** The interval a date covers, or from a date to the end of its `end`. */
export function spanOf(date: PartialDate, end?: PartialDate): Span {
	return { start: startOf(date), end: endOf(end ?? date) };
}

/** From the first event or period to the dataset's last date: the chart's full extent. */
export function timelineSpan(timeline: Pick<Timeline, 'events' | 'periods'>): Span {
	let start = Infinity;
	let end = -Infinity;
	for (const event of timeline.events) {
		const span = spanOf(event.date, event.end);
		start = Math.min(start, span.start);
		end = Math.max(end, span.end);
	}
	for (const period of timeline.periods) start = Math.min(start, startOf(period.start));
	if (!Number.isFinite(start)) {
		const now = Date.UTC(new Date().getUTCFullYear(), 0, 1);
		return { start: now, end: Date.UTC(new Date().getUTCFullYear() + 1, 0, 1) };
	}
	return { start, end };
}

/**
 * Time (UTC ms) to pixels and back: a linear map, with calendar ticks. Small on purpose:
 * the chart needs no more of a scale than this.
 */
export interface TimeScale {
	(time: number): number;
	invert(x: number): number;
	/** The times at the left and right edges. */
	domain(): [number, number];
	/** Round calendar instants (years, months, days…) across the domain, about `count` of them. */
	ticks(count: number): Date[];
}

/** A time scale mapping [start, end] onto [0, width]. */
export function timeScale(start: number, end: number, width: number): TimeScale {
	const perPixel = (end - start) / (width || 1);
	const scale = ((time: number) => (time - start) / perPixel) as TimeScale;
	scale.invert = (x) => start + x * perPixel;
	scale.domain = () => [start, end];
	scale.ticks = (count) => calendarTicks(start, end, count);
	return scale;
}

/** The scale of the whole span over `width` pixels: what zoom level 1 shows. */
export function baseScale(span: Span, width: number): TimeScale {
	return timeScale(span.start, span.end, width);
}

/** The scale a zoom gives: the base scale stretched by k and shifted by x. */
export function zoomedScale(span: Span, width: number, zoom: ZoomValue): TimeScale {
	const full = span.end - span.start;
	const start = span.start + (-zoom.x / zoom.k) * full;
	return timeScale(start, start + full / zoom.k, width);
}

/** The visible time range of a zoom. */
export function visibleSpan(span: Span, zoom: ZoomValue): Span {
	const [start, end] = zoomedScale(span, 1, zoom).domain();
	return { start, end };
}

/** The largest zoom factor: the full span shown down to MIN_VISIBLE_MS. */
export function maxZoom(span: Span): number {
	return Math.max(1, (span.end - span.start) / MIN_VISIBLE_MS);
}

/** The zoom that shows `visible` (clamped to the full span and the zoom limits). */
export function zoomFor(span: Span, visible: Span): ZoomValue {
	const full = span.end - span.start;
	const start = Math.max(span.start, Math.min(visible.start, visible.end));
	const end = Math.min(span.end, Math.max(visible.start, visible.end));
	const k = Math.min(maxZoom(span), Math.max(1, full / Math.max(1, end - start)));
	const x = -((start - span.start) / full) * k;
	return clampZoom({ k, x });
}

/** Keeps a zoom inside the full span: no empty space at either edge. */
export function clampZoom(zoom: ZoomValue): ZoomValue {
	const k = Math.max(1, zoom.k);
	const x = Math.min(0, Math.max(1 - k, zoom.x));
	return { k, x };
}

/** The zoom centred on `time`, at factor k. */
export function zoomCentredOn(span: Span, time: number, k: number): ZoomValue {
	const base = baseScale(span, 1);
	return clampZoom({ k, x: 0.5 - base(time) * k });
}
