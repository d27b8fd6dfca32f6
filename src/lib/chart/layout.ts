// The whole chart at one zoom and width, as plain data: what the components draw.
import type { Lane, Period, Timeline, TimelineEvent } from '../model/timeline';
import type { Discourse } from '../schema/timeline';
import { placeLabels, shortTitle, textWidth, type LabelRequest, type PlacedLabel } from './labels';
import { placeMilestones, type PlacedMilestone } from './milestones';
import { laneMarks, OVERSCAN, type LaneMarks, type TimedEvent } from './marks';
import { axisTicks, type AxisLocale, type Tick } from './ticks';
import { CLUSTER_RADIUS, LANES_Y, RADIUS, STANDARD_LANE, type LaneGeometry } from './geometry';
import type { LaidOut } from './lane-refresh';
import type { Span, TimeScale } from './time-scale';

export interface LaneLayout extends LaidOut {
	lane: Lane;
	index: number;
	/** Top of the lane. */
	y: number;
	marks: LaneMarks;
	labels: PlacedLabel[];
}

export interface PeriodSegment {
	period: Period;
	x0: number;
	x1: number;
	discourse: Discourse;
	/** Shown when it fits. */
	label?: string;
}

/** What is drawn across the whole plot: the axis, the periods, the article's band. */
export interface FrameLayout {
	width: number;
	ticks: Tick[];
	periods: PeriodSegment[];
	/** The article's publication, drawn as a band over what its date covers. */
	article?: { x0: number; x1: number; label: string };
	/** The milestones in view, their labels placed. */
	milestones: PlacedMilestone[];
	visible: Span;
}

export interface ChartLayout extends FrameLayout {
	lanes: LaneLayout[];
}

export interface LayoutInput {
	timeline: Pick<Timeline, 'periods' | 'article' | 'milestones'>;
	/** The visible range across the plot's width. */
	scale: TimeScale;
	/** Lanes to draw, in order. */
	lanes: Lane[];
	/** Events by lane, from timeEvents() over the events the view shows. */
	timed: Map<string, TimedEvent[]>;
	width: number;
	/** How the axis writes dates; English (en-GB) unless given. */
	locale?: AxisLocale;
	/** The axis's ticks in another calendar than the Gregorian (Solar Hijri). */
	ticks?: (scale: TimeScale, width: number) => Tick[];
	/** Events never merged into a count mark (focused, selected). */
	pinned?: ReadonlySet<string>;
	/** Events that win label space first (highlighted). */
	emphasised?: ReadonlySet<string>;
	/** Where things sit within a lane; the explorer's lanes unless given. */
	geometry?: LaneGeometry;
	/**
	 * How far (px) beyond each side of the plot marks and labels are laid out, so that the lanes
	 * can be shifted that far before they must be laid out again; a little unless given.
	 */
	overscan?: number;
}

function labelRequests(
	marks: LaneMarks,
	emphasised: ReadonlySet<string>,
	pinned: ReadonlySet<string>
): LabelRequest[] {
	const priority = (event: TimelineEvent) =>
		event.importance * 10 + (emphasised.has(event.id) ? 50 : 0) + (pinned.has(event.id) ? 100 : 0);
	return [
		...marks.points.map((p) => ({
			id: p.id,
			x: p.x,
			radius: RADIUS[p.event.importance],
			text: shortTitle(p.event.title),
			priority: priority(p.event)
		})),
		...marks.bars.map((b) => ({
			id: b.id,
			x: b.x0,
			radius: 0,
			text: shortTitle(b.event.title),
			priority: priority(b.event) - 1
		})),
		...marks.clusters.map((c) => ({
			id: c.key,
			x: c.x,
			radius: CLUSTER_RADIUS,
			text: '',
			priority: 0
		}))
	];
}

/**
 * A period's name as it fits its stretch of the band: whole, else its first words with an ellipsis,
 * never cut mid-word; nothing where not even one word fits (the full name shows on hover).
 */
export function bandLabel(label: string, room: number): string | undefined {
	if (textWidth(label) <= room) return label;
	const words = label.split(' ');
	for (let count = words.length - 1; count >= 1; count--) {
		const text = `${words
			.slice(0, count)
			.join(' ')
			.replace(/[\s,:;–—-]+$/, '')}…`;
		if (textWidth(text) <= room) return text;
	}
	return undefined;
}

function periodSegments(
	periods: Period[],
	scale: (t: number) => number,
	width: number
): PeriodSegment[] {
	return periods.flatMap((period) => {
		const x0 = Math.max(0, scale(period.span.start));
		const x1 = Math.min(width, scale(period.span.end));
		if (x1 <= x0) return [];
		const label = bandLabel(period.label, x1 - x0 - 12);
		return [{ period, x0, x1, discourse: period.discourse, ...(label ? { label } : {}) }];
	});
}

function articleBand(timeline: LayoutInput['timeline'], scale: (t: number) => number) {
	const article = timeline.article;
	if (!article?.span) return undefined;
	return { x0: scale(article.span.start), x1: scale(article.span.end), label: article.label };
}

/** The marks and labels of each lane: the costly part, which a gesture can move instead of redoing. */
export function laneLayouts(
	input: Omit<LayoutInput, 'timeline' | 'locale' | 'ticks'>
): LaneLayout[] {
	return input.lanes.map((lane, index) => laneLayout(input, lane, index));
}

/** One lane's marks and labels. */
export function laneLayout(
	input: Omit<LayoutInput, 'timeline' | 'locale' | 'ticks' | 'lanes'>,
	lane: Lane,
	index: number
): LaneLayout {
	const { width, scale } = input;
	const pinned = input.pinned ?? new Set<string>();
	const emphasised = input.emphasised ?? new Set<string>();
	const geometry = input.geometry ?? STANDARD_LANE;
	const overscan = input.overscan ?? OVERSCAN;
	const marks = laneMarks(input.timed.get(lane.id) ?? [], scale, width, pinned, overscan);
	const [start, end] = scale.domain().map(Number) as [number, number];
	return {
		lane,
		index,
		domain: [start, end],
		overscan,
		y: LANES_Y + index * geometry.height,
		marks,
		labels: placeLabels(
			labelRequests(marks, emphasised, pinned),
			// Labels stay inside the plot unless the lane is laid out to be moved.
			overscan > OVERSCAN ? [-overscan, width + overscan] : [0, width],
			geometry.belowBaseline !== undefined
		)
	};
}

/** The axis, the periods and the article's band at a scale: cheap enough to redo every frame. */
export function frameLayout(
	input: Pick<LayoutInput, 'timeline' | 'scale' | 'width' | 'locale' | 'ticks'>
): FrameLayout {
	const { width, scale } = input;
	const at = (t: number) => scale(t);
	const [start, end] = scale.domain().map((d) => d.getTime()) as [number, number];
	const article = articleBand(input.timeline, at);
	return {
		width,
		ticks: input.ticks ? input.ticks(scale, width) : axisTicks(scale, width, input.locale),
		periods: periodSegments(input.timeline.periods, at, width),
		...(article ? { article } : {}),
		milestones: placeMilestones(input.timeline.milestones, at, width),
		visible: { start, end }
	};
}

/** The whole chart at one scale. */
export function chartLayout(input: LayoutInput): ChartLayout {
	return { ...frameLayout(input), lanes: laneLayouts(input) };
}
