// The overview strip's marks: one per occupied pixel column, so thousands of events stay cheap to draw.
import type { TimelineEvent } from '../model/timeline';

/** The distinct pixel columns (rounded) where events sit, under `scale`. */
export function eventColumns(events: TimelineEvent[], scale: (time: number) => number): number[] {
	const seen = new Set<number>();
	for (const event of events) seen.add(Math.round(scale(event.mid)));
	return [...seen].sort((a, b) => a - b);
}
