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
	/** Which side of its line the label sits: the right, unless the plot ends before the label would. */
	anchor: 'start' | 'end';
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
/** Pixels between a tick's line and its label. */
const LABEL_OFFSET = 3;

/** The side a label goes: right of its line, or left where the plot is too narrow for it. */
function anchorOf(x: number, label: string, width: number): Tick['anchor'] {
	return x + LABEL_OFFSET + textWidth(label) <= width ? 'start' : 'end';
}

/** The pixels a tick's label covers. */
export function labelExtent(tick: Tick): [number, number] {
	const size = textWidth(tick.label);
	return tick.anchor === 'start'
		? [tick.x + LABEL_OFFSET, tick.x + LABEL_OFFSET + size]
		: [tick.x - LABEL_OFFSET - size, tick.x - LABEL_OFFSET];
}

function fits(ticks: Tick[]): boolean {
	return ticks.every((tick, i) => {
		const next = ticks[i + 1];
		return !next || labelExtent(tick)[1] + LABEL_GAP <= labelExtent(next)[0];
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
		ticks = times.map((time, index) => {
			const { label, major } = labelOf(time, grain, index === 0);
			const x = scale(time);
			return { time, x, label, major, anchor: anchorOf(x, label, width) };
		});
		if (fits(ticks)) break;
	}
	return ticks;
}
