// What one drawn chart works out from a view and its measured width: d3's scale, the layout, the
// one tab stop and the marks' names. The frame shares it through context; marks read it and draw.
import { getContext, setContext } from 'svelte';
import { chartHeight, DEFAULT_WIDTH, MIN_WIDTH, type LaneGeometry } from '$lib/chart/geometry';
import { stalest, staleness } from '$lib/chart/lane-refresh';
import { frameLayout, laneLayout, type ChartLayout, type LaneLayout } from '$lib/chart/layout';
import { timeEvents } from '$lib/chart/marks';
import { MILESTONE_STRIP } from '$lib/chart/milestones';
import { axisLocale } from '$lib/chart/ticks';
import { sameDomain, timeScale, type Domain } from '$lib/chart/time-scale';
import { t } from '$lib/i18n/messages';
import type { Lane } from '$lib/model/timeline';
import type { TimelineView } from '$lib/view/timeline-view.svelte';

/** Room at each side of the plot so marks at the span's ends are drawn whole. */
export const PAD = 12;

export interface ChartOptions {
	geometry: LaneGeometry;
	/** Drawing scale: 2 draws marks and type twice as large, over half the time per pixel. */
	magnify: number;
	/** Lay out at this width whatever the box (a still figure for print). */
	figureWidth: number | undefined;
	/** Where each mark links. */
	markHref: (id: string) => string;
	/** A period to set off from the others. */
	highlightPeriod: string | undefined;
	/** Marks take the keyboard (one tab stop); otherwise none does. */
	interactive: boolean;
}

export class ChartModel {
	/** The view drawn; a page that shows another timeline makes a new chart. */
	readonly view: TimelineView;
	readonly #options: () => ChartOptions;
	/** The box's width in CSS pixels, once the browser has measured it. */
	measured = $state(0);
	/** The mark under the pointer. */
	hovered: string | undefined = $state();
	/**
	 * True while the reader zooms or drags the plot. The lanes are then laid out wider than the plot
	 * and moved and stretched to follow the gesture, and laid out again only when what was laid out
	 * no longer covers the view or has been stretched too far (see `laidOut`).
	 */
	gesturing = $state(false);

	constructor(view: TimelineView, options: () => ChartOptions) {
		this.view = view;
		this.#options = options;
	}

