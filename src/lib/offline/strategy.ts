// How the service worker answers: files whose names change with each build come from the cache;
// pages and data come from the network while there is one (so a new deploy shows at once) and
// from the cache when there is none.

/** What the strategy needs of the Cache and fetch APIs. */
export interface CacheLike {
	match(request: Request, options?: CacheQueryOptions): Promise<Response | undefined>;
	put(request: Request, response: Response): Promise<void>;
}

export interface Network {
	fetch(request: Request): Promise<Response>;
}

/** The cache of one deploy: named by its version, so a new deploy starts a new one. */
export function cacheName(version: string): string {
	return `dyad-${version}`;
}

/** Caches left by earlier deploys, to delete once the new worker takes over. */
export function staleCaches(names: string[], current: string): string[] {
	return names.filter((name) => name.startsWith('dyad-') && name !== current);
}

/**
 * The paths to keep for offline use: the app's files, and the pages of one timeline (`scope` is ''
 * for the default timeline at the site's root, `t/<slug>` for another) but not its embed or the
 * downloads. `base` is the site's base path.
 */
export function offlinePaths(
	build: string[],
	files: string[],
	prerendered: string[],
	base: string,
	scope: string
): string[] {
	const root = scope ? `${base}/${scope}/` : `${base}/`;
	const pages = prerendered.filter((path) => {
		if (!path.startsWith(root) || /\/(export|embed)\//.test(path.slice(base.length))) return false;
		// The default timeline's pages are the site's own, not those of the timelines under t/.
		return scope !== '' || !path.startsWith(`${base}/t/`);
	});
	return [...new Set([...build, ...files, ...pages])];
}

const OFFLINE_TEXT =
	'You are offline and this page was not saved for offline use. Reconnect, or go back to a page you opened before.';

export async function respond(
	request: Request,
	immutable: boolean,
	cache: CacheLike,
	network: Network
): Promise<Response> {
	if (immutable) {
		const cached = await cache.match(request);
		if (cached) return cached;
	}
	try {
		const response = await network.fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch {
		// Pages differ only by query (?step=) for the presenter view: any saved copy will do.
		const cached =
			(await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
		return (
			cached ??
			new Response(OFFLINE_TEXT, {
				status: 503,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			})
		);
	}
}
