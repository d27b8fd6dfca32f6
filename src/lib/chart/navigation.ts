// Keyboard moves through the chart: along time (Left/Right, Home/End) and across lanes (Up/Down).
import { least } from 'd3-array';
import type { TimelineEvent } from '../model/timeline';

export type Move = 'next' | 'previous' | 'first' | 'last' | 'up' | 'down';

/**
 * The event a move lands on, from `current` among `events` (time order) in lanes `laneOrder`.
 * Up and down go to the nearest lane above or below that has events, to its event nearest in time.
 * Returns the current id when there is nowhere to go, undefined when there are no events.
 */
export function moveFrom(
	events: TimelineEvent[],
	laneOrder: readonly string[],
	current: string | undefined,
	move: Move
): string | undefined {
	if (events.length === 0) return undefined;
	const index = events.findIndex((e) => e.id === current);
	const at = events[index];
	if (move === 'first' || (at === undefined && move !== 'last' && move !== 'previous'))
		return events[0]?.id;
	if (move === 'last' || at === undefined) return events[events.length - 1]?.id;
	if (move === 'next') return events[Math.min(events.length - 1, index + 1)]?.id;
	if (move === 'previous') return events[Math.max(0, index - 1)]?.id;

	const lanes = laneOrder.filter((lane) => events.some((e) => e.lane === lane));
	const step = move === 'down' ? 1 : -1;
	const lane = lanes[lanes.indexOf(at.lane) + step];
	if (lane === undefined) return at.id;
	const nearest = least(
		events.filter((event) => event.lane === lane),
		(event) => Math.abs(event.mid - at.mid)
	);
	return nearest?.id ?? at.id;
}
