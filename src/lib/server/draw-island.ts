// How the server draws an island (Island.svelte): the component rendered on its own, its styles
// (compiled as injected) beside its markup, in a box that takes no part in layout.
import type { Component } from 'svelte';
import { render } from 'svelte/server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island has its own props
export function drawIsland(component: Component<any>, props: Record<string, unknown>): string {
	const { head, body } = render(component, { props });
	return `<div class="island-body">${head}${body}</div>`;
}
