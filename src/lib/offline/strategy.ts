// How the service worker answers: files whose names change with each build come from the cache;
// pages and data come from the network while there is one (so a new deploy shows at once) and
// from the cache when there is none.
import { LANGUAGES } from '../i18n/languages';
import { languageOfScope, scopeIn, scopesOf, slugOf } from '../scope';

/** What the strategy needs of the Cache API. */
export interface CacheLike {
	match(request: RequestInfo): Promise<Response | undefined>;
	put(request: RequestInfo, response: Response): Promise<void>;
	/** Entries in the order they were stored, oldest first. */
	keys(): Promise<readonly Request[]>;
	delete(request: RequestInfo): Promise<boolean>;
}

export interface Network {
	fetch(request: Request): Promise<Response>;
}

/** At most this many pages and files besides the precached ones stay in a deploy's cache. */
export const RUNTIME_LIMIT = 30;

/** Where the worker looks and what it must keep. */
export interface Store {
	/** This deploy's cache. */
	cache: CacheLike;
	/** Earlier deploys' caches, kept while a tab may still run their code (see retention.ts). */
	earlier?: Pick<CacheLike, 'match'>;
	/** Paths stored at install, never evicted. */
	precached: ReadonlySet<string>;
	/** How many other entries to keep; RUNTIME_LIMIT unless given. */
	limit?: number;
}

/**
 * The paths to keep for offline use: the app's files, and every page of one timeline (`scope` is
 * '' for the default timeline at the site's root, `t/<slug>` for another; the default timeline's
 * pages live at both) with its downloads, but not its embed, which is made for other sites' frames.
 * `base` is the site's base path.
 */
const OTHER_ROOTS = new RegExp(`^(t|export|${LANGUAGES.join('|')})/`);

export function offlinePaths(
	build: string[],
	files: string[],
	prerendered: string[],
	base: string,
	scope: string
): string[] {
	const slug = slugOf(scope);
	// Longest first, so that /t/<slug>/… is read against its own root rather than the site's.
	// In the scope's language only: a seminar in Persian does not keep the Russian pages.
	const language = languageOfScope(scope);
	const roots = scopesOf(slug)
		.map((s) => scopeIn(s, language))
		.map((s) => (s ? `${base}/${s}/` : `${base}/`))
		.sort((a, b) => b.length - a.length);
	const downloads = `${base}/export/${slug}/`;
	const pages = prerendered.filter((path) => {
		if (path.startsWith(downloads)) return true;
		const root = roots.find((r) => path.startsWith(r));
		if (root === undefined) return false;
		const rest = path.slice(root.length);
		// At the root, t/… and export/… belong to the timelines' own addresses, handled above, and
		// ru/… and fa/… to the other languages.
		return !OTHER_ROOTS.test(rest) && !/(^|\/)embed\//.test(rest);
	});
	return [...new Set([...build, ...files, ...pages])];
}

/**
 * The address a response is stored under: without its query, because the site is static and a
 * query (`?step=`, `?q=`, SvelteKit's `?x-sveltekit-invalidated=`) never changes what it serves.
 */
export function cacheKey(url: string): string {
	const key = new URL(url);
	key.search = '';
	key.hash = '';
	return key.href;
}

/**
 * The stored addresses to delete so that at most `limit` of those not precached remain: the oldest
 * first. `keys` are in the order they were stored.
 */
export function evictions(
	keys: readonly string[],
	precached: ReadonlySet<string>,
	limit: number
): string[] {
	const runtime = keys.filter((key) => !precached.has(new URL(key).pathname));
	return runtime.slice(0, Math.max(0, runtime.length - limit));
}

const OFFLINE_TEXT =
	'You are offline and this page was not saved for offline use. Reconnect, or go back to a page you opened before.';

async function stored(key: string, store: Store): Promise<Response | undefined> {
	return (await store.cache.match(key)) ?? (await store.earlier?.match(key));
}

async function keep(key: string, response: Response, store: Store): Promise<void> {
	await store.cache.put(key, response);
	if (store.precached.has(new URL(key).pathname)) return;
	const keys = (await store.cache.keys()).map((request) => request.url);
	const old = evictions(keys, store.precached, store.limit ?? RUNTIME_LIMIT);
	await Promise.all(old.map((url) => store.cache.delete(url)));
}

/**
 * Answers one same-origin GET. `cacheFirst` for files whose content never changes under their name
 * (the build's hashed files, and this deploy's static files): those come from this deploy's cache
 * or an earlier one still kept, so a tab opened before a deploy can load its lazy chunks.
 */
export async function respond(
	request: Request,
	cacheFirst: boolean,
	store: Store,
	network: Network
): Promise<Response> {
	const key = cacheKey(request.url);
	if (cacheFirst) {
		const cached = await stored(key, store);
		if (cached) return cached;
	}
	try {
		const response = await network.fetch(request);
		if (response.ok && response.type === 'basic') await keep(key, response.clone(), store);
		return response;
	} catch {
		return (
			(await stored(key, store)) ??
			new Response(OFFLINE_TEXT, {
				status: 503,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			})
		);
	}
}
