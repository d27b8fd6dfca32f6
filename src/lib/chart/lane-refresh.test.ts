import { describe, expect, it } from 'vitest';
import { covers, placement, REFRESH_STRETCH, stalest, staleness } from './lane-refresh';
import { OVERSCAN } from './marks';
import type { Domain } from './time-scale';

const WIDTH = 1000;
const view: Domain = [0, 1000];

describe('placement', () => {
	it('draws a lane laid out for the view as it is', () => {
		expect(placement(view, view, WIDTH)).toEqual({ stretch: 1, shift: 0 });
	});

	it('shifts a lane laid out for an earlier range, and stretches one laid out for a wider one', () => {
		expect(placement([100, 1100], view, WIDTH)).toEqual({ stretch: 1, shift: 100 });
		// Laid out for twice the range: everything is drawn twice as far apart, from -500 px.
		expect(placement([-500, 1500], view, WIDTH)).toEqual({ stretch: 2, shift: -500 });
	});
});

describe('staleness', () => {
	const wide = { domain: view, overscan: 250 };

	it('lets a gesture move and slightly stretch a lane that still covers the view', () => {
		expect(staleness(wide, [100, 1100], WIDTH, true)).toBe(0);
		expect(staleness(wide, [20, 970], WIDTH, true)).toBe(0);
	});

	it('asks for a new layout once a gesture has zoomed past the limit', () => {
		const closer: Domain = [200, 200 + 1000 / (REFRESH_STRETCH * 1.2)];
		expect(staleness(wide, closer, WIDTH, true)).toBeGreaterThan(0);
		expect(staleness(wide, closer, WIDTH, true)).toBeLessThan(Infinity);
	});

	it('puts first a lane that no longer covers the view', () => {
		const laid = { domain: view, overscan: OVERSCAN };
		expect(covers(laid, [300, 1300], WIDTH)).toBe(false);
		expect(staleness(laid, [300, 1300], WIDTH, true)).toBe(Infinity);
	});

	it('after the gesture, wants every lane laid out for exactly the view', () => {
		expect(staleness({ domain: view, overscan: OVERSCAN }, view, WIDTH, false)).toBe(0);
		expect(staleness(wide, view, WIDTH, false)).toBeGreaterThan(0);
		expect(
			staleness({ domain: [5, 1005], overscan: OVERSCAN }, view, WIDTH, false)
		).toBeGreaterThan(0);
	});
});

describe('stalest', () => {
	it('picks the lane that needs it most, and none when all are fresh', () => {
		const fresh = { domain: view, overscan: OVERSCAN };
		const stretched = { domain: [-200, 1200] as Domain, overscan: 250 };
		const uncovered = { domain: [600, 1600] as Domain, overscan: OVERSCAN };
		expect(stalest([fresh, stretched, uncovered], view, WIDTH, true)).toBe(2);
		expect(stalest([fresh, stretched], view, WIDTH, true)).toBe(1);
		expect(stalest([fresh, fresh], view, WIDTH, false)).toBe(-1);
	});
});
