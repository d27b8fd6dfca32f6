// What one drawn chart works out from a view and its measured width: d3's scale, the layout, the
// one tab stop and the marks' names. The frame shares it through context; marks read it and draw.
import { getContext, setContext } from 'svelte';
import { chartHeight, DEFAULT_WIDTH, MIN_WIDTH, type LaneGeometry } from '$lib/chart/geometry';
import { frameLayout, laneLayouts, type ChartLayout } from '$lib/chart/layout';
import { OVERSCAN, timeEvents } from '$lib/chart/marks';
import { MILESTONE_STRIP } from '$lib/chart/milestones';
import { axisLocale } from '$lib/chart/ticks';
import { timeScale, type Domain } from '$lib/chart/time-scale';
import { t } from '$lib/i18n/messages';
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
	 * True while the reader drags the plot: the lanes are then laid out wider than the plot and
	 * shifted, and laid out again only when a drag has gone past what was laid out.
	 */
	panning = $state(false);

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
	/** How far (px) past each side the lanes are laid out while the reader drags. */
	readonly #slack = $derived(Math.round(this.width / 3));
	#lastLaidOut: Domain | undefined;
	/**
	 * The range the lanes' marks and labels were laid out for: the visible range, except during a
	 * drag, where the last one holds while the visible range has the same length and lies within
	 * the slack.
	 */
	readonly laidOut = $derived.by((): Domain => {
		const domain = this.view.domain;
		const last = this.#lastLaidOut;
		let next = domain;
		if (this.panning && last) {
			const length = domain[1] - domain[0];
			const sameLength = Math.abs(last[1] - last[0] - length) <= length * 1e-9;
			const shift = ((last[0] - domain[0]) / length) * this.width;
			if (sameLength && Math.abs(shift) <= this.#slack - OVERSCAN) next = last;
		}
		this.#lastLaidOut = next;
		return next;
	});
	/** How far (px) the laid-out lanes are moved to show the visible range. */
	readonly shift = $derived.by(() => {
		const [start, end] = this.view.domain;
		return ((this.laidOut[0] - start) / (end - start)) * this.width;
	});
	readonly #laneScale = $derived.by(() => timeScale(this.laidOut, this.width));
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
	readonly #lanes = $derived.by(() =>
		laneLayouts({
			scale: this.#laneScale,
			lanes: this.view.shownLanes,
			timed: this.#timed,
			width: this.width,
			pinned: this.#pinned,
			emphasised: this.#emphasised,
			geometry: this.options.geometry,
			...(this.panning ? { overscan: this.#slack } : {})
		})
	);
	/** The chart as drawn; its lanes are at `laidOut`, to be moved by `shift`. */
	readonly layout: ChartLayout = $derived.by(() => ({
		...frameLayout({
			timeline: this.view.timeline,
			scale: this.scale,
			width: this.width,
			locale: this.#axisLocale
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
			date: event.when,
			lane: this.#laneLabels.get(event.lane) ?? event.lane,
			title: event.title
		});
		this.#names.set(id, name);
		return name;
	}

	/** An event's dates as readers see them. */
	dateOf(id: string): string {
		return this.view.byId.get(id)?.when ?? '';
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
