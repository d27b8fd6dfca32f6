import { describe, expect, it } from 'vitest';
import { citingEvents, emphasisOf, matchesQuery, visibleEvents } from './filter';
import { event } from '../chart/test-events';
import type { TimelineEvent } from '../model/timeline';

const events = [
	event('a', '2015', 'arms', {
		title: 'S-300 deal',
		claims: [{ id: 'syria', relation: 'supports', note: 'n' }],
		sources: [{ ref: 'r1' }, { ref: 'r1', locator: 'p. 2' }]
	}),
	event('b', '2016', 'nuclear', {
		title: 'Bushehr fuel',
		claims: [{ id: 'syria', relation: 'contradicts', note: 'n' }],
		sources: [{ ref: 'r2' }]
	}),
	event('c', '2017', 'arms', { title: 'Other', sources: [{ ref: 'r2' }] })
];
/** The sources as the page has them once its details are here. */
const sourcesOf = (e: TimelineEvent) => events.find((x) => x.id === e.id)?.sources;

describe('visibleEvents', () => {
	it('filters by lane and by every word of the search, ignoring case and accents', () => {
		const summaries: Record<string, string> = { b: 'Rosatom in Tehrān' };
		const summaryOf = (e: { id: string }) => summaries[e.id] ?? '';
		expect(visibleEvents(events, { lanes: ['arms'] }).map((e) => e.id)).toEqual(['a', 'c']);
		expect(visibleEvents(events, { q: 'tehran ROSATOM' }, summaryOf).map((e) => e.id)).toEqual([
			'b'
		]);
		expect(visibleEvents(events, { q: 's-300', lanes: ['nuclear'] })).toEqual([]);
		expect(visibleEvents(events, {})).toHaveLength(3);
		expect(matchesQuery(events[0]!, '   ')).toBe(true);
	});

	it('searches titles alone until the summaries are here', () => {
		expect(visibleEvents(events, { q: 'rosatom' })).toEqual([]);
		expect(visibleEvents(events, { q: 'bushehr' }).map((e) => e.id)).toEqual(['b']);
	});
});

describe('emphasisOf', () => {
	it('marks each event by its relation to the chosen claim', () => {
		expect([...emphasisOf(events, { claim: 'syria' })]).toEqual([
			['a', 'supports'],
			['b', 'contradicts']
		]);
	});

	it('marks the events citing the chosen reference, once their sources are here', () => {
		expect([...emphasisOf(events, { ref: 'r2' }, sourcesOf).keys()]).toEqual(['b', 'c']);
		expect(emphasisOf(events, {}, sourcesOf).size).toBe(0);
		expect(emphasisOf(events, { ref: 'r2' }).size).toBe(0);
	});
});

describe('citingEvents', () => {
	it('lists each citing event once per reference', () => {
		const citing = citingEvents(events, sourcesOf);
		expect(citing.get('r1')!.map((e) => e.id)).toEqual(['a']);
		expect(citing.get('r2')!.map((e) => e.id)).toEqual(['b', 'c']);
	});
});
