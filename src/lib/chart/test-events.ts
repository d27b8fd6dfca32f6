// Small hand-made events for the chart's unit tests, built by the model so they carry what it computes.
import { buildEvent } from '../model/build';
import type { ModelEvent } from '../model/timeline';

/** An event with just what the chart reads; `when` is "2015" or a range "2001/2025-03". */
export function event(
	id: string,
	when: string,
	lane = 'a',
	extra: Partial<ModelEvent> = {}
): ModelEvent {
	const [start, end] = when.split('/');
	// Dates given in `extra` win, and go through the model so the span and middle follow them.
	const date = extra.date?.iso ?? (start as string);
	const last = extra.end?.iso ?? end;
	const built = buildEvent({
		id,
		date,
		...(last ? { end: last } : {}),
		title: `Event ${id}`,
		summary: `Summary of ${id}`,
		lane,
		sources: [{ ref: 'r1' }],
		claims: []
	});
	return { ...built, ...extra };
}
