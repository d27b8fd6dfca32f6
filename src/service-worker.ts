/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Keeps the app and its pages for use without a network (a seminar room whose network drops).
// Registered by the presentation pages; see src/lib/offline/strategy.ts for how it answers.
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, offlinePaths, respond, staleCaches } from '$lib/offline/strategy';

const worker = self as unknown as ServiceWorkerGlobalScope;
/** The timeline whose pages to keep, from the worker's address (`?scope=t/<slug>`; none: the default). */
const SCOPE = new URL(location.href).searchParams.get('scope') ?? '';
const CACHE = cacheName(version);
const IMMUTABLE = new Set([...build, ...files]);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(offlinePaths(build, files, prerendered, base, SCOPE)))
			// A new deploy takes over at once rather than after every tab has closed.
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(staleCaches(names, CACHE).map((name) => caches.delete(name))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== location.origin) return;
	event.respondWith(
		caches
			.open(CACHE)
			.then((cache) => respond(event.request, IMMUTABLE.has(url.pathname), cache, worker))
	);
});
