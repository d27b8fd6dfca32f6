// Axis ticks that follow the zoom: d3's calendar ticks (decades, years, months, weeks, days), each
// labelled by d3-time-format (which d3's time scale carries anyway) at its own grain, with the year
// on the first tick and on each new year.
import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';
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

export const DAY = 86_400_000;

/** Pixels each tick label needs, so labels never collide. */
export const TICK_SPACING = 90;

/** How the axis writes dates in a language: d3-time-format's locale for it. */
export type AxisLocale = TimeLocaleDefinition;
/** British English, as d3-time-format's locale/en-GB.json defines it (a JSON file its package
 * exports but Node's server build cannot import without an import attribute). */
export const AXIS_EN_GB: AxisLocale = {
	dateTime: '%a %e %b %X %Y',
	date: '%d/%m/%Y',
	time: '%H:%M:%S',
	periods: ['AM', 'PM'],
	days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
	shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
	months: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	],
	shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/** The axis locale for English pages (other languages': format/calendar-writers.ts). */
export function axisLocale(language: string | undefined): AxisLocale {
	void language;
	return AXIS_EN_GB;
}

const formatters = new Map<AxisLocale, (pattern: string) => (date: Date) => string>();

/** The UTC formatter of a locale, made once per locale and pattern. */
function formatterOf(locale: AxisLocale): (pattern: string) => (date: Date) => string {
	let formatter = formatters.get(locale);
	if (!formatter) {
		const made = new Map<string, (date: Date) => string>();
		const { utcFormat } = timeFormatLocale(locale);
		formatter = (pattern) =>
			made.get(pattern) ?? made.set(pattern, utcFormat(pattern)).get(pattern)!;
		formatters.set(locale, formatter);
	}
	return formatter;
}

function grainOf(dates: Date[]): Grain {
	if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
	if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
	return 'day';
}

function labelOf(
	date: Date,
	grain: Grain,
	first: boolean,
	locale: AxisLocale
): { label: string; major: boolean } {
	// %-Y: years without padding, so year 50 reads "50".
	const at = (pattern: string) => formatterOf(locale)(pattern)(date);
	const newYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
	if (grain === 'year') return { label: at('%-Y'), major: true };
	if (grain === 'month') return { label: at(newYear || first ? '%b %-Y' : '%b'), major: newYear };
	if (newYear || first) return { label: at('%-d %b %-Y'), major: newYear };
	return { label: at(date.getUTCDate() === 1 ? '%b' : '%-d %b'), major: false };
}

/** Pixels kept clear between one label's end and the next tick. */
const LABEL_GAP = 10;
/** Pixels between a tick's line and its label. */
const LABEL_OFFSET = 3;

/** The side a label goes: right of its line, or left where the plot is too narrow for it. */
export function anchorOf(x: number, label: string, width: number): Tick['anchor'] {
	return x + LABEL_OFFSET + textWidth(label) <= width ? 'start' : 'end';
}

/** The pixels a tick's label covers. */
export function labelExtent(tick: Tick): [number, number] {
	const size = textWidth(tick.label);
	return tick.anchor === 'start'
		? [tick.x + LABEL_OFFSET, tick.x + LABEL_OFFSET + size]
		: [tick.x - LABEL_OFFSET - size, tick.x - LABEL_OFFSET];
}

/** True when no two labels collide. */
export function fits(ticks: Tick[]): boolean {
	return ticks.every((tick, i) => {
		const next = ticks[i + 1];
		return !next || labelExtent(tick)[1] + LABEL_GAP <= labelExtent(next)[0];
	});
}

/**
 * Ticks for a scale `width` pixels wide. d3 picks round calendar intervals near the asked count;
 * fewer are asked for until no two labels collide.
 */
export function axisTicks(
	scale: TimeScale,
	width: number,
	locale: AxisLocale = AXIS_EN_GB
): Tick[] {
	let ticks: Tick[] = [];
	const [start, end] = scale.domain().map((d) => d.getTime()) as [number, number];
	// Never finer than a day: the data has no times of day.
	const most = Math.max(
		1,
		Math.min(Math.floor(width / TICK_SPACING), Math.floor((end - start) / DAY))
	);
	for (let count = Math.max(Math.min(2, most), most); count >= 1; count--) {
		const dates = scale.ticks(count);
		const grain = grainOf(dates);
		ticks = dates.map((date, index) => {
			const { label, major } = labelOf(date, grain, index === 0, locale);
			const x = scale(date);
			return { time: date.getTime(), x, label, major, anchor: anchorOf(x, label, width) };
		});
		if (fits(ticks)) break;
	}
	return ticks;
}
