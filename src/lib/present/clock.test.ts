import { describe, expect, it } from 'vitest';
import { elapsedLabel } from './clock';

describe('elapsedLabel', () => {
	it('shows minutes and seconds, and hours once there are any', () => {
		expect(elapsedLabel(0)).toBe('0:00');
		expect(elapsedLabel(245_900)).toBe('4:05');
		expect(elapsedLabel(3_729_000)).toBe('1:02:09');
		expect(elapsedLabel(-5)).toBe('0:00');
	});
});
