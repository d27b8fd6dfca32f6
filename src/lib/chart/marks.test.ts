import { describe, expect, it } from 'vitest';
import { CLUSTER_RADIUS, RADIUS } from './geometry';
import { timeScale } from './time-scale';
import { CLUSTER_GAP, laneMarks, MIN_BAR_WIDTH, timeEvents } from './marks';
import { event } from './test-events';

const scale = (from: string, to: string, width = 1000) =>
	timeScale([Date.parse(from), Date.parse(to)], width);

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

	it('merges a point or a count into the count beside it when their circles would touch', () => {
		// 16 px a day: a and b share a day, c is the next day, 16 px on (more than the gap of 14).
		const s = scale('2000-01-01', '2000-04-10', 1600);
		const one = timeEvents([
			event('a', '2000-01-11'),
			event('b', '2000-01-11'),
			event('c', '2000-01-12')
		]).get('a')!;
		expect(laneMarks(one, s, 1600).clusters.map((c) => c.ids)).toEqual([['a', 'b', 'c']]);
		const two = timeEvents([
			event('a', '2000-01-11'),
			event('b', '2000-01-11'),
			event('c', '2000-01-12'),
			event('d', '2000-01-12')
		]).get('a')!;
		const marks = laneMarks(two, s, 1600);
		expect(marks.points).toEqual([]);
		expect(marks.clusters.map((c) => c.ids)).toEqual([['a', 'b', 'c', 'd']]);
	});

	it('leaves no two circles touching, whatever the spacing', () => {
		const days = [3, 3, 4, 5, 7, 8, 8, 9, 12, 13, 15, 15, 15, 16, 20, 21, 23, 26, 27, 27, 30];
		const items = timeEvents(
			days.map((d, i) =>
				event(`e${i}`, `2000-01-${String(d).padStart(2, '0')}`, 'a', {
					importance: ((i % 3) + 1) as 1 | 2 | 3
				})
			)
		).get('a')!;
		const s = scale('1999-12-15', '2000-02-15', 1000);
		const marks = laneMarks(items, s, 1000);
		const circles = [
			...marks.points.map((p) => ({ x: p.x, r: RADIUS[p.event.importance] })),
			...marks.clusters.map((c) => ({ x: c.x, r: CLUSTER_RADIUS }))
		].sort((a, b) => a.x - b.x);
		expect(circles.length).toBeGreaterThan(2);
		for (let i = 1; i < circles.length; i++) {
			expect(circles[i]!.x - circles[i - 1]!.x).toBeGreaterThanOrEqual(
				circles[i]!.r + circles[i - 1]!.r
			);
		}
		const ids = [...marks.points.map((p) => p.id), ...marks.clusters.flatMap((c) => c.ids)];
		expect(ids.sort()).toEqual(items.map((i) => i.event.id).sort());
	});

	it('keeps every one of thousands of crowded events once, in time order', () => {
		const many = Array.from({ length: 5000 }, (_, i) =>
			event(`e${i}`, new Date(Date.UTC(2000, 0, 1 + (i % 3650))).toISOString().slice(0, 10))
		);
		const items = timeEvents(many).get('a')!;
		const marks = laneMarks(items, scale('2000-01-01', '2010-01-01', 200), 200);
		const ids = [...marks.points.map((p) => p.id), ...marks.clusters.flatMap((c) => c.ids)];
		expect(ids).toHaveLength(5000);
		expect(new Set(ids).size).toBe(5000);
		const alone = new Set(marks.points.map((p) => p.id));
		expect(marks.clusters.flatMap((c) => c.ids)).toEqual(
			items.map((i) => i.event.id).filter((id) => !alone.has(id))
		);
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

	it('draws a range with no free row as a point, which can join a count', () => {
		const items = timeEvents([
			event('one', '2000/2009'),
			event('two', '2001/2010'),
			event('three', '2002-01-01/2011-01-01'),
			event('four', '2002-02-01/2011-02-01')
		]).get('a')!;
		const marks = laneMarks(items, scale('1990-01-01', '2020-01-01'), 1000);
		expect(marks.bars.map((b) => [b.id, b.row])).toEqual([
			['one', 0],
			['two', 1]
		]);
		expect(marks.clusters.map((c) => c.ids)).toEqual([['three', 'four']]);
		expect(marks.points).toEqual([]);
	});

	it('shows a long range that starts before the visible window', () => {
		const items = timeEvents([event('long', '1990/2010')]).get('a')!;
		const marks = laneMarks(items, scale('2005-01-01', '2006-01-01'), 1000);
		expect(marks.bars.map((b) => b.id)).toEqual(['long']);
		expect(marks.bars[0]!.x0).toBeLessThan(0);
	});
});
