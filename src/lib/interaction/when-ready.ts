// Behaviours loaded just after the chart is drawn, so the page's first load stays small: d3-zoom's
// gestures and the chart's keys and clicks. An input that comes before its behaviour arrives is held
// and played to it, so no wheel, press, click or key is lost.
import type { Attachment } from 'svelte/attachments';
import type { ChartModel } from '$lib/components/chart/chart-model.svelte';
import type { ZoomOptions } from './zoom-gestures.svelte';

/** Keys the chart acts on whose default (scrolling the page) must not happen while they wait. */
const CHART_KEYS = new Set([
	'ArrowRight',
	'ArrowLeft',
	'ArrowUp',
	'ArrowDown',
	'Home',
	'End',
	'+',
	'=',
	'-',
	'_',
	'−',
	'0',
	' '
]);

/**
 * The same event again, for the behaviour that was not listening yet. An event serves as its own
 * init dictionary: its type's constructor reads position, keys, buttons and deltas from it.
 */
function copyOf(event: Event): Event {
	const Type = event.constructor as new (type: string, init: Event) => Event;
	return new Type(event.type, event);
}

/** Resolves once the page has drawn a frame (and so is interactive): then the rest may load. */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The events a behaviour listens for before it has loaded, and what to make of each. */
interface Holding {
	types: readonly string[];
	/** Whether the page must not act on the event while it waits (it is played to the behaviour). */
	prevent: (event: Event) => boolean;
	/** Whether a held event is still worth playing, given all that were held. */
	replay?: (event: Event, held: readonly Event[]) => boolean;
}

/** Attaches the behaviour `load` brings once the page has painted, holding input until then. */
function attachWhenReady(
	load: () => Promise<Attachment<SVGSVGElement>>,
	holding: Holding
): Attachment<SVGSVGElement> {
	return (svg) => {
		let detach: ReturnType<Attachment<SVGSVGElement>>;
		let stopped = false;
		const held: Event[] = [];
		const hold = (event: Event) => {
			if (holding.prevent(event)) event.preventDefault();
			held.push(event);
		};
		for (const type of holding.types) svg.addEventListener(type, hold, { passive: false });
		const release = () => {
			for (const type of holding.types) svg.removeEventListener(type, hold);
		};

		void afterPaint()
			.then(load)
			.then((behaviour) => {
				release();
				if (stopped) return;
				detach = behaviour(svg);
				for (const event of held) {
					if (holding.replay && !holding.replay(event, held)) continue;
					(event.target ?? svg).dispatchEvent(copyOf(event));
				}
			});

		return () => {
			stopped = true;
			release();
			if (typeof detach === 'function') detach();
		};
	};
}

/** Attaches d3-zoom to the chart's SVG once its module has loaded. */
export function zoomWhenReady(chart: ChartModel, options: ZoomOptions): Attachment<SVGSVGElement> {
	return attachWhenReady(
		() =>
			import('./zoom-gestures.svelte').then(
				({ attachZoom }) =>
					(svg) =>
						attachZoom(svg, chart, options)
			),
		{
			types: options.gestures ? ['wheel', 'mousedown', 'mouseup'] : [],
			prevent: (event) => event.type === 'wheel',
			// A press already let go is a click, not the start of a drag.
			replay: (event, held) =>
				event.type !== 'mouseup' &&
				!(event.type === 'mousedown' && held.some((e) => e.type === 'mouseup'))
		}
	);
}

/** Attaches the chart's keys and clicks once their module has loaded. */
export function keysWhenReady(
	chart: ChartModel,
	onselect: (id: string | undefined) => void
): Attachment<SVGSVGElement> {
	return attachWhenReady(
		() => import('./chart-keys').then(({ chartKeys }) => chartKeys(chart, onselect)),
		{
			types: ['click', 'keydown'],
			// Enter on a mark goes on to click its link, which is held in turn.
			prevent: (event) =>
				event.type === 'click' ||
				(event instanceof KeyboardEvent &&
					!event.altKey &&
					!event.ctrlKey &&
					!event.metaKey &&
					CHART_KEYS.has(event.key))
		}
	);
}
