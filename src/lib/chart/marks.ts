// Where each event is drawn at a zoom: points, range bars, and count marks where points crowd together.
import { bisectLeft, bisector, group } from 'd3-array';
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
	/** How many events it stands for. */
	count: number;
	/** The members, in time order (worked out when first read). */
	readonly ids: string[];
	/** The members' time extent, to zoom into (worked out when first read). */
	readonly start: number;
	readonly end: number;
}

export interface LaneMarks {
	points: PointMark[];
	bars: BarMark[];
	clusters: ClusterMark[];
}

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

/** Space (px) kept between the circles of neighbouring marks. */
const MARK_GAP = 2;

/** How far (px) a count mark is kept inside its bin's edges: count marks in two bins never touch. */
const BIN_INSET = CLUSTER_RADIUS + MARK_GAP / 2;
/**
 * The narrowest a bin is drawn (px). Bins are between one and two of these wide: a crowded lane
 * shows a count every 48 to 96 px, with room between for labels.
 */
export const BIN_WIDTH = 48;
const BIN_UNIT_MS = 3_600_000;

/**
 * How long a bin is (ms) at a zoom of `msPerPx`: a power of two hours, so that a bin is between one
 * and two BIN_WIDTHs wide. The bins change only when the zoom crosses a power of two, so while a
 * gesture zooms less than that the same events stay together and their marks are moved, not redrawn.
 */
export function binLength(msPerPx: number): number {
	return (
		BIN_UNIT_MS * 2 ** Math.ceil(Math.log2(Math.max(1e-9, (BIN_WIDTH * msPerPx) / BIN_UNIT_MS)))
	);
}

/** The ranged items of a lane, and where each event is in it: worked out once per lane list. */
interface LaneIndex {
	ranged: TimedEvent[];
	position: Map<string, number>;
}
const indexes = new WeakMap<TimedEvent[], LaneIndex>();
function laneIndex(items: TimedEvent[]): LaneIndex {
	let found = indexes.get(items);
	if (!found) {
		found = {
			ranged: items.filter((item) => item.ranged),
			position: new Map(items.map((item, i) => [item.event.id, i]))
		};
		indexes.set(items, found);
	}
	return found;
}

/** The index of the first item whose mid is after a time (items sorted by mid). */
const firstAfter = bisector((item: TimedEvent) => item.mid).right;

