import { describe, expect, it } from 'vitest';
import { event } from './test-events';
import {
	clampZoom,
	maxZoom,
	MIN_VISIBLE_MS,
	timelineSpan,
	visibleSpan,
	zoomCentredOn,
	zoomedScale,
	zoomFor
} from './time-scale';

const span = timelineSpan({
	events: [event('a', '1990'), event('b', '2000-06-15'), event('c', '2019-03/2019-12')],
	periods: []
});

describe('timelineSpan', () => {
	it('runs from the first date’s start to the end of the last date', () => {
		expect(new Date(span.start).toISOString()).toBe('1990-01-01T00:00:00.000Z');
		expect(new Date(span.end).toISOString()).toBe('2020-01-01T00:00:00.000Z');
	});
});

describe('zooms as values', () => {
	it('the identity zoom shows the whole span', () => {
		expect(visibleSpan(span, { k: 1, x: 0 })).toEqual(span);
	});

	it('zoomFor shows the range asked for, at any width', () => {
		const range = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2005, 0, 1) };
		const zoom = zoomFor(span, range);
		const shown = visibleSpan(span, zoom);
		expect(Math.abs(shown.start - range.start)).toBeLessThan(1000);
		expect(Math.abs(shown.end - range.end)).toBeLessThan(1000);
		for (const width of [320, 1280]) {
			const [start] = zoomedScale(span, width, zoom).domain();
			expect(Math.abs(start - range.start)).toBeLessThan(1000);
		}
	});

	it('never shows beyond the span or narrower than two weeks', () => {
		const wide = visibleSpan(
			span,
			zoomFor(span, { start: Date.UTC(1900, 0, 1), end: Date.UTC(2100, 0, 1) })
		);
		expect(wide).toEqual(span);
		const narrow = visibleSpan(
			span,
			zoomFor(span, { start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 2) })
		);
		expect(narrow.end - narrow.start).toBeCloseTo(MIN_VISIBLE_MS, -3);
		expect(maxZoom(span)).toBeCloseTo((span.end - span.start) / MIN_VISIBLE_MS);
	});

	it('clamps a pan at either edge', () => {
		expect(clampZoom({ k: 4, x: 0.5 })).toEqual({ k: 4, x: 0 });
		expect(clampZoom({ k: 4, x: -9 })).toEqual({ k: 4, x: -3 });
		expect(clampZoom({ k: 0.5, x: 0 })).toEqual({ k: 1, x: 0 });
	});

	it('centres on a time where the edges allow', () => {
		const time = Date.UTC(2005, 0, 1);
		const shown = visibleSpan(span, zoomCentredOn(span, time, 10));
		expect(Math.abs((shown.start + shown.end) / 2 - time)).toBeLessThan(86_400_000);
		const edge = visibleSpan(span, zoomCentredOn(span, span.start, 10));
		expect(edge.start).toBe(span.start);
	});
});
