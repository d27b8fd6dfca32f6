import { describe, expect, it } from 'vitest';
import { CLUSTER_RADIUS, RADIUS } from './geometry';
import { timeScale } from './time-scale';
import { BIN_WIDTH, binLength, laneMarks, MIN_BAR_WIDTH, timeEvents } from './marks';
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
		expect(laneMarks(items, scale('1990-01-01', '2020-01-01'), 1000).clusters).toHaveLength(1);
		expect(laneMarks(items, scale('1999-06-01', '2000-06-01'), 1000).points).toHaveLength(2);
	});

	it('merges a point into the count beside it when their circles would touch', () => {
		// A day is 4 px. a and b share a day and make a count; c is the next day, the first whose
		// middle is in the next bin, so it is drawn alone unless it joins the count it would touch.
		const s = scale('2000-01-01', '2001-01-01', 366 * 4);
		const bin = binLength(86_400_000 / 4);
		const edge = (Math.floor(Date.UTC(2000, 5, 1) / bin) + 1) * bin;
		const noon = (day: number) => day * 86_400_000 + 43_200_000;
		const cDay = Math.ceil((edge - 43_200_000) / 86_400_000);
		expect(noon(cDay)).toBeGreaterThanOrEqual(edge);
		expect(noon(cDay - 1)).toBeLessThan(edge);
		const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
		const items = timeEvents([
			event('a', iso(cDay - 1)),
			event('b', iso(cDay - 1)),
			event('c', iso(cDay))
		]).get('a')!;
		const marks = laneMarks(items, s, 366 * 4);
		expect(marks.points).toEqual([]);
		expect(marks.clusters.map((cluster) => cluster.ids)).toEqual([['a', 'b', 'c']]);
	});

	it('draws a crowded lane as a row of counts along its span, not one count', () => {
		const many = Array.from({ length: 5000 }, (_, i) =>
			event(`e${i}`, new Date(Date.UTC(2000, 0, 1 + (i % 3650))).toISOString().slice(0, 10))
		);
		const items = timeEvents(many).get('a')!;
		const s = scale('2000-01-01', '2010-01-01', 1000);
		const { clusters } = laneMarks(items, s, 1000);
		expect(clusters.length).toBeGreaterThanOrEqual(1000 / (2 * BIN_WIDTH));
		for (const cluster of clusters)
			expect(s(cluster.end) - s(cluster.start)).toBeLessThanOrEqual(3 * 2 * BIN_WIDTH);
	});

	it('keeps the same counts while a zoom stays within one bin length', () => {
		const many = Array.from({ length: 3000 }, (_, i) =>
			event(`e${i}`, new Date(Date.UTC(2000, 0, 1 + ((i * 7) % 3650))).toISOString().slice(0, 10))
		);
		const items = timeEvents(many).get('a')!;
		const wide = scale('2000-01-01', '2010-01-01', 1500);
		// 8 % closer, about the middle: the bins are the same length.
		const [start, end] = [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)];
		const cut = (end - start) * 0.04;
		const close = timeScale([start + cut, end - cut], 1500);
		expect(binLength((end - start) / 1500)).toBe(binLength((end - start - 2 * cut) / 1500));
		const inner = (marks: ReturnType<typeof laneMarks>) =>
			marks.clusters
				.filter((c) => c.start > start + 2 * cut && c.end < end - 2 * cut)
				.map((c) => c.key);
		const kept = inner(laneMarks(items, wide, 1500));
		expect(kept.length).toBeGreaterThan(5);
		expect(inner(laneMarks(items, close, 1500))).toEqual(kept);
	});

	it('leaves no two circles touching, whatever the spacing and zoom', () => {
		// A small seeded generator: the same cases every run.
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let trial = 0; trial < 300; trial++) {
			const count = 2 + Math.floor(random() * 40);
			const days = Array.from({ length: count }, () => 1 + Math.floor(random() * 60));
			const items = timeEvents(
				days.map((d, i) =>
					event(`e${i}`, new Date(Date.UTC(2000, 0, d)).toISOString().slice(0, 10), 'a', {
						importance: ((i % 3) + 1) as 1 | 2 | 3
					})
				)
			).get('a')!;
			const width = 200 + Math.floor(random() * 2000);
			const marks = laneMarks(items, scale('1999-12-15', '2000-03-15', width), width);
			const circles = [
				...marks.points.map((p) => ({ x: p.x, r: RADIUS[p.event.importance] })),
				...marks.clusters.map((c) => ({ x: c.x, r: CLUSTER_RADIUS }))
			].sort((a, b) => a.x - b.x);
			for (let i = 1; i < circles.length; i++) {
				expect(circles[i]!.x - circles[i - 1]!.x).toBeGreaterThanOrEqual(
					circles[i]!.r + circles[i - 1]!.r
				);
			}
			const ids = [...marks.points.map((p) => p.id), ...marks.clusters.flatMap((c) => c.ids)];
			expect(ids.sort()).toEqual(items.map((i) => i.event.id).sort());
		}
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
