import { describe, expect, it } from 'vitest';
import { SOLAR_HIJRI_EN } from '../format/solar-hijri';
import { solarHijriTicks } from './solar-hijri-ticks';
import { labelExtent, type Tick } from './ticks';
import { timeScale } from './time-scale';

function collide(ticks: Tick[]): boolean {
	return ticks.some((tick, i) => i > 0 && labelExtent(ticks[i - 1]!)[1] >= labelExtent(tick)[0]);
}

const scale = (from: string, to: string, width = 1200) =>
	timeScale([Date.parse(from), Date.parse(to)], width);
const iso = (ticks: Tick[]) => ticks.map((t) => new Date(t.time).toISOString().slice(0, 10));

describe('solarHijriTicks', () => {
	it('puts year ticks on Nowruz (1 Farvardin), 20 or 21 March, in Persian digits', () => {
		const ticks = solarHijriTicks(scale('2016-01-01', '2026-01-01'), 1200);
		expect(iso(ticks).every((d) => /-03-(20|21)$/.test(d))).toBe(true);
		// 1 Farvardin 1403 was 20 March 2024; 1404, after the leap year's 30 Esfand, 21 March 2025.
		expect(iso(ticks)).toContain('2024-03-20');
		expect(iso(ticks)).toContain('2025-03-21');
		expect(ticks.find((t) => iso([t])[0] === '2024-03-20')?.label).toBe('۱۴۰۳');
		expect(ticks.every((t) => t.major)).toBe(true);
		expect(collide(ticks)).toBe(false);
	});

	it('thins years over a long span to round Solar Hijri years', () => {
		const ticks = solarHijriTicks(scale('1989-01-01', '2026-01-01', 700), 700);
		expect(ticks.length).toBeGreaterThan(2);
		expect(ticks.length).toBeLessThanOrEqual(7);
		expect(collide(ticks)).toBe(false);
		expect(iso(ticks).every((d) => /-03-(20|21)$/.test(d))).toBe(true);
	});

	it('puts month ticks on Solar Hijri month starts, with the year at Nowruz', () => {
		const ticks = solarHijriTicks(scale('2015-01-01', '2016-01-01'), 1200, SOLAR_HIJRI_EN);
		// 1 Farvardin 1394 = 21 March 2015, 1 Mehr 1394 = 23 September 2015.
		expect(iso(ticks)).toContain('2015-03-21');
		expect(iso(ticks)).toContain('2015-09-23');
		const nowruz = ticks.find((t) => iso([t])[0] === '2015-03-21')!;
		expect(nowruz).toMatchObject({ label: 'Farvardin 1394', major: true });
		expect(ticks.find((t) => iso([t])[0] === '2015-09-23')?.label).toBe('Mehr');
		expect(collide(ticks)).toBe(false);
	});

	it('puts day ticks within Solar Hijri months, never finer than a day', () => {
		const ticks = solarHijriTicks(scale('2015-09-20', '2015-10-10'), 1200, SOLAR_HIJRI_EN);
		expect(ticks.length).toBeGreaterThan(3);
		// 1 Mehr starts its month: named without a day.
		expect(ticks.find((t) => iso([t])[0] === '2015-09-23')?.label).toBe('Mehr');
		expect(collide(ticks)).toBe(false);
		const days = solarHijriTicks(scale('2015-09-29', '2015-10-01'), 1200, SOLAR_HIJRI_EN);
		expect(iso(days)).toEqual(['2015-09-29', '2015-09-30', '2015-10-01']);
	});
});
