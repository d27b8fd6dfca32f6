import { describe, expect, it } from 'vitest';
import { zoomPath } from './zoom-animation';

describe('zoomPath', () => {
	it('starts at the first zoom and ends exactly at the second', () => {
		const path = zoomPath({ k: 1, x: 0 }, { k: 8, x: -3 });
		expect(path(0).k).toBeCloseTo(1);
		expect(path(0).x).toBeCloseTo(0);
		expect(path(1)).toEqual({ k: 8, x: -3 });
	});

	it('passes through zooms in between', () => {
		const path = zoomPath({ k: 1, x: 0 }, { k: 8, x: -3 });
		const middle = path(0.5);
		expect(middle.k).toBeGreaterThan(1);
		expect(middle.k).toBeLessThan(8);
	});
});
