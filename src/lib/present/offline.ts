// Asks the browser to keep the site for offline use (the service worker in src/service-worker.ts).
import { base } from '$app/paths';

export function registerOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => {
		// Without a worker (private windows, old browsers) the pages still work online.
	});
}
