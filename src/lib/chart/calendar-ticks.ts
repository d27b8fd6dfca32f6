// Round UTC calendar instants across a time range, about `count` of them: days, weeks, months,
// quarters, years, or years in steps of 2, 5, 10… The chart never shows less than two weeks, so
// nothing finer than a day is needed.

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

interface Interval {
	/** Roughly how long one step is, to pick the interval nearest the wanted spacing. */
	duration: number;
	/** The first tick at or after `time`. */
	ceil(time: number): number;
	/** The tick after `tick`. */
	next(tick: number): number;
}

function days(step: number): Interval {
	// Days of the month 1, 1 + step, 1 + 2·step… as d3-time's utcDay.every(step) counts them.
	const ok = (t: number) => (new Date(t).getUTCDate() - 1) % step === 0;
	const ceil = (time: number) => {
		let t = Math.ceil(time / DAY) * DAY;
		while (!ok(t)) t += DAY;
		return t;
	};
	return { duration: step * DAY, ceil, next: (tick) => ceil(tick + DAY) };
}

const week: Interval = {
	duration: 7 * DAY,
	// Weeks start on Sunday; 1 January 1970 was a Thursday.
	ceil: (time) => {
		const day = Math.ceil(time / DAY) * DAY;
		return day + ((7 - new Date(day).getUTCDay()) % 7) * DAY;
	},
	next: (tick) => tick + 7 * DAY
};

function months(step: number): Interval {
	const at = (year: number, month: number) => Date.UTC(year, month, 1);
	const ceil = (time: number) => {
		const d = new Date(time);
		let year = d.getUTCFullYear();
		let month = d.getUTCMonth();
		if (at(year, month) < time) month += 1;
		month = Math.ceil(month / step) * step;
		year += Math.floor(month / 12);
		return at(year, month % 12);
	};
	return { duration: step * 30.44 * DAY, ceil, next: (tick) => ceil(tick + DAY) };
}

function years(step: number): Interval {
	const ceil = (time: number) => {
		const d = new Date(time);
		let year = d.getUTCFullYear();
		if (Date.UTC(year, 0, 1) < time) year += 1;
		return Date.UTC(Math.ceil(year / step) * step, 0, 1);
	};
	return { duration: step * YEAR, ceil, next: (tick) => ceil(tick + DAY) };
}

const INTERVALS = [days(1), days(2), week, months(1), months(3), years(1)];

/** 1, 2, 5, 10, 20, 50… years: the nice step nearest `target` years. */
function yearStep(target: number): number {
	const power = 10 ** Math.floor(Math.log10(target));
	const error = target / power;
	return power * (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1);
}

function intervalFor(start: number, end: number, count: number): Interval {
	const target = Math.abs(end - start) / Math.max(1, count);
	if (target > YEAR) return years(yearStep(target / YEAR));
	// The interval whose duration is nearest the target, by ratio.
	let best = INTERVALS[0] as Interval;
	for (const interval of INTERVALS) {
		const ratio = Math.max(interval.duration / target, target / interval.duration);
		const bestRatio = Math.max(best.duration / target, target / best.duration);
		if (ratio < bestRatio) best = interval;
	}
	return best;
}

export function calendarTicks(start: number, end: number, count: number): Date[] {
	if (!(end > start) || !(count > 0)) return [];
	const interval = intervalFor(start, end, count);
	const ticks: Date[] = [];
	for (let t = interval.ceil(start); t <= end; t = interval.next(t)) ticks.push(new Date(t));
	return ticks;
}
