// One view of a timeline, shared by the explorer, the embed and seminar mode: what is shown, chosen
// and open, and the visible range, kept at the precision it was asked for ("2015-06") while the
// chart shows it. It reads and writes the URL; the chart draws it; the zoom behaviour moves it.
import { pushState, replaceState } from '$app/navigation';
import { tick } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import {
	centreDomain,
	clampDomain,
	fullDomain,
	sameDomain,
	scaleDomain,
	type Domain
} from '../chart/time-scale';
import type { BrowserTimeline, TimelineEvent } from '../model/timeline';
import type { Language } from '../i18n/languages';
import { currentLanguage } from '../i18n/messages';
import type { Calendar } from './calendar';
import { DateWriting } from './date-writing.svelte';
import type { EventDetails } from './event-details.svelte';
import { emphasisOf, visibleEvents } from './filter';
import {
	lanesShown,
	parseView,
	rangeOf,
	viewContextOf,
	viewHref,
	viewSpan,
	withoutEmpty,
	type Direction,
	type ViewContext,
	type ViewState
} from './view-state';

/**
 * What moves the visible range when the chart's zoom behaviour is attached, so that keys, buttons,
 * links and gestures all go through its one transform (see interaction/zoom-gestures.ts).
 */
export interface Camera {
	/** Zooms by `factor` (2 shows half as much) keeping the instant `at` in place. */
	scaleBy(factor: number, at: number): void;
	/** Moves to `domain`, animated or at once. */
	moveTo(domain: Domain, animate: boolean): void;
}

export interface ViewOptions {
	/** Write each change to the address bar and follow back and forward (the explorer). */
	history?: boolean;
	/** Where the view starts: a range and choices, as a URL would give them. */
	initial?: ViewState;
	/**
	 * The events' summaries and sources, which the search and the chosen reference's marks read once
	 * they are here.
	 */
	details?: EventDetails;
	/** The language dates are written in: the page's unless given. */
	language?: Language;
	/** The calendar a view has unless its URL names one (the page language's unless given). */
	calendar?: Calendar;
	/** Which way time runs unless the URL says (the page language's direction unless given). */
	direction?: Direction;
}

/** The range a view was asked to show, in its own words, and the domain that showed it. */
interface AskedRange {
	from: string;
	to: string;
	domain: Domain;
}

export class TimelineView {
	readonly timeline: BrowserTimeline;
	/** What a view of this timeline may name. */
	readonly context: ViewContext;
	readonly byId: Map<string, TimelineEvent>;

	/** The open event. */
	event: string | undefined = $state();
	/** The chosen claim, whose events are marked by relation. */
	claim: string | undefined = $state();
	/** The chosen reference, whose citing events are marked. */
	ref: string | undefined = $state();
	/** The lanes shown; undefined means all. */
	lanes: string[] | undefined = $state();
	/** Search over titles and summaries. */
	q: string | undefined = $state();
	/** The event the keyboard is on in the chart (not part of the URL). */
	focused: string | undefined = $state();
	/** The visible range, [start, end) in UTC ms. */
	domain: Domain = $state.raw([0, 1]);
	/** Which way time runs on the chart: right to left in a right-to-left language unless asked. */
	direction: Direction = $state('ltr');
	/** The direction a view has unless its URL names one. */
	readonly usualDirection: Direction;

	#asked: AskedRange | undefined = $state.raw();
	/** Set by the chart's zoom behaviour while it is attached. */
	camera: Camera | undefined;
	readonly #history: boolean;
	#recording = false;

	readonly details: EventDetails | undefined;
	/** How dates are written: in the calendar the view names, or the language's usual one. */
	readonly dates: DateWriting;
	/** The events the lanes and search let through, in time order. */
	readonly shown = $derived.by(() =>
		visibleEvents(this.timeline.events, this, (event) => this.details?.summaryText(event.id) ?? '')
	);
	readonly shownLanes = $derived.by(() => lanesShown(this.timeline.lanes, this));
	/** How each shown event relates to the chosen claim or reference. */
	readonly emphasis = $derived.by(() =>
		emphasisOf(this.shown, this, (event) => this.details?.sources(event.id))
	);
	readonly selected = $derived.by(() => (this.event ? this.byId.get(this.event) : undefined));

	constructor(timeline: BrowserTimeline, options: ViewOptions = {}) {
		this.timeline = timeline;
		this.context = viewContextOf(timeline);
		// Fixed for the view's life: nothing to observe.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.byId = new Map(timeline.events.map((event) => [event.id, event]));
		this.#history = options.history ?? false;
		this.details = options.details;
		this.dates = new DateWriting(options.language, options.calendar);
		this.usualDirection = options.direction ?? currentLanguage().dir;
		this.direction = this.usualDirection;
		this.domain = fullDomain(timeline.span);
		if (options.initial) this.apply(options.initial, false);
	}

	/** Whether the view reads the events' details: a search, a chosen reference or an open event. */
	get needsDetails(): boolean {
		return !!(this.q || this.ref || this.event);
	}

