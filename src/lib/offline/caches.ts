// Names of the caches one deployment owns. Several Dyad sites can share an origin (courses in
// sub-folders of one LMS host), so a name carries the site's base path as well as its deploy.

const PREFIX = 'dyad:';

/** The base path as it appears in a name: '/' for the root, with `%` and `:` escaped. */
function site(base: string): string {
	return (base || '/').replace(/[%:]/g, (c) => encodeURIComponent(c));
}

/** The cache of one deploy of the site at `base`, e.g. `dyad:/a/timeline:1796060746985`. */
export function cacheName(base: string, version: string): string {
	return `${PREFIX}${site(base)}:${version}`;
}

/** This site's caches from other deploys than `current`; another site's are never among them. */
export function earlierCaches(names: readonly string[], base: string, current: string): string[] {
	const own = `${PREFIX}${site(base)}:`;
	return names.filter((name) => name.startsWith(own) && name !== current);
}

/**
 * Caches named `dyad-<version>` by earlier releases, which did not record the site: the worker
 * deletes one only when it holds this site's app files (see `holdsSite`).
 */
export function legacyCaches(names: readonly string[]): string[] {
	return names.filter((name) => name.startsWith('dyad-'));
}

/** Whether stored addresses include the app files of the site at `base` (not a sibling's). */
export function holdsSite(urls: readonly string[], base: string): boolean {
	return urls.some((url) => new URL(url).pathname.startsWith(`${base}/_app/`));
}
