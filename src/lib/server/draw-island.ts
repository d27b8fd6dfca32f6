// How the server draws an island (Island.svelte): the component rendered on its own, in a box that
// takes no part in layout, and its styles (compiled as injected) for the page's head. The markup
// keeps its hydration marks, so the browser's component can take it over as it is.
import type { Component } from 'svelte';
import { render } from 'svelte/server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island has its own props
export function drawIsland(
	component: Component<any>,
	props: Record<string, unknown>
): { head: string; body: string } {
	const { head, body } = render(component, { props });
	return { head, body: `<div class="island-body">${body}</div>` };
}
