import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale';
import { axisTicks, labelExtent, type Tick } from './ticks';

function collide(ticks: Tick[]): boolean {
	return ticks.some((tick, i) => i > 0 && labelExtent(ticks[i - 1]!)[1] >= labelExtent(tick)[0]);
}

const scale = (from: string, to: string, width = 1200) =>
	timeScale([Date.parse(from), Date.parse(to)], width);

describe('axisTicks', () => {
	it('labels decades or years over a long span', () => {
		const ticks = axisTicks(scale('1989-01-01', '2026-01-01'), 1200);
		expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
		expect(ticks.length).toBeGreaterThan(5);
		expect(collide(ticks)).toBe(false);
	});

	it('labels months within a year, with the year on the first tick and on January', () => {
		const ticks = axisTicks(scale('2015-03-01', '2016-03-01'), 1200);
		expect(ticks[0]!.label).toMatch(/^[A-Z][a-z]+ 2015$/);
		expect(ticks.find((t) => t.label === 'Jan 2016')?.major).toBe(true);
		expect(ticks.some((t) => /^[A-Z][a-z]+$/.test(t.label))).toBe(true);
	});

	it('labels days within a month', () => {
		const ticks = axisTicks(scale('2015-09-20', '2015-10-10'), 1200);
		expect(ticks[0]!.label).toMatch(/^\d+ Sept? 2015$/);
		expect(ticks.slice(1).every((t) => /^(\d+ )?[A-Z][a-z]+$/.test(t.label))).toBe(true);
		expect(collide(ticks)).toBe(false);
	});

	it('puts a label left of its line where the plot ends before the label would', () => {
		const ticks = axisTicks(scale('1989-01-01', '2025-06-01', 700), 700);
		const last = ticks.at(-1)!;
		expect(last.label).toBe('2025');
		expect(last.anchor).toBe('end');
		expect(labelExtent(last)[1]).toBeLessThanOrEqual(700);
		expect(ticks.slice(0, -1).every((t) => t.anchor === 'start')).toBe(true);
	});

	it('never lets labels collide, from a phone to a projector', () => {
		for (const width of [300, 360, 800, 1920])
			for (const [from, to] of [
				['1989-01-01', '2026-01-01'],
				['2014-01-01', '2017-01-01'],
				['2015-09-01', '2015-12-01'],
				['2015-09-25', '2015-10-05']
			])
				expect(
					collide(axisTicks(scale(from!, to!, width), width)),
					`${from}–${to} at ${width}`
				).toBe(false);
	});

	it('labels the years 40 to 61 as themselves, unpadded', () => {
		const at = (year: number) => {
			const date = new Date(0);
			date.setUTCFullYear(year, 0, 1);
			return date.getTime();
		};
		const ticks = axisTicks(timeScale([at(40), at(61)], 800), 800);
		expect(ticks.length).toBeGreaterThan(3);
		expect(ticks[0]!.label).toBe('40');
		expect(ticks.map((t) => t.label)).toEqual(
			ticks.map((t) => String(new Date(t.time).getUTCFullYear()))
		);
	});

	it('never ticks finer than a day, even on a wide screen over two weeks', () => {
		const ticks = axisTicks(scale('2015-09-24', '2015-10-08', 1920), 1920);
		const gaps = ticks.slice(1).map((t, i) => t.time - ticks[i]!.time);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(86_400_000);
		expect(collide(ticks)).toBe(false);
	});
});
