// Small hand-made events for the chart's unit tests.
import { parsePartialDate } from '../dates/partial-date';
import type { TimelineEvent } from '../model/timeline';

function date(text: string) {
	const result = parsePartialDate(text);
	if (!result.ok) throw new Error(result.error);
	return result.date;
}

/** An event with just what the chart reads. */
export function event(
	id: string,
	when: string,
	lane = 'a',
	extra: Partial<TimelineEvent> = {}
): TimelineEvent {
	const [start, end] = when.split('/');
	return {
		id,
		date: date(start as string),
		...(end ? { end: date(end) } : {}),
		title: `Event ${id}`,
		summary: [],
		summaryText: `Summary of ${id}`,
		lane,
		actors: [],
		sources: [{ ref: 'r1' }],
		claims: [],
		tags: [],
		importance: 1,
		...extra
	};
}
