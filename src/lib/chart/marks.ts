// Where each event is drawn at a zoom: points, range bars, and count marks where points crowd together.
import { bisector, group } from 'd3-array';
import type { TimelineEvent } from '../model/timeline';
import { CLUSTER_RADIUS, RADIUS } from './geometry';
import type { TimeScale } from './time-scale';

/** An event with its time span, ready to position. */
export interface TimedEvent {
	event: TimelineEvent;
	/** UTC ms: start of the date, exclusive end of `end` (or of the date). */
	start: number;
	end: number;
	/** Where a point sits: the middle of what the date covers. */
	mid: number;
	/** The data gives an `end`: drawn as a bar when wide enough. */
	ranged: boolean;
}

export interface PointMark {
	kind: 'point';
	id: string;
	event: TimelineEvent;
	x: number;
	/** What the date covers, in pixels: drawn as a whisker when wider than the mark. */
	x0: number;
	x1: number;
}

export interface BarMark {
	kind: 'bar';
	id: string;
	event: TimelineEvent;
	x0: number;
	x1: number;
	/** 0 or 1: bars that overlap go to the second row, then overlap. */
	row: number;
}

export interface ClusterMark {
	kind: 'cluster';
	/** Stable for the same members: the first and last member ids. */
	key: string;
	x: number;
	ids: string[];
	/** The members' time extent, to zoom into. */
	start: number;
	end: number;
}

export interface LaneMarks {
	points: PointMark[];
	bars: BarMark[];
	clusters: ClusterMark[];
}

/** Points closer than this (px, centre to centre) merge into a count mark. */
export const CLUSTER_GAP = 14;
/** A range narrower than this (px) is drawn as a point. */
export const MIN_BAR_WIDTH = 12;
/** Marks this far (px) outside the plot are still drawn, so labels and edges do not pop. */
export const OVERSCAN = 40;

/** The events of each lane with their spans, sorted by where their point sits. */
export function timeEvents(events: TimelineEvent[]): Map<string, TimedEvent[]> {
	const timed = events.map((event) => ({
		event,
		start: event.span.start,
		end: event.span.end,
		mid: event.mid,
		ranged: event.end !== undefined
	}));
	const byLane = group(timed, (item) => item.event.lane);
	for (const lane of byLane.values()) lane.sort((a, b) => a.mid - b.mid || a.start - b.start);
	return byLane;
}

/** The index of the first item whose mid is at or after a time (items sorted by mid). */
const firstFrom = bisector((item: TimedEvent) => item.mid).left;

/** Rows a lane gives range bars. */
const BAR_ROWS = 2;

/**
 * Gives each bar, from left to right, the first row free where it starts. A bar with no free row is
 * left out: its event is drawn as a point instead, where it can join a count, rather than piling
 * bars on bars where none can be read.
 */
function placeBars(bars: Omit<BarMark, 'row'>[]): BarMark[] {
	const rowEnds: number[] = Array.from({ length: BAR_ROWS }, () => -Infinity);
	const placed: BarMark[] = [];
	for (const bar of bars.sort((a, b) => a.x0 - b.x0)) {
		const row = rowEnds.findIndex((end) => end + 2 <= bar.x0);
		if (row === -1) continue;
		rowEnds[row] = bar.x1;
		placed.push({ ...bar, row });
	}
	return placed;
}

/**
 * The marks of one lane: every event whose span meets the visible plot, as a bar (a range wide enough
 * with a free row), a point, or part of a count mark. `pinned` events (focused, selected) are never
 * merged.
 */
