// How a view writes dates: in the calendar the reader chose. Dates in the page language's usual
// calendar are the labels the server wrote; the other calendar's are written by a part loaded the
// first time a reader chooses it (format/calendar-writers.ts), and until it is here the usual labels
// stand in.
import { getContext, setContext } from 'svelte';
import type { Tick } from '../chart/ticks';
import type { TimeScale } from '../chart/time-scale';
import type { CalendarWriter } from '../format/calendar-writers';
import type { Language } from '../i18n/languages';
import { GREGORIAN_YEARS, type CalendarYears } from '../dates/calendar-years';
import { currentLanguage, languageAxis, languageYears } from '../i18n/messages';
import type { LabelledDate } from '../model/timeline';
import type { Calendar } from './calendar';

export class DateWriting {
	/** The calendar dates are written in. */
	calendar: Calendar = $state('gregorian');
	/** The calendar a view has unless it names one: its language's. */
	readonly usual: Calendar;
	readonly #language: Language;
	/** The usual calendar's axis (none in English: d3's own ticks). */
	readonly #usualAxis: ((scale: TimeScale, width: number) => Tick[]) | undefined;
	/** The usual calendar's years. */
	readonly #usualYears: CalendarYears;
	#otherWriter: CalendarWriter | undefined = $state.raw();
	#loading: Promise<CalendarWriter> | undefined;

	constructor(language?: Language, usual?: Calendar) {
		const page = currentLanguage();
		this.#language = language ?? page.code;
		this.usual = usual ?? (language ? 'gregorian' : page.calendar);
		this.#usualAxis = language ? undefined : languageAxis();
		this.#usualYears = (language ? undefined : languageYears()) ?? GREGORIAN_YEARS;
		this.choose(this.usual);
	}

	/** Writes dates in `calendar` from now on (once its part has loaded). */
	choose(calendar: Calendar): void {
		this.calendar = calendar;
		if (calendar !== this.usual) void this.loadOther();
	}

	/** The writer of the calendar that is not the usual one, loaded once. */
	loadOther(): Promise<CalendarWriter> {
		const other: Calendar = this.usual === 'persian' ? 'gregorian' : 'persian';
		this.#loading ??= import('../format/calendar-writers').then((module) => {
			const writer = module.calendarWriter(other, this.#language);
			this.#otherWriter = writer;
			return writer;
		});
		return this.#loading;
	}

	/** The writer whose labels replace the server's: the other calendar's, when chosen and here. */
	get writer(): CalendarWriter | undefined {
		return this.calendar === this.usual ? undefined : this.#otherWriter;
	}

	/** The axis's ticks in the chosen calendar; undefined for d3's own (Gregorian, English). */
	get ticks(): ((scale: TimeScale, width: number) => Tick[]) | undefined {
		return this.calendar === this.usual ? this.#usualAxis : this.#otherWriter?.ticks;
	}

	/** The years dates are grouped by (the usual calendar's until the other's part is here). */
	get years(): CalendarYears {
		return this.writer?.years ?? this.#usualYears;
	}

	/** A date as the reader's calendar writes it. */
	label(date: LabelledDate): string {
		return this.writer?.label(date) ?? date.label;
	}

	/** A date or range: "8 Mehr 1394", "2014 – 2016". */
	range(start: LabelledDate, end?: LabelledDate): string {
		return !end || end.iso === start.iso
			? this.label(start)
			: `${this.label(start)} – ${this.label(end)}`;
	}

	/**
	 * A date or range in the calendar not chosen, for an event's detail: undefined until the other
	 * calendar's part is here (`loadOther()` loads it).
	 */
	other(start: LabelledDate, end?: LabelledDate): string | undefined {
		const writer = this.#otherWriter;
		if (!writer) return undefined;
		const label = (date: LabelledDate) =>
			this.calendar === this.usual ? writer.label(date) : date.label;
		return !end || end.iso === start.iso ? label(start) : `${label(start)} – ${label(end)}`;
	}
}

const KEY = Symbol('date-writing');

/** Shares how dates are written (the current view's) with every date drawn inside (DateText). */
export function setDateWriting(dates: () => DateWriting): void {
	setContext(KEY, dates);
}

/** How dates are written here, if a page set it: read while a component starts, called as it draws. */
export function getDateWriting(): () => DateWriting | undefined {
	const dates = getContext<(() => DateWriting) | undefined>(KEY);
	return () => dates?.();
}
