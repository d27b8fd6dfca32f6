// The overview strip's marks: one per occupied pixel column, so thousands of events stay cheap to draw.
import type { TimelineEvent } from '../model/timeline';

/** The distinct pixel columns (rounded) where events sit, under `scale`. */
export function eventColumns(events: TimelineEvent[], scale: (time: number) => number): number[] {
	const seen = new Set<number>();
	for (const event of events) seen.add(Math.round(scale(event.mid)));
	return [...seen].sort((a, b) => a - b);
}

/** Vertical strokes at each column from `top` to `bottom`, as one SVG path. */
export function columnsPath(columns: number[], top: number, bottom: number): string {
	return columns.map((x) => `M${x},${top}V${bottom}`).join('');
}