export function laneMarks(
	items: TimedEvent[],
	scale: TimeScale,
	width: number,
	pinned: ReadonlySet<string> = new Set(),
	/** How far (px) beyond each side of the plot to draw. */
	overscan = OVERSCAN
): LaneMarks {
	const left = scale.invert(-overscan).getTime();
	const right = scale.invert(width + overscan).getTime();
	const points: PointMark[] = [];
	const wide: Omit<BarMark, 'row'>[] = [];

	// Ranges can start long before the visible window: check every ranged item by its span.
	for (const item of items) {
		if (!item.ranged || item.end < left || item.start > right) continue;
		const x0 = scale(item.start);
		const x1 = scale(item.end);
		if (x1 - x0 >= MIN_BAR_WIDTH)
			wide.push({ kind: 'bar', id: item.event.id, event: item.event, x0, x1 });
	}
	const bars = placeBars(wide);
	const barIds = new Set(bars.map((b) => b.id));

	// Runs of points closer than CLUSTER_GAP form groups; a group whose circle would touch the one
	// before it (a count mark is larger than a point) swallows it, until no two circles meet. A group
	// is a run of indices, so merging costs the same however many events it holds.
	const groups: Group[] = [];
	for (let i = firstFrom(items, left); i < items.length; i++) {
		const item = items[i] as TimedEvent;
		if (item.mid > right) break;
		if (barIds.has(item.event.id)) continue;
		const x = scale(item.mid);
		if (pinned.has(item.event.id)) {
			points.push(point(item, x, scale));
			continue;
		}
		const last = groups[groups.length - 1];
		if (last && x - last.lastX < CLUSTER_GAP) join(last, i, x, item);
		else
			groups.push({
				first: i,
				last: i,
				firstX: x,
				lastX: x,
				count: 1,
				start: item.start,
				end: item.end
			});
		while (
			groups.length > 1 &&
			collide(groups[groups.length - 2]!, groups[groups.length - 1]!, items)
		) {
			const top = groups.pop() as Group;
			const into = groups[groups.length - 1] as Group;
			into.last = top.last;
			into.lastX = top.lastX;
			into.count += top.count;
			into.start = Math.min(into.start, top.start);
			into.end = Math.max(into.end, top.end);
		}
	}

	const clusters: ClusterMark[] = [];
	for (const group of groups) {
		const first = items[group.first] as TimedEvent;
		if (group.count === 1) {
			points.push(point(first, group.firstX, scale));
			continue;
		}
		// The members: the group's run of indices, less the bars and pinned events drawn on their own.
		const ids: string[] = [];
		for (let i = group.first; i <= group.last; i++) {
			const id = (items[i] as TimedEvent).event.id;
			if (!barIds.has(id) && !pinned.has(id)) ids.push(id);
		}
		clusters.push({
			kind: 'cluster',
			key: `${first.event.id}…${(items[group.last] as TimedEvent).event.id}`,
			x: centreOf(group),
			ids,
			start: group.start,
			end: group.end
		});
	}
	points.sort((a, b) => a.x - b.x);
	return { points, bars, clusters };
}

/** A run of neighbouring events (by index in the lane's sorted list) drawn as one mark. */
interface Group {
	first: number;
	last: number;
	firstX: number;
	lastX: number;
	count: number;
	/** The members' time extent. */
	start: number;
	end: number;
}

function join(group: Group, index: number, x: number, item: TimedEvent): void {
	group.last = index;
	group.lastX = x;
	group.count += 1;
	group.start = Math.min(group.start, item.start);
	group.end = Math.max(group.end, item.end);
}

/** Space (px) kept between the circles of neighbouring marks. */
const MARK_GAP = 2;

function centreOf(group: Group): number {
	return (group.firstX + group.lastX) / 2;
}

function radiusOf(group: Group, items: TimedEvent[]): number {
	return group.count > 1
		? CLUSTER_RADIUS
		: RADIUS[(items[group.first] as TimedEvent).event.importance];
}

/** Whether two neighbouring groups' circles would meet. */
function collide(a: Group, b: Group, items: TimedEvent[]): boolean {
	const distance = centreOf(b) - centreOf(a);
	return distance < radiusOf(a, items) + radiusOf(b, items) + MARK_GAP;
}

function point(item: TimedEvent, x: number, scale: TimeScale): PointMark {
	return {
		kind: 'point',
		id: item.event.id,
		event: item.event,
		x,
		x0: scale(item.start),
		x1: scale(item.end)
	};
}
