// Axis ticks that follow the zoom: decades, years, months or days, each labelled at its own grain.
import { textWidth } from './labels';
import type { TimeScale } from './time-scale';

export interface Tick {
	/** UTC milliseconds. */
	time: number;
	x: number;
	label: string;
	/** A year boundary when the ticks are months or days: drawn stronger and labelled with the year. */
	major: boolean;
}

type Grain = 'year' | 'month' | 'day';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	timeZone: 'UTC'
});

/** Pixels each tick label needs, so labels never collide. */
export const TICK_SPACING = 90;

function grainOf(times: number[]): Grain {
	const dates = times.map((t) => new Date(t));
	if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
	if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
	return 'day';
}

function labelOf(time: number, grain: Grain, first: boolean): { label: string; major: boolean } {
	const date = new Date(time);
	const newYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
	if (grain === 'year') return { label: String(date.getUTCFullYear()), major: true };
	if (grain === 'month') {
		const major = newYear;
		return { label: major || first ? MONTH_YEAR.format(date) : MONTH.format(date), major };
	}
	const newMonth = date.getUTCDate() === 1;
	if (newYear || first)
		return { label: `${DAY_MONTH.format(date)} ${date.getUTCFullYear()}`, major: newYear };
	return { label: newMonth ? MONTH.format(date) : DAY_MONTH.format(date), major: false };
}

/** Pixels kept clear between one label's end and the next tick. */
const LABEL_GAP = 10;

function fits(ticks: Tick[]): boolean {
	return ticks.every((tick, i) => {
		const next = ticks[i + 1];
		return !next || tick.x + 3 + textWidth(tick.label) + LABEL_GAP <= next.x;
	});
}

/**
 * Ticks for a scale `width` pixels wide; the first tick carries the year when the grain is finer.
 * Round calendar intervals near the asked count are used; fewer are asked for until no two labels collide.
 */
export function axisTicks(scale: TimeScale, width: number): Tick[] {
	let ticks: Tick[] = [];
	for (let count = Math.max(2, Math.floor(width / TICK_SPACING)); count >= 1; count--) {
		const times = scale.ticks(count).map((d) => d.getTime());
		const grain = grainOf(times);
		ticks = times.map((time, index) => ({
			time,
			x: scale(time),
			...labelOf(time, grain, index === 0)
		}));
		if (fits(ticks)) break;
	}
	return ticks;
}
