// The overview strip's marks: one per occupied pixel column, so thousands of events stay cheap to draw.
import type { TimelineEvent } from '../model/timeline';
import { spanOf } from './time-scale';

/** The distinct pixel columns (rounded) where events sit, under `scale`. */
export function eventColumns(events: TimelineEvent[], scale: (time: number) => number): number[] {
	const seen = new Set<number>();
	for (const event of events) {
		const { start, end } = spanOf(event.date, event.end);
		seen.add(Math.round(scale((start + end) / 2)));
	}
	return [...seen].sort((a, b) => a - b);
}

/** A window on the overview, in pixels. */
export interface Window {
	x0: number;
	x1: number;
}

/** Under this many pixels of movement, pressing on the overview is a click: it centres the window there. */
export const CLICK_SLOP = 3;

/**
 * The window a gesture on the overview asks for. `move` drags the current window (clamped to the
 * strip); `draw` spans from where the pointer went down to where it is, and a mere click centres the
 * current window's width on the click.
 */
export function brushWindow(
	mode: 'move' | 'draw',
	down: number,
	now: number,
	current: Window,
	width: number
): Window {
	const size = current.x1 - current.x0;
	if (mode === 'move' || Math.abs(now - down) < CLICK_SLOP) {
		const shift = mode === 'move' ? now - down : down - (current.x0 + size / 2);
		const x0 = Math.max(0, Math.min(width - size, current.x0 + shift));
		return { x0, x1: x0 + size };
	}
	return { x0: Math.max(0, Math.min(down, now)), x1: Math.min(width, Math.max(down, now)) };
}
