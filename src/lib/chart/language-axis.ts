// The axis of a page in another language than English, in its usual calendar: Russian months on the
// Gregorian calendar, Persian digits on the Solar Hijri one. Loaded with that language's pages only
// (i18n/load-language.ts); the dates themselves come written by the server.
import { localDigits } from '../format/digits';
import { AXIS_RU } from './axis-locales';
import { axisTicks, type Tick } from './ticks';
import type { TimeScale } from './time-scale';

/** Axis ticks for a scale `width` pixels wide. */
export type AxisTicks = (scale: TimeScale, width: number) => Tick[];

/** Russian pages' axis: d3's calendar ticks, labelled in Russian. */
export const russianAxis: AxisTicks = (scale, width) =>
	axisTicks(scale, width, AXIS_RU).map((tick) => ({
		...tick,
		label: localDigits(tick.label, 'ru')
	}));
