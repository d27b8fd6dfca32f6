// How dates are written in each calendar and language: their labels at their own precision, the
// length of a period, and the axis's ticks. The server writes a page's dates in its language's usual
// calendar with these; the browser loads this part only when a reader chooses the other calendar
// (or opens an event, which gives its date in both).
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { faIR } from 'date-fns/locale/fa-IR';
import { ru } from 'date-fns/locale/ru';
import type { PartialDate } from '../dates/partial-date';
import { SOLAR_HIJRI_YEARS, solarHijriTicks } from '../chart/solar-hijri-ticks';
import { GREGORIAN_YEARS, type CalendarYears } from '../dates/calendar-years';
import { AXIS_FA, AXIS_RU } from '../chart/axis-locales';
import { AXIS_EN_GB, axisTicks, type AxisLocale, type Tick } from '../chart/ticks';
import type { TimeScale } from '../chart/time-scale';
import type { Language } from '../i18n/languages';
import type { Calendar } from '../view/calendar';
import { dateLabel, durationLabel } from './date-label';
import { localDigits } from './digits';
import { solarHijriLabel, solarHijriLocale } from './solar-hijri';

export interface CalendarWriter {
	calendar: Calendar;
	/** A date at its own precision: "30 September 2015", "8 Mehr 1394", "1392–1393". */
	label(date: PartialDate): string;
	/** How long a range lasts: "6 years". */
	duration(start: PartialDate, end: PartialDate): string;
	/** The axis's ticks on this calendar's boundaries. */
	ticks(scale: TimeScale, width: number): Tick[];
	/** Its years, as the phone's timeline groups events by them. */
	years: CalendarYears;
}

const GREGORIAN_LOCALES: Record<Language, Locale> = { en: enGB, ru, fa: faIR };
const AXIS_LOCALES: Record<Language, AxisLocale> = { en: AXIS_EN_GB, ru: AXIS_RU, fa: AXIS_FA };

/** The writer of a calendar in a language. */
export function calendarWriter(calendar: Calendar, language: Language): CalendarWriter {
	const locale = GREGORIAN_LOCALES[language];
	const digits = (text: string) => localDigits(text, language);
	const duration = (start: PartialDate, end: PartialDate) =>
		digits(durationLabel(start, end, locale));
	if (calendar === 'persian') {
		const solar = solarHijriLocale(language);
		return {
			calendar,
			label: (date) => solarHijriLabel(date, solar),
			duration,
			ticks: (scale, width) => solarHijriTicks(scale, width, solar),
			years: SOLAR_HIJRI_YEARS
		};
	}
	const axis = AXIS_LOCALES[language];
	return {
		calendar,
		label: (date) => digits(dateLabel(date, locale)),
		duration,
		ticks: (scale, width) =>
			axisTicks(scale, width, axis).map((tick) => ({ ...tick, label: digits(tick.label) })),
		years: GREGORIAN_YEARS
	};
}
