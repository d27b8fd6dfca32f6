// How the server draws an island (Island.svelte): the component rendered on its own, in a box that
// takes no part in layout, and its styles (compiled as injected) for the page's head. The markup
// keeps its hydration marks, so the browser's component can take it over as it is.
import type { Component } from 'svelte';
import { render } from 'svelte/server';

export function drawIsland<Props extends object>(
	component: Component<Props>,
	props: Record<string, unknown>
): { head: string; body: string } {
	// The page hands the island's props over untyped (islands.ts); the component declares them.
	const { head, body } = render(component, { props: props as Props });
	return { head, body: `<div class="island-body">${body}</div>` };
}
