import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale';
import { CLUSTER_GAP, laneMarks, MIN_BAR_WIDTH, timeEvents } from './marks';
import { event } from './test-events';

const scale = (from: string, to: string, width = 1000) =>
	timeScale(Date.parse(from), Date.parse(to), width);

describe('timeEvents', () => {
	it('groups by lane and sorts by the middle of what each date covers', () => {
		const lanes = timeEvents([
			event('y', '2015', 'a'),
			event('d', '2015-02-01', 'a'),
			event('b', '2001', 'b')
		]);
		expect(lanes.get('a')!.map((t) => t.event.id)).toEqual(['d', 'y']);
		expect(lanes.get('b')).toHaveLength(1);
	});
});

describe('laneMarks', () => {
	it('draws separate points apart and merges points closer than the gap into a count', () => {
		const items = timeEvents([
			event('a', '2000-01-01'),
			event('b', '2000-01-03'),
			event('c', '2000-01-05'),
			event('d', '2010-01-01')
		]).get('a')!;
		const marks = laneMarks(items, scale('1990-01-01', '2020-01-01'), 1000);
		expect(marks.points.map((p) => p.id)).toEqual(['d']);
		expect(marks.clusters).toHaveLength(1);
		expect(marks.clusters[0]!.ids).toEqual(['a', 'b', 'c']);
		expect(marks.clusters[0]!.start).toBe(Date.UTC(2000, 0, 1));
		expect(marks.clusters[0]!.end).toBe(Date.UTC(2000, 0, 6));
	});

	it('splits the count when zoomed in far enough', () => {
		const items = timeEvents([event('a', '2000-01-01'), event('b', '2000-03-01')]).get('a')!;
		const s = scale('1999-06-01', '2000-06-01');
		expect(s(Date.UTC(2000, 2, 1)) - s(Date.UTC(2000, 0, 1))).toBeGreaterThan(CLUSTER_GAP);
		expect(laneMarks(items, s, 1000).points).toHaveLength(2);
	});

	it('never merges a pinned event', () => {
		const items = timeEvents([
			event('a', '2000-01-01'),
			event('b', '2000-01-02'),
			event('c', '2000-01-03')
		]).get('a')!;
		const marks = laneMarks(items, scale('1990-01-01', '2020-01-01'), 1000, new Set(['b']));
		expect(marks.points.map((p) => p.id)).toEqual(['b']);
		expect(marks.clusters[0]!.ids).toEqual(['a', 'c']);
	});

	it('leaves out what is outside the visible range', () => {
		const items = timeEvents([
			event('a', '1995'),
			event('b', '2005-05-05'),
			event('c', '2015')
		]).get('a')!;
		const marks = laneMarks(items, scale('2005-01-01', '2006-01-01'), 1000);
		expect(marks.points.map((p) => p.id)).toEqual(['b']);
	});

	it('draws a range as a bar when wide enough, else as a point, and stacks overlapping bars', () => {
		const items = timeEvents([
			event('long', '2000-01/2004-12'),
			event('over', '2002/2006'),
			event('short', '2010-01-01/2010-01-02')
		]).get('a')!;
		const marks = laneMarks(items, scale('1990-01-01', '2020-01-01'), 1000);
		expect(marks.bars.map((b) => [b.id, b.row])).toEqual([
			['long', 0],
			['over', 1]
		]);
		expect(marks.bars.every((b) => b.x1 - b.x0 >= MIN_BAR_WIDTH)).toBe(true);
		expect(marks.points.map((p) => p.id)).toEqual(['short']);
	});

	it('shows a long range that starts before the visible window', () => {
		const items = timeEvents([event('long', '1990/2010')]).get('a')!;
		const marks = laneMarks(items, scale('2005-01-01', '2006-01-01'), 1000);
		expect(marks.bars.map((b) => b.id)).toEqual(['long']);
		expect(marks.bars[0]!.x0).toBeLessThan(0);
	});
});
