// Asks the browser to keep the site for offline use (the service worker in src/service-worker.ts).
import { base } from '$app/paths';
import { reloadOnStaleChunks } from '../offline/reload';

/** `slug`: the timeline whose pages to keep. */
export function registerOffline(slug: string): void {
	reloadOnStaleChunks();
	// Only served pages can have a worker (not the single file opened from disk).
	if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
	// Named by slug, so the default timeline's two addresses register the same worker and moving
	// between them does not install it again.
	const timeline = encodeURIComponent(slug);
	navigator.serviceWorker
		.register(`${base}/service-worker.js?timeline=${timeline}`, { scope: `${base}/` })
		.catch(() => {
			// Without a worker (private windows, old browsers) the pages still work online.
		});
}
