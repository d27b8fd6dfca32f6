// Dates in the Solar Hijri calendar (Iran's civil calendar), through date-fns-jalali, never more
// precise than the data. A Gregorian year or month does not line up with a Solar Hijri one: 2014
// runs from 11 Dey 1392 to 10 Dey 1393, September 2015 from 10 Shahrivar to 8 Mehr 1394. A date
// known to the Gregorian year or month is therefore written as the Solar Hijri years or months it
// covers ("1392–1393"), never as one of them.
import { format, type Locale } from 'date-fns-jalali';
import { enUS } from 'date-fns-jalali/locale/en-US';
import { faIR } from 'date-fns-jalali/locale/fa-IR';
import { UTCDate } from '@date-fns/utc';
import { endOf, startOf, type PartialDate, type Precision } from '../dates/partial-date';
import { localDigits } from './digits';

const DAY = 86_400_000;

/** How a language writes Solar Hijri dates: date-fns-jalali's locale and the digits it takes. */
export interface SolarHijriLocale {
	language: string;
	locale: Locale;
}

export const SOLAR_HIJRI_FA: SolarHijriLocale = { language: 'fa', locale: faIR };

// The months as English writes them (date-fns-jalali's English locale has "Sharivar" and "Day").
const MONTHS_EN = [
	'Farvardin',
	'Ordibehesht',
	'Khordad',
	'Tir',
	'Mordad',
	'Shahrivar',
	'Mehr',
	'Aban',
	'Azar',
	'Dey',
	'Bahman',
	'Esfand'
] as const;

// And as Russian writes them.
const MONTHS_RU = [
	'фарвардин',
	'ордибехешт',
	'хордад',
	'тир',
	'мордад',
	'шахривар',
	'мехр',
	'абан',
	'азар',
	'дей',
	'бахман',
	'эсфанд'
] as const;

/** date-fns-jalali's English locale with the months named as `names` does. */
function withMonths(names: readonly string[]): Locale {
	return { ...enUS, localize: { ...enUS.localize, month: (month: number) => names[month] ?? '' } };
}

/** Month names transliterated (Farvardin … Esfand), for pages in English. */
export const SOLAR_HIJRI_EN: SolarHijriLocale = { language: 'en', locale: withMonths(MONTHS_EN) };
/** Month names in Russian (фарвардин … эсфанд), for pages in Russian. */
export const SOLAR_HIJRI_RU: SolarHijriLocale = { language: 'ru', locale: withMonths(MONTHS_RU) };

/** How a page's language writes Solar Hijri dates. */
export function solarHijriLocale(language: string): SolarHijriLocale {
	const base = language.split('-')[0];
	return base === 'fa' ? SOLAR_HIJRI_FA : base === 'ru' ? SOLAR_HIJRI_RU : SOLAR_HIJRI_EN;
}

const PATTERNS: Record<Precision, string> = { year: 'y', month: 'MMMM y', day: 'd MMMM y' };

function write(time: number, pattern: string, { language, locale }: SolarHijriLocale): string {
	return localDigits(format(new UTCDate(time), pattern, { locale }), language);
}

/** "۸ مهر ۱۳۹۴" for a day; the Solar Hijri months or years a coarser Gregorian date covers. */
export function solarHijriLabel(
	date: PartialDate,
	locale: SolarHijriLocale = SOLAR_HIJRI_FA
): string {
	const first = startOf(date);
	if (date.precision === 'day') return write(first, PATTERNS.day, locale);
	const last = endOf(date) - DAY;
	const firstYear = write(first, 'y', locale);
	const lastYear = write(last, 'y', locale);
	if (date.precision === 'year') return `${firstYear}–${lastYear}`;
	const firstMonth = write(first, 'MMMM', locale);
	const lastMonth = write(last, 'MMMM', locale);
	// Within one Solar Hijri year the year is written once: "شهریور–مهر ۱۳۹۴".
	if (firstYear === lastYear) return `${firstMonth}–${lastMonth} ${lastYear}`;
	return `${firstMonth} ${firstYear} – ${lastMonth} ${lastYear}`;
}
