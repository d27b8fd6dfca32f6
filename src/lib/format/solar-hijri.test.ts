import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../dates/partial-date';
import { localDigits } from './digits';
import { SOLAR_HIJRI_EN, solarHijriLabel } from './solar-hijri';

function date(iso: string): PartialDate {
	const result = parsePartialDate(iso);
	if (!result.ok) throw new Error(result.error);
	return result.date;
}

describe('solarHijriLabel', () => {
	it('writes a day in Persian with Persian digits', () => {
		expect(solarHijriLabel(date('2015-09-30'))).toBe('۸ مهر ۱۳۹۴');
		expect(solarHijriLabel(date('2020-10-18'))).toBe('۲۷ مهر ۱۳۹۹');
	});

	it('starts the year on Nowruz, 1 Farvardin', () => {
		expect(solarHijriLabel(date('2015-03-20'))).toBe('۲۹ اسفند ۱۳۹۳');
		expect(solarHijriLabel(date('2015-03-21'))).toBe('۱ فروردین ۱۳۹۴');
		// Nowruz falls on 20 March in some years.
		expect(solarHijriLabel(date('2024-03-19'))).toBe('۲۹ اسفند ۱۴۰۲');
		expect(solarHijriLabel(date('2024-03-20'))).toBe('۱ فروردین ۱۴۰۳');
	});

	it('knows the leap years: 1403 has a 30 Esfand, 1402 does not', () => {
		expect(solarHijriLabel(date('2025-03-20'))).toBe('۳۰ اسفند ۱۴۰۳');
		expect(solarHijriLabel(date('2025-03-21'))).toBe('۱ فروردین ۱۴۰۴');
	});

	it('writes a Gregorian year as the two Solar Hijri years it spans, never one', () => {
		expect(solarHijriLabel(date('2014'))).toBe('۱۳۹۲–۱۳۹۳');
	});

	it('writes a Gregorian month as the Solar Hijri months it spans', () => {
		expect(solarHijriLabel(date('2015-09'))).toBe('شهریور–مهر ۱۳۹۴');
		// March crosses Nowruz: two months of two years.
		expect(solarHijriLabel(date('2015-03'))).toBe('اسفند ۱۳۹۳ – فروردین ۱۳۹۴');
	});

	it('writes transliterated month names in English', () => {
		expect(solarHijriLabel(date('2015-09-30'), SOLAR_HIJRI_EN)).toBe('8 Mehr 1394');
		expect(solarHijriLabel(date('2015-01-01'), SOLAR_HIJRI_EN)).toBe('11 Dey 1393');
		expect(solarHijriLabel(date('2015-09'), SOLAR_HIJRI_EN)).toBe('Shahrivar–Mehr 1394');
	});
});

describe('localDigits', () => {
	it('writes digits as the language does and leaves English alone', () => {
		expect(localDigits('1394-07-08', 'fa')).toBe('۱۳۹۴-۰۷-۰۸');
		expect(localDigits('2015', 'en')).toBe('2015');
		expect(localDigits('2015', 'ru')).toBe('2015');
	});
});