	/** Whether the chart shows less than the whole timeline. */
	get zoomed(): boolean {
		return !sameDomain(this.domain, fullDomain(this.timeline.span));
	}

	/** The visible range for a URL: as it was asked for while it is shown, else to the day. */
	get range(): { from: string; to: string } | undefined {
		if (!this.zoomed) return undefined;
		const asked = this.#asked;
		if (asked && sameDomain(asked.domain, this.domain)) return { from: asked.from, to: asked.to };
		return rangeOf({ start: this.domain[0], end: this.domain[1] });
	}

	/** The whole view as a plain value: what a URL or a message carries. */
	get state(): ViewState {
		return withoutEmpty({
			...this.range,
			event: this.event,
			claim: this.claim,
			ref: this.ref,
			lanes: this.lanes ? [...this.lanes] : undefined,
			q: this.q,
			cal: this.dates.calendar === this.dates.usual ? undefined : this.dates.calendar,
			dir: this.direction === this.usualDirection ? undefined : this.direction
		});
	}

	/** Shows a view: its choices at once, its range (or the whole timeline) animated if asked. */
	apply(view: ViewState, animate: boolean): void {
		this.event = view.event;
		this.claim = view.claim;
		this.ref = view.ref;
		this.lanes = view.lanes;
		this.q = view.q;
		this.dates.choose(view.cal ?? this.dates.usual);
		this.direction = view.dir ?? this.usualDirection;
		const span = viewSpan(view);
		if (span && view.from && view.to) {
			const domain = clampDomain(this.timeline.span, [span.start, span.end]);
			this.#asked = { from: view.from, to: view.to, domain };
			this.#move(domain, animate);
		} else {
			this.#asked = undefined;
			this.#move(fullDomain(this.timeline.span), animate);
		}
	}

	/** Changes some choices (not the range) and records the result. */
	update(patch: Partial<Omit<ViewState, 'from' | 'to'>>, mode: 'push' | 'replace' = 'push'): void {
		for (const key of ['event', 'claim', 'ref', 'lanes', 'q'] as const) {
			if (!(key in patch)) continue;
			const value = patch[key];
			if (key === 'lanes') this.lanes = value as string[] | undefined;
			else this[key] = (value as string | undefined) || undefined;
		}
		if (patch.cal) this.dates.choose(patch.cal);
		this.#record(mode);
	}

	/** Where the zoom behaviour (a gesture or an animated move) has brought the range. */
	setDomain(domain: Domain): void {
		this.domain = clampDomain(this.timeline.span, domain);
	}

	/** Shows a time range, animated unless the reader prefers reduced motion. */
	show(domain: Domain, animate = true): void {
		this.#move(clampDomain(this.timeline.span, domain), animate);
	}

	/** Zooms by `factor` about the focused or open event when it is in view, else the centre. */
	zoomBy(factor: number): void {
		const [start, end] = this.domain;
		const around = this.byId.get(this.focused ?? this.event ?? '')?.mid;
		const at =
			around !== undefined && around >= start && around <= end ? around : (start + end) / 2;
		if (this.camera) this.camera.scaleBy(factor, at);
		else this.domain = scaleDomain(this.timeline.span, this.domain, factor, at);
	}

	/** The whole timeline again. */
	reset(): void {
		this.#move(fullDomain(this.timeline.span), true);
	}

	/**
	 * Brings an event into view: centred, at the same zoom, when it lies outside the range (or
	 * within `margin` of its edges, as a share of the width); animated unless `animate` is false.
	 */
	reveal(id: string, margin = 0, animate = true): void {
		const mid = this.byId.get(id)?.mid;
		if (mid === undefined) return;
		const [start, end] = this.domain;
		const edge = (end - start) * margin;
		if (mid >= start + edge && mid <= end - edge) return;
		this.#move(centreDomain(this.timeline.span, this.domain, mid), animate);
	}

	/** A gesture or animated move has ended: a good moment to record the range. */
	settle(): void {
		this.#record('replace');
	}

	/** Takes the view from the page's URL, then records each change there and follows back and forward. */
	connectUrl(): () => void {
		const read = (animate: boolean) =>
			// Read once, right away: nothing to observe.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.apply(parseView(new URLSearchParams(location.search), this.context), animate);
		read(false);
		const follow = () => read(true);
		window.addEventListener('popstate', follow);
		// The router takes history entries only once the page has mounted.
		void tick().then(() => (this.#recording = this.#history));
		return () => {
			window.removeEventListener('popstate', follow);
			this.#recording = false;
		};
	}

	/** The address of this view: `href` with its query replaced. */
	href(href: string): string {
		return viewHref(href, this.state);
	}

	#move(domain: Domain, animate: boolean): void {
		if (this.camera) this.camera.moveTo(domain, animate && !prefersReducedMotion.current);
		else this.domain = domain;
	}

	#record(mode: 'push' | 'replace'): void {
		if (!this.#recording) return;
		const url = this.href(location.href);
		if (url === location.href) return;
		// Same page, new query: nothing to resolve against the base path.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (mode === 'push') pushState(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else replaceState(url, {});
	}
}
