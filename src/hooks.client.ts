// Before the page hydrates: from now on a lazy part that fails to load because the site was deployed
// again meanwhile reloads the page onto the new deploy. Hydration then waits for the first frame: the
// prerendered page is painted (text, chart, table) before the scripts that make it interactive take
// the main thread.
import type { ClientInit } from '@sveltejs/kit';
import { reloadOnStaleChunks } from '$lib/offline/reload';

export const init: ClientInit = () => {
	reloadOnStaleChunks();
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
};
