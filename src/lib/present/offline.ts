// Asks the browser to keep the site for offline use (the service worker in src/service-worker.ts).
import { base } from '$app/paths';

export function registerOffline(): void {
	// Only served pages can have a worker (not the single file opened from disk).
	if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
	navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => {
		// Without a worker (private windows, old browsers) the pages still work online.
	});
}
