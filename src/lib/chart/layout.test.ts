import { describe, expect, it } from 'vitest';
import { bandLabel } from './layout';
import { textWidth } from './labels';

describe('bandLabel', () => {
	const name = 'The freeze: sanctions, the S-300 ban and a lawsuit';

	it('keeps a name whole where it fits', () => {
		expect(bandLabel(name, 1000)).toBe(name);
	});

	it('shortens a name to its first words, never mid-word, to fit the room', () => {
		for (const room of [60, 90, 140, 200, 280]) {
			const label = bandLabel(name, room);
			if (label === undefined) continue;
			expect(textWidth(label)).toBeLessThanOrEqual(room);
			expect(label.endsWith('…')).toBe(true);
			const kept = label.slice(0, -1);
			expect(name.startsWith(kept)).toBe(true);
			expect(name.slice(kept.length)).toMatch(/^[\s,:;–—-]/);
		}
		expect(bandLabel(name, 90)).toBe('The freeze…');
	});

	it('leaves the band unlabelled where not even a word fits', () => {
		expect(bandLabel(name, 10)).toBeUndefined();
	});
});
