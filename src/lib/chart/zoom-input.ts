// Wheel, drag and pinch on the chart, turned into zoom values (see gestures.ts for the arithmetic).
import { panBy, pinch, wheelFactor, zoomAround } from './gestures';
import type { ZoomValue } from './time-scale';

export interface ZoomInputOptions {
	/** Pointer x (client pixels) as a fraction of the plot's width. */
	toFraction: (clientX: number) => number;
	zoom: () => ZoomValue;
	maxZoom: () => number;
	/** A gesture moved the view. */
	onzoom: (zoom: ZoomValue) => void;
	/** A gesture began (so an animated move can stop) and ended (a good time to record the view). */
	onstart: () => void;
	onend: () => void;
}

/** Pixels a pointer must move before a press becomes a drag (and its click is swallowed). */
const DRAG_SLOP = 4;
/** Wheel events closer together than this are one gesture. */
const WHEEL_IDLE_MS = 150;

/** Listens on `element` for zoom and pan gestures; returns the function that stops listening. */
export function attachZoomInput(element: Element, options: ZoomInputOptions): () => void {
	const pointers = new Map<number, { x: number; startX: number }>();
	let dragging = false;
	let wheelTimer: ReturnType<typeof setTimeout> | undefined;

	const wheel = (event: WheelEvent) => {
		const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
		event.preventDefault();
		if (!wheelTimer) options.onstart();
		const zoom = options.zoom();
		const next = horizontal
			? panBy(zoom, -event.deltaX / Math.max(1, element.getBoundingClientRect().width))
			: zoomAround(
					zoom,
					wheelFactor(event.deltaY, event.deltaMode, event.ctrlKey),
					options.toFraction(event.clientX),
					options.maxZoom()
				);
		options.onzoom(next);
		clearTimeout(wheelTimer);
		wheelTimer = setTimeout(() => {
			wheelTimer = undefined;
			options.onend();
		}, WHEEL_IDLE_MS);
	};

	const down = (event: PointerEvent) => {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		pointers.set(event.pointerId, { x: event.clientX, startX: event.clientX });
	};

	const move = (event: PointerEvent) => {
		const pointer = pointers.get(event.pointerId);
		if (!pointer) return;
		if (!dragging) {
			if (Math.abs(event.clientX - pointer.startX) < DRAG_SLOP && pointers.size < 2) return;
			dragging = true;
			for (const id of pointers.keys()) element.setPointerCapture?.(id);
			options.onstart();
		}
		const zoom = options.zoom();
		if (pointers.size >= 2) {
			const [a, b] = [...pointers.entries()];
			if (!a || !b) return;
			const before: [number, number] = [options.toFraction(a[1].x), options.toFraction(b[1].x)];
			pointer.x = event.clientX;
			const after: [number, number] = [options.toFraction(a[1].x), options.toFraction(b[1].x)];
			options.onzoom(pinch(zoom, before, after, options.maxZoom()));
		} else {
			const dx = options.toFraction(event.clientX) - options.toFraction(pointer.x);
			pointer.x = event.clientX;
			options.onzoom(panBy(zoom, dx));
		}
	};

	const up = (event: PointerEvent) => {
		if (!pointers.delete(event.pointerId)) return;
		if (pointers.size > 0 || !dragging) return;
		dragging = false;
		options.onend();
		// The press moved the view: the click that follows is not a choice of the mark under it.
		const swallow = (click: Event) => {
			click.stopPropagation();
			click.preventDefault();
		};
		element.addEventListener('click', swallow, { capture: true, once: true });
		setTimeout(() => element.removeEventListener('click', swallow, { capture: true }), 0);
	};

	const cancel = (event: PointerEvent) => {
		pointers.delete(event.pointerId);
		if (pointers.size === 0 && dragging) {
			dragging = false;
			options.onend();
		}
	};

	element.addEventListener('wheel', wheel as EventListener, { passive: false });
	element.addEventListener('pointerdown', down as EventListener);
	element.addEventListener('pointermove', move as EventListener);
	element.addEventListener('pointerup', up as EventListener);
	element.addEventListener('pointercancel', cancel as EventListener);
	return () => {
		clearTimeout(wheelTimer);
		element.removeEventListener('wheel', wheel as EventListener);
		element.removeEventListener('pointerdown', down as EventListener);
		element.removeEventListener('pointermove', move as EventListener);
		element.removeEventListener('pointerup', up as EventListener);
		element.removeEventListener('pointercancel', cancel as EventListener);
	};
}
