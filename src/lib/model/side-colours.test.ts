import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, leastContrast, MARK_CONTRAST, themeColours } from './side-colours';

describe('themeColours', () => {
	it('keeps a colour that already stands out on the light theme', () => {
		expect(themeColours('#6a3d9a').light).toBe('#6a3d9a');
	});

	it('gives every colour at least 3:1 on each theme, whatever it started as', () => {
		for (const colour of ['#007a5e', '#6a3d9a', '#ffff00', '#000000', '#777777', '#1f77b4']) {
			const { light, dark } = themeColours(colour);
			expect(leastContrast(light, BACKGROUNDS.light), `${colour} light`).toBeGreaterThanOrEqual(
				MARK_CONTRAST
			);
			expect(leastContrast(dark, BACKGROUNDS.dark), `${colour} dark`).toBeGreaterThanOrEqual(
				MARK_CONTRAST
			);
		}
	});

	it('lightens a dark colour for the dark theme and darkens a pale one for the light theme', () => {
		expect(themeColours('#6a3d9a').dark).not.toBe('#6a3d9a');
		expect(leastContrast('#6a3d9a', BACKGROUNDS.dark)).toBeLessThan(MARK_CONTRAST);
		expect(themeColours('#ffff00').light).not.toBe('#ffff00');
	});
});
