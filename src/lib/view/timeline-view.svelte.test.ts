import { describe, expect, it, vi } from 'vitest';
import { timeline } from '../../../tests/timeline-data';
import { MIN_VISIBLE_MS, type Domain } from '../chart/time-scale';
import { TimelineView, type Camera } from './timeline-view.svelte';
import { parseView } from './view-state';

vi.mock('$app/navigation', () => ({ pushState: vi.fn(), replaceState: vi.fn() }));

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const viewOf = (query: string) => {
	const view = new TimelineView(timeline);
	view.apply(parseView(new URLSearchParams(query), view.context), false);
	return view;
};
const SYRIA = 'russia-syria-air-campaign-2015';

describe('TimelineView', () => {
	it('shows the whole timeline and names no range by default', () => {
		const view = new TimelineView(timeline);
		expect(view.domain).toEqual([timeline.span.start, timeline.span.end]);
		expect(view.zoomed).toBe(false);
		expect(view.state).toEqual({});
	});

	it('writes dates in the calendar a URL names, once its part has loaded, and names it only when not the usual one', async () => {
		const view = viewOf('cal=persian');
		const syria = view.byId.get(SYRIA)!;
		expect(view.state).toEqual({ cal: 'persian' });
		await view.dates.loadOther();
		expect(view.dates.range(syria.date, syria.end)).toBe('8 Mehr 1394');
		expect(view.dates.other(syria.date)).toBe('30 September 2015');
		view.update({ cal: 'gregorian' });
		expect(view.state).toEqual({});
		expect(view.dates.range(syria.date)).toBe('30 September 2015');
		expect(view.dates.other(syria.date)).toBe('8 Mehr 1394');
		// A Persian page's usual calendar is the Solar Hijri; its other is Gregorian, in Persian.
		const persian = new TimelineView(timeline, { calendar: 'persian', language: 'fa' });
		expect(persian.state).toEqual({});
		persian.update({ cal: 'gregorian' });
		expect(persian.state).toEqual({ cal: 'gregorian' });
		await persian.dates.loadOther();
		expect(persian.dates.label(syria.date)).toBe('۳۰ سپتامبر ۲۰۱۵');
	});

	it('keeps a range asked for at month precision through a round trip', () => {
		const view = viewOf('from=2015-06&to=2016-12');
		expect(view.domain).toEqual([day('2015-06-01'), day('2017-01-01')]);
		expect(view.state).toMatchObject({ from: '2015-06', to: '2016-12' });
		expect(new URL(view.href('https://example.org/')).search).toBe('?from=2015-06&to=2016-12');
	});

	it('widens a range narrower than two weeks but still names it as asked', () => {
		const view = viewOf('from=2015-09-30&to=2015-10-01');
		expect(view.domain[1] - view.domain[0]).toBe(MIN_VISIBLE_MS);
		expect(view.state).toMatchObject({ from: '2015-09-30', to: '2015-10-01' });
	});

	it('names a range moved by a gesture to the day', () => {
		const view = viewOf('from=2015-06&to=2016-12');
		view.setDomain([day('2015-06-15'), day('2016-01-11')]);
		expect(view.state).toMatchObject({ from: '2015-06-15', to: '2016-01-10' });
	});

	it('reads the choices of a URL and drops what the timeline does not have', () => {
		const view = viewOf(`event=${SYRIA}&claim=syria&lanes=operations,nope&q=%20S-300%20&x=1`);
		expect(view.state).toEqual({
			event: SYRIA,
			claim: 'syria',
			lanes: ['operations'],
			q: 'S-300'
		});
		expect(view.selected?.id).toBe(SYRIA);
		expect(view.shown.every((event) => event.lane === 'operations')).toBe(true);
		expect(view.shownLanes.map((lane) => lane.id)).toEqual(['operations']);
	});

	it('marks the events of the chosen claim by their relation', () => {
		const view = viewOf('claim=syria');
		const linked = timeline.events.filter((e) => e.claims.some((c) => c.id === 'syria'));
		expect(view.emphasis.size).toBe(linked.length);
		for (const event of linked)
			expect(view.emphasis.get(event.id)).toBe(
				event.claims.find((c) => c.id === 'syria')!.relation
			);
	});

	it('zooms about the open event when it is in view, else about the centre, without a camera', () => {
		const view = viewOf(`event=${SYRIA}`);
		const mid = view.byId.get(SYRIA)!.mid;
		const before = view.domain;
		view.zoomBy(2);
		const after = view.domain;
		expect(after[1] - after[0]).toBeCloseTo((before[1] - before[0]) / 2, -1);
		expect((mid - after[0]) / (after[1] - after[0])).toBeCloseTo(
			(mid - before[0]) / (before[1] - before[0]),
			6
		);
		view.reset();
		expect(view.zoomed).toBe(false);
	});

	it('brings an event out of view to the centre, at the same zoom', () => {
		const view = viewOf('from=1995&to=1996');
		const width = view.domain[1] - view.domain[0];
		view.reveal(SYRIA);
		const mid = view.byId.get(SYRIA)!.mid;
		expect(view.domain[1] - view.domain[0]).toBeCloseTo(width, -1);
		expect((view.domain[0] + view.domain[1]) / 2).toBeCloseTo(mid, -1);
	});

	it('moves through its camera when one is attached, so every move goes through one transform', () => {
		const view = new TimelineView(timeline);
		const moves: { domain: Domain; animate: boolean }[] = [];
		const scales: { factor: number; at: number }[] = [];
		const camera: Camera = {
			moveTo: (domain, animate) => moves.push({ domain, animate }),
			scaleBy: (factor, at) => scales.push({ factor, at })
		};
		view.camera = camera;
		view.apply(parseView(new URLSearchParams('from=2014&to=2016'), view.context), true);
		view.zoomBy(2);
		view.reset();
		expect(moves).toEqual([
			{ domain: [day('2014-01-01'), day('2017-01-01')], animate: true },
			{ domain: [timeline.span.start, timeline.span.end], animate: true }
		]);
		expect(scales).toEqual([{ factor: 2, at: (timeline.span.start + timeline.span.end) / 2 }]);
		// The camera moves the range; until it reports, the view has not moved.
		expect(view.zoomed).toBe(false);
	});

	it('ignores an empty search', () => {
		const view = new TimelineView(timeline);
		view.update({ q: '' });
		expect(view.q).toBeUndefined();
		expect(view.state).toEqual({});
	});
});
