// A timeline with its dates written again, in another language or calendar: the server writes each
// page's dates in its language's usual calendar (Russian, Solar Hijri in Persian) with the same
// model, so the page's data carries them as the English page carries its own.
import type { PartialDate } from '../dates/partial-date';
import type { LabelledDate, Timeline } from './timeline';
import { when } from './when';

export interface DateLabels {
	label(date: PartialDate): string;
	duration(start: PartialDate, end: PartialDate): string;
}

export function relabel<T extends Timeline>(timeline: T, labels: DateLabels): T {
	const again = (date: LabelledDate): LabelledDate => ({ ...date, label: labels.label(date) });
	const events = timeline.events.map((event) => {
		const date = again(event.date);
		const end = event.end ? again(event.end) : undefined;
		return { ...event, date, ...(end ? { end } : {}), when: when(date, end) };
	});
	const byId = new Map(events.map((event) => [event.id, event]));
	return {
		...timeline,
		events,
		periods: timeline.periods.map((period) => {
			const start = again(period.start);
			const end = again(period.end);
			return {
				...period,
				start,
				end,
				when: when(start, end),
				length: labels.duration(start, end)
			};
		}),
		milestones: timeline.milestones.map((milestone) => {
			const event = milestone.event ? byId.get(milestone.event) : undefined;
			const date = event ? event.date : again(milestone.date);
			return { ...milestone, date, when: event ? event.when : date.label };
		})
	};
}
