// How a view writes dates: in the calendar the reader chose. Gregorian dates are the model's own
// labels; Solar Hijri ones are written by a part loaded the first time that calendar is chosen
// (format/solar-hijri-writer.ts), and until it is here the Gregorian labels stand in.
import { getContext, setContext } from 'svelte';
import type { PartialDate } from '../dates/partial-date';
import type { SolarHijriWriter } from '../format/solar-hijri-writer';
import type { LabelledDate } from '../model/timeline';
import type { Calendar } from './calendar';

export class DateWriting {
	/** The calendar dates are written in. */
	calendar: Calendar = $state('gregorian');
	/** The calendar a view has unless it names one: its language's. */
	readonly usual: Calendar;
	readonly #language: string;
	#solarHijri: SolarHijriWriter | undefined = $state.raw();
	#loading: Promise<SolarHijriWriter> | undefined;

	constructor(language = 'en', usual: Calendar = 'gregorian') {
		this.#language = language;
		this.usual = usual;
		this.choose(usual);
	}

	/** Writes dates in `calendar` from now on (once its part has loaded). */
	choose(calendar: Calendar): void {
		this.calendar = calendar;
		if (calendar === 'persian') void this.solarHijri();
	}

	/** The Solar Hijri writer, loaded once. */
	solarHijri(): Promise<SolarHijriWriter> {
		this.#loading ??= import('../format/solar-hijri-writer').then((module) => {
			const writer = module.solarHijriWriter(this.#language);
			this.#solarHijri = writer;
			return writer;
		});
		return this.#loading;
	}

	/** The Solar Hijri writer when it is the chosen calendar's and has loaded. */
	get writer(): SolarHijriWriter | undefined {
		return this.calendar === 'persian' ? this.#solarHijri : undefined;
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
	 * A date or range in the calendar not chosen, for an event's detail: undefined until the Solar
	 * Hijri part is here (`solarHijri()` loads it).
	 */
	other(start: LabelledDate, end?: LabelledDate): string | undefined {
		const solar = this.#solarHijri;
		if (!solar) return undefined;
		const label = (date: LabelledDate) =>
			this.calendar === 'persian' ? date.label : solar.label(date as PartialDate);
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
