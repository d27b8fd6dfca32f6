// The colours that fill a mark by who acted: each actor's colour from the data, made dark enough to
// stand out on the light theme's backgrounds and light enough on the dark theme's (3:1 at least, as
// WCAG asks of graphics), keeping its hue.
import { lab } from 'd3-color';
import { hex as contrast } from 'wcag-contrast';

/** The lane and page backgrounds a mark stands on, in each theme (see app.css and DarkTheme). */
export const BACKGROUNDS = {
	light: ['#ffffff', '#f9f8f5', '#f6f5f1'],
	dark: ['#000000', '#111111', '#1a1a1a']
} as const;

/** What graphics need against what is around them (WCAG 2.2, 1.4.11). */
export const MARK_CONTRAST = 3;

export interface ThemeColours {
	light: string;
	dark: string;
}

/** The lowest contrast of `colour` with any of `backgrounds`. */
export function leastContrast(colour: string, backgrounds: readonly string[]): number {
	return Math.min(...backgrounds.map((background) => contrast(colour, background)));
}

/** `colour`, its lightness moved step by step (darker or lighter) until it stands out on every background. */
function standingOut(colour: string, backgrounds: readonly string[], step: number): string {
	const shade = lab(colour);
	for (let i = 0; i < 100 && leastContrast(shade.formatHex(), backgrounds) < MARK_CONTRAST; i++)
		shade.l = Math.max(0, Math.min(100, shade.l + step));
	return shade.formatHex();
}

/** An actor's colour for the light and the dark theme. */
export function themeColours(colour: string): ThemeColours {
	return {
		light: standingOut(colour, BACKGROUNDS.light, -2),
		dark: standingOut(colour, BACKGROUNDS.dark, 2)
	};
}