/**
 * The marks of one lane: every event whose span meets the visible plot, as a bar (a range wide enough
 * with a free row), a point, or part of a count mark. `pinned` events (focused, selected) are never
 * merged.
 *
 * Counts come from bins of time (see binLength), like a map's marker clusters: the events of a bin
 * whose circles would meet become one count mark, kept inside its bin, so a crowded lane reads as a
 * row of counts along its span rather than one count for everything. Then, left to right, a mark
 * whose circle would touch its neighbour's joins it, until no two circles meet. A bin is found by
 * bisection and a crowded one is counted, not walked, so a view costs about the marks it draws,
 * however many events they stand for.
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
	const [domainStart, domainEnd] = scale.domain().map(Number) as [number, number];
	const bin = binLength((domainEnd - domainStart) / Math.max(1, width));
	const { ranged, position } = laneIndex(items);
	const points: PointMark[] = [];
	const wide: Omit<BarMark, 'row'>[] = [];

	// Ranges can start long before the visible window: check every ranged item by its span.
	for (const item of ranged) {
		if (item.end < left || item.start > right) continue;
		const x0 = scale(item.start);
		const x1 = scale(item.end);
		if (x1 - x0 >= MIN_BAR_WIDTH)
			wide.push({ kind: 'bar', id: item.event.id, event: item.event, x0, x1 });
	}
	const bars = placeBars(wide);
	const barIds = new Set(bars.map((b) => b.id));

	const from = firstFrom(items, left);
	const to = firstAfter(items, right, from);
	// Bars and pinned events are drawn on their own: their places in the lane, in order.
	const apart: number[] = [];
	for (const id of [...barIds, ...pinned]) {
		const i = position.get(id);
		if (i === undefined || i < from || i >= to) continue;
		apart.push(i);
		if (pinned.has(id) && !barIds.has(id))
			points.push(point(items[i]!, scale(items[i]!.mid), scale));
	}
	apart.sort((a, b) => a - b);
	const isApart = (i: number) => {
		const at = bisectLeft(apart, i);
		return apart[at] === i;
	};
	const apartIn = (i: number, j: number) => bisectLeft(apart, j) - bisectLeft(apart, i);

	const radiusAt = (i: number) => RADIUS[items[i]!.event.importance];
	const radius = (group: Group) => (group.count > 1 ? CLUSTER_RADIUS : radiusAt(group.first));
	// A group is a run of indices, so merging costs the same however many events it holds.
	const groups: Group[] = [];
	const push = (group: Group) => {
		groups.push(group);
		while (groups.length > 1) {
			const b = groups[groups.length - 1]!;
			const a = groups[groups.length - 2]!;
			if (b.x - a.x >= radius(a) + radius(b) + MARK_GAP) break;
			groups.pop();
			groups[groups.length - 1] = merge(a, b);
		}
	};

	/** The events of bin `k`, at indices i to j (less those drawn apart). */
	const addBin = (k: number, i: number, j: number) => {
		const count = j - i - apartIn(i, j);
		if (count === 0) return;
		const low = scale(k * bin);
		const high = scale((k + 1) * bin);
		let crowded = count > (high - low) / (2 * RADIUS[1] + MARK_GAP) + 1;
		const members: { index: number; x: number }[] = [];
		if (!crowded) {
			for (let m = i; m < j; m++) {
				if (isApart(m)) continue;
				const x = scale(items[m]!.mid);
				const before = members[members.length - 1];
				if (before && x - before.x < radiusAt(m) + radiusAt(before.index) + MARK_GAP)
					crowded = true;
				members.push({ index: m, x });
			}
			if (!crowded) {
				for (const m of members) push(single(m.index, m.x));
				return;
			}
		}
		let first = i;
		while (isApart(first)) first++;
		let last = j - 1;
		while (isApart(last)) last--;
		const firstX = scale(items[first]!.mid);
		const lastX = scale(items[last]!.mid);
		// Inside the bin by a count's radius and half the gap, so the next bin's count cannot touch it.
		const centre = (firstX + lastX) / 2;
		const inner: [number, number] = [low + BIN_INSET, high - BIN_INSET];
		push({
			first,
			last,
			firstX,
			lastX,
			count,
			anchored: true,
			x:
				inner[0] <= inner[1]
					? Math.min(inner[1], Math.max(inner[0], centre))
					: (inner[0] + inner[1]) / 2
		});
	};

	for (let i = from; i < to;) {
		const k = Math.floor(items[i]!.mid / bin);
		const j = Math.min(to, firstFrom(items, (k + 1) * bin, i, to));
		addBin(k, i, Math.max(j, i + 1));
		i = Math.max(j, i + 1);
	}

	const clusters: ClusterMark[] = [];
	for (const group of groups) {
		if (group.count === 1) points.push(point(items[group.first]!, group.x, scale));
		else clusters.push(countMark(items, group, isApart));
	}
	points.sort((a, b) => a.x - b.x);
	return { points, bars, clusters };
}

/** A count mark whose members and extent are listed only when something reads them. */
function countMark(
	items: TimedEvent[],
	group: Group,
	isApart: (i: number) => boolean
): ClusterMark {
	let ids: string[] | undefined;
	let extent: [number, number] | undefined;
	const members = () => {
		if (!ids) {
			ids = [];
			let start = Infinity;
			let end = -Infinity;
			for (let i = group.first; i <= group.last; i++) {
				if (isApart(i)) continue;
				const item = items[i]!;
				ids.push(item.event.id);
				start = Math.min(start, item.start);
				end = Math.max(end, item.end);
			}
			extent = [start, end];
		}
		return { ids, extent: extent! };
	};
	return {
		kind: 'cluster',
		key: `${items[group.first]!.event.id}…${items[group.last]!.event.id}`,
		x: group.x,
		count: group.count,
		get ids() {
			return members().ids;
		},
		get start() {
			return members().extent[0];
		},
		get end() {
			return members().extent[1];
		}
	};
}

/** A run of neighbouring events (by index in the lane's sorted list) drawn as one mark. */
interface Group {
	first: number;
	last: number;
	firstX: number;
	lastX: number;
	count: number;
	/** Where the mark is drawn. */
	x: number;
	/** Kept where its bin put it when it takes in a neighbour. */
	anchored: boolean;
}

function single(index: number, x: number): Group {
	return { first: index, last: index, firstX: x, lastX: x, count: 1, x, anchored: false };
}

/** Two neighbouring groups as one: where a bin's count was, else between the outermost members. */
function merge(a: Group, b: Group): Group {
	return {
		first: a.first,
		last: b.last,
		firstX: a.firstX,
		lastX: b.lastX,
		count: a.count + b.count,
		x: a.anchored ? a.x : b.anchored ? b.x : (a.firstX + b.lastX) / 2,
		anchored: a.anchored || b.anchored
	};
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
