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
