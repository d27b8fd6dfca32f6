// The two actors' colours as the custom properties marks and the legend fill with: each a
// light-dark() pair, so the page's colour scheme (light, or the dark and high-contrast themes)
// picks the shade made for it.
import type { Actor } from '../model/timeline';

export function sideStyle([first, second]: readonly [Actor, Actor]): string {
	return (
		`--side-first: light-dark(${first.light}, ${first.dark}); ` +
		`--side-second: light-dark(${second.light}, ${second.dark})`
	);
}
