// A sideways swipe on a touch screen: left for the next step, right for the previous one.
import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';

/** Shorter than this (px), a touch is a tap or a wobble. */
const MIN_DISTANCE = 50;

export function swipeDirection(dx: number, dy: number): 'next' | 'previous' | undefined {
	if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < 1.5 * Math.abs(dy)) return undefined;
	return dx < 0 ? 'next' : 'previous';
}

/** Calls `onswipe` for each sideways touch swipe on the element it is attached to. */
export const swipe =
	(onswipe: (direction: 'next' | 'previous') => void): Attachment<HTMLElement> =>
	(element) => {
		let start: { id: number; x: number; y: number } | undefined;
		const down = (event: PointerEvent) => {
			if (event.pointerType === 'touch' && event.isPrimary)
				start = { id: event.pointerId, x: event.clientX, y: event.clientY };
		};
		const up = (event: PointerEvent) => {
			if (!start || event.pointerId !== start.id) return;
			const direction = swipeDirection(event.clientX - start.x, event.clientY - start.y);
			start = undefined;
			if (direction) onswipe(direction);
		};
		const cancel = () => (start = undefined);
		const off = [
			on(element, 'pointerdown', down),
			on(element, 'pointerup', up),
			on(element, 'pointercancel', cancel)
		];
		return () => off.forEach((stop) => stop());
	};
