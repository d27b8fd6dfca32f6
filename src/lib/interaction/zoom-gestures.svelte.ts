// d3-zoom on the chart's plot: wheel, trackpad pinch (ctrl+wheel), drag and touch pinch move one
// transform, and so do the view's camera moves (keys, buttons, links, story steps), animated by
// d3-transition. The transform is turned into the view's visible range and never read back from it
// except when something else moved the view.
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { prefersReducedMotion } from 'svelte/motion';
import { fullDomain, maxZoom, timeScale, type Domain } from '$lib/chart/time-scale';
import type { ChartModel } from '$lib/components/chart/chart-model.svelte';
import type { Camera } from '$lib/view/timeline-view.svelte';

/** How long a camera move takes. */
const MOVE_MS = 450;
/** How long a zoom by the keys or buttons takes. */
const STEP_MS = 200;
/** A sideways swipe's pause this long ends it, as d3-zoom ends a wheel gesture. */
const SWIPE_END_MS = 150;
/** Pixels a pointer must move before a press becomes a drag (and its click is swallowed). */
const CLICK_DISTANCE = 4;
/** A pause this long after a gesture ends (d3-zoom ends a wheel 150 ms after its last notch): then the view is recorded. */
const SETTLE_MS = 50;

export interface ZoomOptions {
	/** Take wheel, drag and pinch from the reader; false for a chart only a camera moves. */
	gestures: boolean;
}

/** A sideways trackpad swipe pans instead of zooming. */
const sideways = (event: WheelEvent) => Math.abs(event.deltaX) > Math.abs(event.deltaY);

