import { describe, expect, it } from 'vitest';
import { swipeDirection } from './swipe';

describe('swipeDirection', () => {
	it('reads a long sideways move as a step, and anything else as nothing', () => {
		expect(swipeDirection(-120, 10)).toBe('next');
		expect(swipeDirection(90, -20)).toBe('previous');
		expect(swipeDirection(-30, 0)).toBeUndefined();
		expect(swipeDirection(-80, 70)).toBeUndefined();
	});
});
