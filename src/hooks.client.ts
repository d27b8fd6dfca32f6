// Hydration waits for the first frame: the prerendered page is painted (text, chart, table) before
// the scripts that make it interactive take the main thread.
import type { ClientInit } from '@sveltejs/kit';

export const init: ClientInit = () =>
	new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
