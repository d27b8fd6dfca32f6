/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Keeps the app and its pages for use without a network (a seminar room whose network drops).
// Registered by the presentation pages; see src/lib/offline/ for how it answers and what it keeps.
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, earlierCaches, holdsSite, legacyCaches } from '$lib/offline/caches';
import { expired, parseRetirement, retire } from '$lib/offline/retention';
import { offlinePaths, respond } from '$lib/offline/strategy';
import { slugOf } from '$lib/scope';

const worker = self as unknown as ServiceWorkerGlobalScope;
/** The timeline whose pages to keep, from the worker's address (`?timeline=<slug>`; none: the default). */
const PARAMS = new URL(location.href).searchParams;
// Pages of an earlier deploy register the worker with `?scope=` instead.
const SCOPE = `t/${PARAMS.get('timeline') ?? slugOf(PARAMS.get('scope') ?? '')}`;
const CACHE = cacheName(base, version);
const SITE = new URL(`${base}/`, location.origin).href;
const APP = new Set([...build, ...files]);
const PRECACHED = offlinePaths(build, files, prerendered, base, SCOPE);
const KEPT = new Set(PRECACHED);
/** Where an earlier deploy's cache records the tabs that may still need it (no page of the site). */
const RETIREMENT = new URL(`${base}/.dyad-retirement`, location.origin).href;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHED))
			// A new deploy takes over at once rather than after every tab has closed.
			.then(() => worker.skipWaiting())
	);
});

/** The ids of this site's open tabs (not those of another site on the origin). */
async function openTabs(): Promise<string[]> {
	const tabs = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return tabs.filter((tab) => tab.url.startsWith(SITE)).map((tab) => tab.id);
}

/**
 * Deletes earlier deploys' caches that no open tab needs. On activation (`retiring`), the others
 * are marked with the tabs open now; later calls only look at marked caches, so a newer deploy's
 * cache being filled by its installing worker is never touched.
 */
async function tidy(retiring: boolean): Promise<void> {
	const [names, open] = await Promise.all([caches.keys(), openTabs()]);
	const now = Date.now();
	const earlier = earlierCaches(names, base, CACHE).map(async (name) => {
		const cache = await caches.open(name);
		const found = parseRetirement(await (await cache.match(RETIREMENT))?.text());
		if (!found && !retiring) return;
		const record = retire(found, open, now);
		if (expired(record, open, now)) await caches.delete(name);
		else if (!found) await cache.put(RETIREMENT, new Response(JSON.stringify(record)));
	});
	const legacy = retiring
		? legacyCaches(names).map(async (name) => {
				const keys = await (await caches.open(name)).keys();
				if (
					holdsSite(
						keys.map((request) => request.url),
						base
					)
				)
					await caches.delete(name);
			})
		: [];
	await Promise.all([...earlier, ...legacy]);
}

worker.addEventListener('activate', (event) => {
	event.waitUntil(tidy(true).then(() => worker.clients.claim()));
});

/** Earlier deploys' caches still kept, newest first, for a tab that runs their code. */
const earlier = {
	async match(key: RequestInfo): Promise<Response | undefined> {
		for (const name of earlierCaches(await caches.keys(), base, CACHE).reverse()) {
			const found = await (await caches.open(name)).match(key);
			if (found) return found;
		}
		return undefined;
	}
};

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || !request.url.startsWith(SITE)) return;
	if (request.mode === 'navigate') event.waitUntil(tidy(false));
	// Hashed names never change content: an earlier deploy's chunk is as good as the network's.
	const cacheFirst = APP.has(url.pathname) || url.pathname.startsWith(`${base}/_app/immutable/`);
	event.respondWith(
		caches
			.open(CACHE)
			.then((cache) => respond(request, cacheFirst, { cache, earlier, precached: KEPT }, worker))
	);
});
