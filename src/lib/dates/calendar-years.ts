// Years of a calendar, as the phone's timeline groups events by them: the year an instant falls in,
// and the instant a year begins. Gregorian here; the Solar Hijri years (1 Farvardin to 1 Farvardin)
// come with the part that writes that calendar (chart/solar-hijri-ticks.ts).

export interface CalendarYears {
	/** The year an instant (UTC ms) falls in. */
	yearOf(time: number): number;
	/** The first instant of a year (UTC ms). */
	startOf(year: number): number;
}

export const GREGORIAN_YEARS: CalendarYears = {
	yearOf: (time) => new Date(time).getUTCFullYear(),
	startOf: (year) => {
		const start = new Date(Date.UTC(2000, 0, 1));
		start.setUTCFullYear(year);
		return start.getTime();
	}
};
