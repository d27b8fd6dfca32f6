// Behaviours loaded after the chart is drawn, so the page's first load stays small: d3-zoom's
// gestures just after first paint, the chart's keys and clicks the first time the reader reaches for
// them. An input that comes before its behaviour arrives is held and played to it, so no wheel, press,
// click or key is lost.
import type { Attachment } from 'svelte/attachments';
import { listenerHost } from './listener-host';
import type { ChartModel } from '$lib/components/chart/chart-model.svelte';
import type { Strip } from './overview-brush.svelte';
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
	/**
	 * Load on first use rather than just after first paint: at the first held event, or the first of
	 * these (which go on as usual), whichever comes first.
	 */
	onFirstUse?: readonly string[];
	/**
	 * Play a held pointer event to what is under the pointer once the behaviour is attached (which
	 * may have drawn something there), not to where it first landed.
	 */
	retarget?: boolean;
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
		let loading = false;
		const start = () => {
			if (loading) return;
			loading = true;
			for (const type of holding.onFirstUse ?? [])
				listenerHost(svg, type).removeEventListener(type, start);
			void (holding.onFirstUse ? Promise.resolve() : afterPaint()).then(load).then((behaviour) => {
				release();
				if (stopped) return;
				detach = behaviour(svg);
				for (const event of held) {
					if (holding.replay && !holding.replay(event, held)) continue;
					const under =
						holding.retarget && event instanceof MouseEvent
							? document.elementFromPoint(event.clientX, event.clientY)
							: undefined;
					(under ?? event.target ?? svg).dispatchEvent(copyOf(event));
				}
			});
		};
		const hold = (event: Event) => {
			if (holding.prevent(event)) event.preventDefault();
			held.push(event);
			start();
		};
		for (const type of holding.types) svg.addEventListener(type, hold, { passive: false });
		const release = () => {
			for (const type of holding.types) svg.removeEventListener(type, hold);
		};
		if (holding.onFirstUse) {
			for (const type of holding.onFirstUse) listenerHost(svg, type).addEventListener(type, start);
		} else start();

		return () => {
			stopped = true;
			release();
			for (const type of holding.onFirstUse ?? [])
				listenerHost(svg, type).removeEventListener(type, start);
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

/**
 * Attaches the chart's keys and clicks once their module has loaded: the first time the chart is
 * focused, pressed, clicked or keyed.
 */
export function keysWhenReady(
	chart: ChartModel,
	onselect: (id: string | undefined) => void
): Attachment<SVGSVGElement> {
	return attachWhenReady(
		() => import('./chart-keys').then(({ chartKeys }) => chartKeys(chart, onselect)),
		{
			types: ['click', 'keydown'],
			onFirstUse: ['focusin', 'pointerdown'],
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

/**
 * Attaches d3-brush to the overview strip the first time the pointer comes over it: a press that
 * comes before the brush has loaded is played to it, so the first drag or click is not lost.
 */
export function brushWhenUsed(
	strip: Strip,
	layer: () => SVGGElement | undefined
): Attachment<SVGSVGElement> {
	return attachWhenReady(
		() =>
			import('./overview-brush.svelte').then(({ attachBrush }) => () => {
				const g = layer();
				return g ? attachBrush(g, strip) : undefined;
			}),
		{
			types: ['mousedown', 'mouseup'],
			prevent: (event) => event.type === 'mousedown',
			onFirstUse: ['pointerover', 'pointerdown'],
			retarget: true
		}
	);
}