	/** The options, worked out once per change of the props behind them. */
	readonly options: ChartOptions = $derived.by(() => this.#options());

	/** The drawing's width including the pads, in its own units. */
	readonly outer = $derived(
		this.options.figureWidth ??
			(this.measured > 0
				? Math.max(MIN_WIDTH, Math.round(this.measured / this.options.magnify))
				: DEFAULT_WIDTH)
	);
	/** The plot's width: time runs from 0 to here. */
	readonly width = $derived(this.outer - 2 * PAD);
	/** Room above the axis for the milestones' labels, when the timeline has milestones. */
	readonly top = $derived.by(() =>
		this.view.timeline.milestones.length > 0 ? MILESTONE_STRIP : 0
	);
	readonly height = $derived.by(() =>
		chartHeight(this.view.shownLanes.length, this.options.geometry, this.top)
	);
	/** d3's UTC scale from the visible range to the plot's width. */
	readonly scale = $derived.by(() => timeScale(this.view.domain, this.width));
	/** How far (px) past each side the lanes are laid out during a gesture. */
	readonly #slack = $derived(Math.round(this.width / 4));
	/** Bumped to lay out one more stale lane (see `refresh`). */
	#frame = $state(0);
	/** The lanes last drawn, and what they were laid out from. */
	#held: { inputs: unknown[]; domain: Domain; frame: number; lanes: LaneLayout[] } | undefined;
	readonly #timed = $derived.by(() => timeEvents(this.view.shown));
	// Sets and maps here are made afresh by each derivation and never changed: nothing to observe.
	/* eslint-disable svelte/prefer-svelte-reactivity */
	// Milestones' events are never merged into a count, like the focused and the open event.
	readonly #pinned = $derived.by(
		() =>
			new Set(
				[
					this.view.focused,
					this.view.event,
					...this.view.timeline.milestones.map((milestone) => milestone.event)
				].filter((id): id is string => !!id)
			)
	);
	readonly #emphasised = $derived.by(() => new Set(this.view.emphasis.keys()));
	readonly #axisLocale = $derived.by(() => axisLocale(this.view.timeline.meta.language));
	/**
	 * Each lane's marks and labels. A change of what is shown, of the width or of the view outside a
	 * gesture lays every lane out for the view. During a gesture, and until every lane has caught up
	 * after it, each lane keeps its layout (moved and stretched as drawn) and at most the stalest one
	 * is laid out again per frame: see lane-refresh.ts.
	 */
	readonly #lanes = $derived.by((): LaneLayout[] => {
		const frame = this.#frame;
		const domain = this.view.domain;
		const inputs = [
			this.view.shownLanes,
			this.#timed,
			this.width,
			this.#pinned,
			this.#emphasised,
			this.options.geometry
		];
		const gesturing = this.gesturing;
		const layOut = (lane: Lane, index: number) =>
			laneLayout(
				{
					scale: timeScale(domain, this.width),
					timed: this.#timed,
					width: this.width,
					pinned: this.#pinned,
					emphasised: this.#emphasised,
					geometry: this.options.geometry,
					...(gesturing ? { overscan: this.#slack } : {})
				},
				lane,
				index
			);
		const held = this.#held;
		const same = held && inputs.every((input, i) => input === held.inputs[i]);
		let lanes: LaneLayout[];
		// Outside a gesture, a new view (keys, buttons, links) is drawn whole at once.
		if (!same || (!gesturing && !sameDomain(held.domain, domain)))
			lanes = this.view.shownLanes.map(layOut);
		else {
			// A frame's refresh lays out the stalest lane. A gesture's own input only moves what is
			// drawn, unless a lane no longer covers the view.
			const next = stalest(held.lanes, domain, this.width, gesturing);
			const due =
				next >= 0 &&
				(frame !== held.frame ||
					staleness(held.lanes[next]!, domain, this.width, gesturing) === Infinity);
			lanes = held.lanes;
			if (due) {
				lanes = [...held.lanes];
				lanes[next] = layOut(held.lanes[next]!.lane, next);
			}
		}
		this.#held = { inputs, domain, frame, lanes };
		return lanes;
	});
	/** Whether a lane is still to be laid out again for the view (one a frame: see `refresh`). */
	readonly stale = $derived.by(
		() => stalest(this.#lanes, this.view.domain, this.width, this.gesturing) >= 0
	);

	/** Lays out the stalest lane: called once a frame while `stale`. */
	refresh(): void {
		this.#frame++;
	}

	/** The chart as drawn; each lane as laid out, to be placed in the view (see `placement`). */
	readonly layout: ChartLayout = $derived.by(() => ({
		...frameLayout({
			timeline: this.view.timeline,
			scale: this.scale,
			width: this.width,
			locale: this.#axisLocale,
			ticks: this.view.dates.ticks
		}),
		lanes: this.#lanes
	}));

	/** The one tab stop: the focused or open mark if drawn, else the leftmost mark in view. */
	readonly entry = $derived.by(() => {
		if (!this.options.interactive) return undefined;
		const { focused, event } = this.view;
		let first: { id: string; x: number } | undefined;
		let wanted: string | undefined;
		// Read from the lanes as laid out: a drag that only shifts them does not move the tab stop.
		for (const lane of this.#lanes) {
			for (const mark of [...lane.marks.points, ...lane.marks.bars]) {
				if (mark.id === focused || (mark.id === event && !wanted)) wanted = mark.id;
				const x = mark.kind === 'point' ? mark.x : Math.max(0, mark.x0);
				const right = mark.kind === 'point' ? mark.x : mark.x1;
				if (right >= 0 && (!first || x < first.x)) first = { id: mark.id, x };
			}
		}
		return wanted ?? first?.id ?? this.#lanes.flatMap((l) => l.marks.clusters)[0]?.key;
	});

	readonly #laneLabels = $derived.by(
		() => new Map(this.view.timeline.lanes.map((l) => [l.id, l.label]))
	);
	/** Names already worked out: only drawn marks need one, and a gesture redraws the same marks. */
	readonly #names = $derived.by(() => {
		void this.view.timeline;
		void this.view.dates.writer;
		// A memo, filled as marks are drawn: reading it must not make anything redraw.
		return new Map<string, string>();
	});
	/* eslint-enable svelte/prefer-svelte-reactivity */

	/** A mark's accessible name: date, lane and title. */
	nameOf(id: string): string {
		const known = this.#names.get(id);
		if (known !== undefined) return known;
		const event = this.view.byId.get(id);
		if (!event) return id;
		const name = t('chart.eventName', {
			date: this.view.dates.range(event.date, event.end),
			lane: this.#laneLabels.get(event.lane) ?? event.lane,
			title: event.title
		});
		this.#names.set(id, name);
		return name;
	}

	/** An event's dates as readers see them. */
	dateOf(id: string): string {
		const event = this.view.byId.get(id);
		return event ? this.view.dates.range(event.date, event.end) : '';
	}
}

const KEY = Symbol('chart');

export function setChart(chart: ChartModel): void {
	setContext(KEY, chart);
}

/** The chart being drawn, from the nearest ChartFrame. */
export function getChart(): ChartModel {
	const chart = getContext<ChartModel | undefined>(KEY);
	if (!chart) throw new Error('chart marks must be drawn inside a ChartFrame');
	return chart;
}
