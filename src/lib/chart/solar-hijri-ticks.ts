// Axis ticks in the Solar Hijri calendar: on 1 Farvardin (Nowruz) for years, on month starts for
// months, on day boundaries within a Solar Hijri month for days. date-fns-jalali finds the
// boundaries; d3's time scale places them. Labels at the ticks' own grain, with the year on the
// first tick and at each Nowruz, as the Gregorian axis does (ticks.ts).
import {
	eachDayOfInterval,
	eachMonthOfInterval,
	eachYearOfInterval,
	format,
	getDate,
	getMonth,
	getYear,
	startOfYear
} from 'date-fns-jalali';
import { UTCDate } from '@date-fns/utc';
import type { CalendarYears } from '../dates/calendar-years';
import { localDigits } from '../format/digits';
import { SOLAR_HIJRI_FA, type SolarHijriLocale } from '../format/solar-hijri';
import { anchorOf, DAY, fits, TICK_SPACING, type Tick } from './ticks';
import type { TimeScale } from './time-scale';

type Grain = 'year' | 'month' | 'day';

interface Step {
	grain: Grain;
	every: number;
	/** About how long one step lasts, to skip steps far too fine for the width. */
	length: number;
}

const YEAR = 365.2422 * DAY;
const MONTH = YEAR / 12;

/** From finest to coarsest: days, months (seasons, halves), years (up to centuries). */
const STEPS: Step[] = [
	...[1, 2, 5, 10].map((every) => ({ grain: 'day' as const, every, length: every * DAY })),
	...[1, 3, 6].map((every) => ({ grain: 'month' as const, every, length: every * MONTH })),
	...[1, 2, 5, 10, 20, 50, 100].map((every) => ({
		grain: 'year' as const,
		every,
		length: every * YEAR
	}))
];

/** The boundaries of a step inside [start, end]. */
function boundaries(step: Step, start: number, end: number): Date[] {
	const interval = { start: new UTCDate(start), end: new UTCDate(end) };
	const inside = (date: Date) => date.getTime() >= start && date.getTime() <= end;
	if (step.grain === 'year')
		return eachYearOfInterval(interval).filter((d) => inside(d) && getYear(d) % step.every === 0);
	if (step.grain === 'month')
		return eachMonthOfInterval(interval).filter((d) => inside(d) && getMonth(d) % step.every === 0);
	// Days 1, 6, 11… of each month, never so near its end that the next month's 1 crowds it.
	return eachDayOfInterval(interval).filter((d) => {
		const day = getDate(d);
		return (day - 1) % step.every === 0 && (step.every === 1 || day - 1 + step.every <= 30);
	});
}

function labelOf(
	date: Date,
	grain: Grain,
	first: boolean,
	{ language, locale }: SolarHijriLocale
): { label: string; major: boolean } {
	const at = (pattern: string) => localDigits(format(date, pattern, { locale }), language);
	const nowruz = getMonth(date) === 0 && getDate(date) === 1;
	if (grain === 'year') return { label: at('y'), major: true };
	if (grain === 'month') return { label: at(nowruz || first ? 'MMMM y' : 'MMMM'), major: nowruz };
	if (nowruz || first) return { label: at('d MMMM y'), major: nowruz };
	return { label: at(getDate(date) === 1 ? 'MMMM' : 'd MMMM'), major: false };
}

/**
 * Ticks for a scale `width` pixels wide on Solar Hijri boundaries: the finest step whose labels
 * all fit, with at most one label per TICK_SPACING pixels.
 */
export function solarHijriTicks(
	scale: TimeScale,
	width: number,
	locale: SolarHijriLocale = SOLAR_HIJRI_FA
): Tick[] {
	const [start, end] = scale.domain().map((d) => d.getTime()) as [number, number];
	const most = Math.max(1, Math.floor(width / TICK_SPACING));
	let ticks: Tick[] = [];
	for (const step of STEPS) {
		if ((end - start) / step.length > most * 1.5) continue;
		const dates = boundaries(step, start, end);
		if (dates.length > most) continue;
		ticks = dates.map((date, index) => {
			const { label, major } = labelOf(date, step.grain, index === 0, locale);
			const x = scale(date);
			return { time: date.getTime(), x, label, major, anchor: anchorOf(x, label, width) };
		});
		if (fits(ticks)) break;
	}
	return ticks;
}

/** Solar Hijri years, from Nowruz to Nowruz: year Y begins in March of the Gregorian year Y + 621. */
export const SOLAR_HIJRI_YEARS: CalendarYears = {
	yearOf: (time) => getYear(new UTCDate(time)),
	startOf: (year) => startOfYear(new UTCDate(Date.UTC(year + 621, 5, 1))).getTime()
};
