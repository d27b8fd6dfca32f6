// Everything a page needs to write a view in the Solar Hijri calendar, in one part loaded only when a
// reader asks for that calendar (date-fns-jalali and its locales stay out of the page's first load).
import type { PartialDate } from '../dates/partial-date';
import { solarHijriTicks } from '../chart/solar-hijri-ticks';
import type { Tick } from '../chart/ticks';
import type { TimeScale } from '../chart/time-scale';
import { SOLAR_HIJRI_EN, SOLAR_HIJRI_FA, solarHijriLabel } from './solar-hijri';

export interface SolarHijriWriter {
	/** A date at its own precision: "8 Mehr 1394", "1392–1393". */
	label(date: PartialDate): string;
	/** Axis ticks on Solar Hijri boundaries. */
	ticks(scale: TimeScale, width: number): Tick[];
}

/** The writer for a page's language: Persian month names and digits in fa, transliterated elsewhere. */
export function solarHijriWriter(language: string): SolarHijriWriter {
	const locale = language.split('-')[0] === 'fa' ? SOLAR_HIJRI_FA : SOLAR_HIJRI_EN;
	return {
		label: (date) => solarHijriLabel(date, locale),
		ticks: (scale, width) => solarHijriTicks(scale, width, locale)
	};
}