/** Attaches the zoom behaviour to the chart's SVG and gives the view its camera; returns the detach. */
export function attachZoom(
	svg: SVGSVGElement,
	chart: ChartModel,
	options: ZoomOptions
): () => void {
	const span = () => chart.view.timeline.span;
	const base = () => timeScale(fullDomain(span()), chart.width);

	function transformOf(domain: Domain): ZoomTransform {
		const { start, end } = span();
		const k = (end - start) / Math.max(1, domain[1] - domain[0]);
		return zoomIdentity.translate(-k * base()(domain[0]), 0).scale(k);
	}

	function domainOf(transform: ZoomTransform): Domain {
		const [start, end] = transform.rescaleX(base()).domain();
		return [+start!, +end!];
	}

	/** True while the transform is being set to match a view changed elsewhere. */
	let syncing = false;
	/** The range this behaviour last gave the view: nothing to match when the view still holds it. */
	let given: Domain | undefined;
	let pending: Domain | undefined;
	/** Where an animated move is going, until it gets there or the reader takes over. */
	let heading: Domain | undefined;
	let frame = 0;
	let settleTimer: ReturnType<typeof setTimeout> | undefined;

	function flush(): void {
		if (!pending) return;
		chart.view.setDomain(pending);
		given = chart.view.domain;
		pending = undefined;
	}

	/** A frame's work: the gesture's newest range if it moved, else one lane caught up. */
	function tick(): void {
		frame = 0;
		if (pending) flush();
		else if (chart.stale) chart.refresh();
	}

	function schedule(): void {
		frame ||= requestAnimationFrame(tick);
	}

	function settleSoon(): void {
		clearTimeout(settleTimer);
		settleTimer = setTimeout(() => chart.view.settle(), SETTLE_MS);
	}

	const behaviour = zoom<SVGSVGElement, unknown>()
		.extent(() => [
			[0, 0],
			[chart.width, chart.height]
		])
		.clickDistance(CLICK_DISTANCE)
		.filter((event: Event) => {
			if (!options.gestures || event.type === 'dblclick') return false;
			if (event instanceof WheelEvent) return !sideways(event);
			return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
		})
		.wheelDelta(
			(event: WheelEvent) =>
				-event.deltaY *
				(event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
				(event.ctrlKey ? 5 : 1)
		)
		.on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			if (syncing) return;
			// The reader's wheel, drag or pinch (a press may become a drag): lay the lanes out wide
			// enough to be moved and stretched as it goes.
			if (event.sourceEvent) chart.gesturing = true;
		})
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			if (syncing) return;
			pending = domainOf(event.transform);
			// Input can come faster than the screen redraws: a gesture passes on one range a frame.
			if (event.sourceEvent) schedule();
			else flush();
		})
		.on('end', () => {
			if (syncing) return;
			heading = undefined;
			flush();
			// A sideways swipe ends when it pauses, not with each of its wheel events.
			if (!swiping) chart.gesturing = false;
			settleSoon();
		});

	const selection = select(svg);
	selection.call(behaviour).on('dblclick.zoom', null);

	/** Set while a sideways swipe goes on: it ends SWIPE_END_MS after its last wheel event. */
	let swiping: ReturnType<typeof setTimeout> | undefined;

	function pan(event: WheelEvent): void {
		if (!options.gestures || !sideways(event)) return;
		event.preventDefault();
		// A swipe is a gesture like a drag: the lanes are moved, not laid out again, until it pauses.
		chart.gesturing = true;
		clearTimeout(swiping);
		swiping = setTimeout(() => {
			swiping = undefined;
			chart.gesturing = false;
		}, SWIPE_END_MS);
		// Mirrored (time running right to left), a swipe moves the plot the other way in its own units.
		const mirrored = chart.view.direction === 'rtl' ? -1 : 1;
		const unitsPerPixel = chart.outer / Math.max(1, svg.getBoundingClientRect().width);
		behaviour.translateBy(
			selection,
			(-event.deltaX * mirrored * unitsPerPixel) / zoomTransform(svg).k,
			0
		);
	}
	svg.addEventListener('wheel', pan, { passive: false });

	const camera: Camera = {
		scaleBy(factor, at) {
			const point: [number, number] = [chart.scale(at), 0];
			if (prefersReducedMotion.current) behaviour.scaleBy(selection, factor, point);
			else
				selection
					.transition()
					.duration(STEP_MS)
					.ease(easeCubicInOut)
					.call(behaviour.scaleBy, factor, point);
		},
		moveTo(domain, animate) {
			selection.interrupt();
			const target = transformOf(domain);
			heading = animate ? domain : undefined;
			if (!animate) behaviour.transform(selection, target);
			else
				selection
					.transition()
					.duration(MOVE_MS)
					.ease(easeCubicInOut)
					.call(behaviour.transform, target);
		}
	};

	// The transform follows the view when something else moved it, and the plot when it is resized.
	let width = 0;
	const stopSync = $effect.root(() => {
		$effect(() => {
			const view = chart.view;
			view.camera = camera;
			behaviour.scaleExtent([1, maxZoom(view.timeline.span)]);
			return () => {
				if (view.camera === camera) view.camera = undefined;
			};
		});
		// Lanes left behind by a gesture catch up, one a frame.
		$effect(() => {
			void chart.layout.lanes;
			void chart.view.domain;
			if (chart.stale) schedule();
		});
		$effect(() => {
			const domain = chart.view.domain;
			const resized = chart.width !== width;
			width = chart.width;
			behaviour.translateExtent([
				[0, 0],
				[chart.width, chart.height]
			]);
			if (domain === given && !resized) return;
			syncing = true;
			selection.interrupt();
			behaviour.transform(selection, transformOf(domain));
			syncing = false;
			given = domain;
			// A resize in the middle of a move (a new caption changes the stage) goes on with it.
			if (resized && heading) camera.moveTo(heading, true);
		});
	});

	return () => {
		stopSync();
		cancelAnimationFrame(frame);
		flush();
		chart.gesturing = false;
		clearTimeout(settleTimer);
		svg.removeEventListener('wheel', pan);
		clearTimeout(swiping);
		selection.interrupt().on('.zoom', null);
	};
}
