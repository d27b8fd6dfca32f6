// The synthetic timelines used by the benchmarks must be valid, exact in size and reproducible.
import { describe, expect, it } from 'vitest';
import { parsePartialDate, startOf } from '../src/lib/dates/partial-date';
import { reportLines, validateTimeline } from '../src/lib/validate/validate';
import { syntheticTimeline } from './synthetic';

function problemsOf(count: number): string[] {
	const result = validateTimeline(JSON.stringify(syntheticTimeline(count)), 'synthetic.json');
	return result.ok ? [] : reportLines(result.problems);
}

function startOfIso(iso: string): number {
	const parsed = parsePartialDate(iso);
	if (!parsed.ok) throw new Error(parsed.error);
	return startOf(parsed.date);
}

describe('syntheticTimeline', () => {
	it.each([1, 10, 1000])('makes a timeline of %i events that passes validation', (count) => {
		expect(problemsOf(count)).toEqual([]);
	});

	it.each([1, 10, 1000, 2345])('makes exactly %i events', (count) => {
		expect(syntheticTimeline(count).events).toHaveLength(count);
	});

	it('gives the same timeline for the same seed and another for another seed', () => {
		expect(JSON.stringify(syntheticTimeline(200, 7))).toBe(
			JSON.stringify(syntheticTimeline(200, 7))
		);
		expect(syntheticTimeline(200, 7)).not.toEqual(syntheticTimeline(200, 8));
	});

	it('sorts events by date, within 1989–2025, with ranges that run forward', () => {
		const events = syntheticTimeline(1000).events;
		const starts = events.map((event) => startOfIso(event.date));
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		for (const event of events) {
			const year = Number(event.date.slice(0, 4));
			expect(year).toBeGreaterThanOrEqual(1989);
			expect(year).toBeLessThanOrEqual(2025);
			if (event.end) expect(startOfIso(event.end)).toBeGreaterThanOrEqual(startOfIso(event.date));
		}
	});

	it('gives every event, lane, period and reference a unique id', () => {
		const data = syntheticTimeline(1000);
		for (const list of [data.events, data.lanes, data.periods, data.references]) {
			const ids = list.map((item) => item.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});

	it('cites each reference at most once per event', () => {
		for (const event of syntheticTimeline(10000).events) {
			const refs = event.sources.map((source) => source.ref);
			expect(new Set(refs).size).toBe(refs.length);
		}
	});

	it('mixes precisions, ranges, claim links and title lengths like a real timeline', () => {
		const data = syntheticTimeline(1000);
		const share = (test: (e: (typeof data.events)[number]) => boolean) =>
			data.events.filter(test).length / data.events.length;
		expect(data.lanes).toHaveLength(6);
		expect(data.references).toHaveLength(20);
		expect(data.article?.claims).toHaveLength(4);
		expect(data.stories).toEqual([]);
		expect(share((e) => e.date.length === 10)).toBeGreaterThan(0.7);
		expect(share((e) => e.date.length === 7)).toBeGreaterThan(0.05);
		expect(share((e) => e.date.length === 4)).toBeGreaterThan(0.02);
		expect(share((e) => e.end !== undefined)).toBeGreaterThan(0.02);
		expect(share((e) => e.end !== undefined)).toBeLessThan(0.1);
		expect(share((e) => e.claims.length > 0)).toBeGreaterThan(0.1);
		const lengths = data.events.map((e) => e.title.length);
		expect(Math.min(...lengths)).toBeGreaterThanOrEqual(10);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(70);
		expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(40);
	});

	it('refuses a count that is not a positive integer', () => {
		expect(() => syntheticTimeline(0)).toThrow(/positive integer/);
		expect(() => syntheticTimeline(1.5)).toThrow(/positive integer/);
	});
});
