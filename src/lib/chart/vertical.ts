// The timeline as it runs down a phone: one block per year with events, in time order, each block
// coloured by the period in force (its rail) and opened by the periods that begin in it; milestones
// stand among the events at their dates; a crowded year shows its most important events and folds
// the rest.
import { GREGORIAN_YEARS, type CalendarYears } from '../dates/calendar-years';
import type { Milestone, Period, TimelineEvent } from '../model/timeline';

/** A year with more events than this shows this many and folds the rest. */
export const SHOWN_PER_YEAR = 4;

export type BlockItem =
	{ kind: 'event'; event: TimelineEvent } | { kind: 'milestone'; milestone: Milestone };

export interface YearBlock {
	year: number;
	/** The period in force in the middle of the year (periods in time order), whose discourse colours the rail. */
	period: Period | undefined;
	/** Periods that begin this year, named at the top of the block. */
	starts: Period[];
	/** What the block shows, in time order. */
	items: BlockItem[];
	/** The year's other events, in time order: folded until asked for. */
	folded: TimelineEvent[];
}

/** The events a crowded year shows: milestones' events first, then by importance, then the earliest. */
function keep(events: TimelineEvent[], pinned: ReadonlySet<string>): Set<TimelineEvent> {
	if (events.length <= SHOWN_PER_YEAR + 1) return new Set(events);
	const rank = (e: TimelineEvent) => (pinned.has(e.id) ? 10 : 0) + e.importance;
	const ranked = [...events].sort((a, b) => rank(b) - rank(a) || a.span.start - b.span.start);
	return new Set(ranked.slice(0, SHOWN_PER_YEAR));
}

/**
 * Year blocks for `events` (in time order), each event under the year it starts in (of the calendar
 * dates are written in). A milestone joins the block of its year, before the first event that comes
 * after it; a year with only a milestone gets a block of its own.
 */
export function yearBlocks(
	events: readonly TimelineEvent[],
	milestones: readonly Milestone[],
	periods: readonly Period[],
	calendar: CalendarYears = GREGORIAN_YEARS
): YearBlock[] {
	const { yearOf } = calendar;
	const byYear = new Map<number, TimelineEvent[]>();
	for (const event of events) {
		const year = yearOf(event.span.start);
		byYear.set(year, [...(byYear.get(year) ?? []), event]);
	}
	const milestonesByYear = new Map<number, Milestone[]>();
	for (const milestone of milestones) {
		const year = yearOf(milestone.at);
		milestonesByYear.set(year, [...(milestonesByYear.get(year) ?? []), milestone]);
	}
	const pinned = new Set(milestones.flatMap((m) => (m.event ? [m.event] : [])));
	const years = [...new Set([...byYear.keys(), ...milestonesByYear.keys()])].sort((a, b) => a - b);

	return years.map((year) => {
		const all = byYear.get(year) ?? [];
		const shown = keep(all, pinned);
		const items: BlockItem[] = [];
		const marks = [...(milestonesByYear.get(year) ?? [])];
		for (const event of all) {
			// A milestone an event dates comes just before that event.
			while (marks.length && (marks[0]!.at <= event.span.start || marks[0]!.event === event.id))
				items.push({ kind: 'milestone', milestone: marks.shift()! });
			if (shown.has(event)) items.push({ kind: 'event', event });
		}
		for (const milestone of marks) items.push({ kind: 'milestone', milestone });
		const middle = (calendar.startOf(year) + calendar.startOf(year + 1)) / 2;
		return {
			year,
			// Where two overlap, the one that began later is the one in force.
			period: periods.findLast((p) => p.span.start <= middle && middle < p.span.end),
			starts: periods.filter((p) => yearOf(p.span.start) === year),
			items,
			folded: all.filter((event) => !shown.has(event))
		};
	});
}
