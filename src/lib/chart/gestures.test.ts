import { describe, expect, it } from 'vitest';
import { panBy, pinch, wheelFactor, zoomAround } from './gestures';

/** Where a point of the full span (0–1) appears under a zoom, as a fraction of the width. */
const screen = (zoom: { k: number; x: number }, u: number) => u * zoom.k + zoom.x;

describe('wheelFactor', () => {
	it('zooms in for a wheel up and out for a wheel down, lines and pages counting more', () => {
		expect(wheelFactor(-100, 0, false)).toBeGreaterThan(1);
		expect(wheelFactor(100, 0, false)).toBeLessThan(1);
		expect(wheelFactor(-3, 1, false)).toBeCloseTo(wheelFactor(-48, 0, false));
		expect(wheelFactor(-10, 0, true)).toBeGreaterThan(wheelFactor(-10, 0, false));
	});
});

describe('zoomAround', () => {
	it('keeps the point under the pointer in place', () => {
		const before = { k: 2, x: -0.5 };
		const after = zoomAround(before, 3, 0.3, 100);
		const u = (0.3 - before.x) / before.k;
		expect(after.k).toBe(6);
		expect(screen(after, u)).toBeCloseTo(0.3);
	});

	it('stays within the zoom limits and the span', () => {
		expect(zoomAround({ k: 1, x: 0 }, 0.5, 0.5, 100)).toEqual({ k: 1, x: 0 });
		expect(zoomAround({ k: 80, x: -10 }, 4, 0.5, 100).k).toBe(100);
	});
});

describe('panBy', () => {
	it('moves by a fraction of the width and stops at the edges', () => {
		expect(panBy({ k: 4, x: -1 }, 0.25)).toEqual({ k: 4, x: -0.75 });
		expect(panBy({ k: 4, x: -1 }, 5)).toEqual({ k: 4, x: 0 });
		expect(panBy({ k: 4, x: -1 }, -5)).toEqual({ k: 4, x: -3 });
	});
});

describe('pinch', () => {
	it('spreading two fingers zooms in about their midpoint', () => {
		const before = { k: 2, x: -0.5 };
		const after = pinch(before, [0.4, 0.6], [0.3, 0.7], 100);
		expect(after.k).toBeCloseTo(4);
		const u = (0.5 - before.x) / before.k;
		expect(screen(after, u)).toBeCloseTo(0.5);
	});

	it('moving both fingers together pans', () => {
		const after = pinch({ k: 4, x: -1 }, [0.4, 0.6], [0.5, 0.7], 100);
		expect(after.k).toBeCloseTo(4);
		expect(after.x).toBeCloseTo(-0.9);
	});
});
