// The chart's time axis: d3's UTC scale over a visible range, and the rules a visible range obeys
// (inside the timeline's span, never narrower than two weeks).
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Span } from '../dates/partial-date';

export type { Span };

/** A visible range as [start, end) in UTC milliseconds: what the view holds and the URL writes. */
export type Domain = readonly [number, number];

/** The narrowest range the chart zooms to: two weeks. */
export const MIN_VISIBLE_MS = 14 * 86_400_000;

/** Time to pixels and back, in UTC: d3's `scaleUtc`, domain in milliseconds. */
export type TimeScale = ScaleTime<number, number>;

/** The scale that shows `domain` across `width` pixels. */
export function timeScale(domain: Domain, width: number): TimeScale {
	return scaleUtc()
		.domain([domain[0], domain[1]])
		.range([0, Math.max(1, width)]);
}

/** The whole span as a domain: what the chart shows unzoomed. */
export function fullDomain(span: Span): Domain {
	return [span.start, span.end];
}

/** The largest zoom factor: the full span shown down to MIN_VISIBLE_MS. */
export function maxZoom(span: Span): number {
	return Math.max(1, (span.end - span.start) / MIN_VISIBLE_MS);
}

/**
 * `domain` made showable: ends in order, at least MIN_VISIBLE_MS wide (widened about its centre),
 * at most the span, and moved inside the span without changing its width.
 */
export function clampDomain(span: Span, domain: Domain): Domain {
	const full = span.end - span.start;
	let start = Math.min(domain[0], domain[1]);
	let end = Math.max(domain[0], domain[1]);
	const least = Math.min(full, MIN_VISIBLE_MS);
	if (end - start < least) {
		const centre = (start + end) / 2;
		start = centre - least / 2;
		end = centre + least / 2;
	}
	const width = Math.min(full, end - start);
	start = Math.max(span.start, Math.min(span.end - width, start));
	return [start, start + width];
}

/** The domain zoomed by `factor` (2 shows half as much) keeping the instant `at` in place, clamped. */
export function scaleDomain(span: Span, domain: Domain, factor: number, at: number): Domain {
	const [start, end] = domain;
	return clampDomain(span, [at - (at - start) / factor, at + (end - at) / factor]);
}

/** The domain of the same width centred on `time`, clamped. */
export function centreDomain(span: Span, domain: Domain, time: number): Domain {
	const half = (domain[1] - domain[0]) / 2;
	return clampDomain(span, [time - half, time + half]);
}

/** Whether two domains are the same to the millisecond. */
export function sameDomain(a: Domain, b: Domain): boolean {
	return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
}
