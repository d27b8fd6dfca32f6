import { describe, expect, it } from 'vitest';
import {
	centreDomain,
	clampDomain,
	maxZoom,
	MIN_VISIBLE_MS,
	sameDomain,
	scaleDomain,
	timeScale,
	type Domain
} from './time-scale';

const span = { start: Date.UTC(1990, 0, 1), end: Date.UTC(2020, 0, 1) };
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const iso = (domain: Domain) => domain.map((t) => new Date(t).toISOString().slice(0, 10));

describe('timeScale', () => {
	it('maps the domain onto the width and back, as d3’s UTC scale', () => {
		const scale = timeScale([day('2000-01-01'), day('2001-01-01')], 366);
		expect(scale(day('2000-01-01'))).toBe(0);
		expect(scale(day('2000-07-01'))).toBeCloseTo(182, 6);
		expect(scale.invert(366).toISOString()).toBe('2001-01-01T00:00:00.000Z');
	});

	it('ticks years 40 to 61 as years, not as the 1940s', () => {
		const scale = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 1)], 800);
		const start = new Date(0);
		start.setUTCFullYear(40, 0, 1);
		const end = new Date(0);
		end.setUTCFullYear(61, 0, 1);
		scale.domain([start, end]);
		const years = scale.ticks(5).map((d) => d.getUTCFullYear());
		expect(years).toEqual([40, 45, 50, 55, 60]);
	});

	it('spaces two-day ticks evenly across the end of February', () => {
		const scale = timeScale([day('1972-02-20'), day('1972-03-06')], 800);
		const ticks = scale.ticks(8).map((d) => d.getTime());
		const gaps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
		expect(gaps).toEqual(new Set([2 * 86_400_000]));
	});
});

describe('clampDomain', () => {
	it('keeps a range inside the span without changing its width', () => {
		expect(iso(clampDomain(span, [day('1985-01-01'), day('1995-01-01')]))).toEqual([
			'1990-01-01',
			'2000-01-01'
		]);
		const late = clampDomain(span, [day('2015-01-01'), day('2025-01-01')]);
		expect(late[1]).toBe(span.end);
		expect(late[1] - late[0]).toBe(day('2025-01-01') - day('2015-01-01'));
	});

	it('widens a range narrower than two weeks about its centre, and shrinks one wider than the span', () => {
		const narrow = clampDomain(span, [day('2000-06-10'), day('2000-06-11')]);
		expect(narrow[1] - narrow[0]).toBe(MIN_VISIBLE_MS);
		expect((narrow[0] + narrow[1]) / 2).toBe((day('2000-06-10') + day('2000-06-11')) / 2);
		expect(clampDomain(span, [day('1900-01-01'), day('2100-01-01')])).toEqual([
			span.start,
			span.end
		]);
	});

	it('puts the ends in order', () => {
		expect(clampDomain(span, [day('2001-01-01'), day('2000-01-01')])).toEqual([
			day('2000-01-01'),
			day('2001-01-01')
		]);
	});

	it('does not mutate its input', () => {
		const domain: [number, number] = [day('1985-01-01'), day('1995-01-01')];
		clampDomain(span, domain);
		expect(domain).toEqual([day('1985-01-01'), day('1995-01-01')]);
	});
});

describe('scaleDomain and centreDomain', () => {
	it('zooms about an instant, which keeps its place', () => {
		const domain: Domain = [day('2000-01-01'), day('2010-01-01')];
		const at = day('2002-01-01');
		const zoomed = scaleDomain(span, domain, 2, at);
		expect((at - zoomed[0]) / (zoomed[1] - zoomed[0])).toBeCloseTo(
			(at - domain[0]) / (domain[1] - domain[0]),
			9
		);
		expect(zoomed[1] - zoomed[0]).toBeCloseTo((domain[1] - domain[0]) / 2, 0);
	});

	it('never zooms closer than two weeks nor out past the span', () => {
		const tight = scaleDomain(span, [day('2000-01-01'), day('2000-02-01')], 100, day('2000-01-15'));
		expect(tight[1] - tight[0]).toBe(MIN_VISIBLE_MS);
		expect(
			scaleDomain(span, [day('2000-01-01'), day('2010-01-01')], 0.01, day('2005-01-01'))
		).toEqual([span.start, span.end]);
	});

	it('centres a range on an instant, at the span’s edges as far as it can', () => {
		const domain: Domain = [day('2000-01-01'), day('2002-01-01')];
		const centred = centreDomain(span, domain, day('2010-01-01'));
		expect((centred[0] + centred[1]) / 2).toBe(day('2010-01-01'));
		expect(sameDomain([0, centred[1] - centred[0]], [0, domain[1] - domain[0]])).toBe(true);
		expect(centreDomain(span, domain, span.start)[0]).toBe(span.start);
	});
});

describe('maxZoom', () => {
	it('lets the span be shown down to two weeks', () => {
		expect(maxZoom(span)).toBeCloseTo((span.end - span.start) / MIN_VISIBLE_MS, 9);
		expect(maxZoom({ start: 0, end: 86_400_000 })).toBe(1);
	});
});
