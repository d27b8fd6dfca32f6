// The zoom behaviour, loaded just after the chart is drawn so the page's first load stays small.
// A wheel or press that comes before it arrives is held and played to it, so no gesture is lost.
import type { Attachment } from 'svelte/attachments';
import type { ChartModel } from '$lib/components/chart/chart-model.svelte';
import type { ZoomOptions } from './zoom-gestures.svelte';

const HELD = ['wheel', 'mousedown', 'mouseup'] as const;

/** The same event again, for the zoom behaviour that was not listening yet. */
function copyOf(event: Event): Event | undefined {
	if (event instanceof WheelEvent)
		return new WheelEvent('wheel', {
			bubbles: true,
			cancelable: true,
			view: window,
			deltaX: event.deltaX,
			deltaY: event.deltaY,
			deltaMode: event.deltaMode,
			clientX: event.clientX,
			clientY: event.clientY,
			ctrlKey: event.ctrlKey
		});
	if (event instanceof MouseEvent)
		return new MouseEvent(event.type, {
			bubbles: true,
			cancelable: true,
			view: window,
			button: event.button,
			buttons: event.buttons,
			clientX: event.clientX,
			clientY: event.clientY,
			screenX: event.screenX,
			screenY: event.screenY
		});
	return undefined;
}

/** Resolves once the page has drawn a frame (and so is interactive): then the rest may load. */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Attaches d3-zoom to the chart's SVG once its module has loaded. */
export function zoomWhenReady(chart: ChartModel, options: ZoomOptions): Attachment<SVGSVGElement> {
	return (svg) => {
		let detach: (() => void) | undefined;
		let stopped = false;
		const held: Event[] = [];
		const hold = (event: Event) => {
			if (event.type === 'wheel') event.preventDefault();
			held.push(event);
		};
		if (options.gestures)
			for (const type of HELD) svg.addEventListener(type, hold, { passive: false });
		const release = () => {
			for (const type of HELD) svg.removeEventListener(type, hold);
		};

		void afterPaint()
			.then(() => import('./zoom-gestures.svelte'))
			.then(({ attachZoom }) => {
				release();
				if (stopped) return;
				detach = attachZoom(svg, chart, options);
				// A press already let go is a click, not the start of a drag.
				const released = held.some((event) => event.type === 'mouseup');
				for (const event of held) {
					if (event.type === 'mouseup' || (event.type === 'mousedown' && released)) continue;
					const copy = copyOf(event);
					if (copy) (event.target ?? svg).dispatchEvent(copy);
				}
			});

		return () => {
			stopped = true;
			release();
			detach?.();
		};
	};
}
