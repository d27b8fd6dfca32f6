import { describe, expect, it } from 'vitest';
import { brushWindow, eventColumns } from './overview';
import { event } from './test-events';
import { timeScale } from './time-scale';

describe('eventColumns', () => {
	it('draws one tick per occupied pixel column', () => {
		const scale = timeScale(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1), 10);
		const events = [event('a', '2000-03-01'), event('b', '2000-03-02'), event('c', '2005-06-01')];
		expect(eventColumns(events, scale)).toEqual([0, 5]);
	});
});

describe('brushWindow', () => {
	const current = { x0: 100, x1: 200 };

	it('moves the window by the drag, inside the strip', () => {
		expect(brushWindow('move', 150, 180, current, 1000)).toEqual({ x0: 130, x1: 230 });
		expect(brushWindow('move', 150, 2000, current, 1000)).toEqual({ x0: 900, x1: 1000 });
		expect(brushWindow('move', 150, -500, current, 1000)).toEqual({ x0: 0, x1: 100 });
	});

	it('draws a new window between press and pointer, either way', () => {
		expect(brushWindow('draw', 600, 800, current, 1000)).toEqual({ x0: 600, x1: 800 });
		expect(brushWindow('draw', 800, 600, current, 1000)).toEqual({ x0: 600, x1: 800 });
	});

	it('centres the window on a click', () => {
		expect(brushWindow('draw', 500, 501, current, 1000)).toEqual({ x0: 450, x1: 550 });
	});
});
