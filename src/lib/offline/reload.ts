// Wires onStaleChunk to the page, once.
import { version } from '$app/environment';
import { assets } from '$app/paths';
import { onStaleChunk } from './stale-chunks';

/** Whether the site now serves another deploy: the version file every build writes. */
async function newDeploy(): Promise<boolean> {
	const response = await fetch(`${assets}/_app/version.json`, { cache: 'no-store' });
	if (!response.ok) return false;
	return ((await response.json()) as { version?: string }).version !== version;
}

function sessionStore(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

let watching = false;

/**
 * Reloads onto a new deploy when one of this deploy's lazy chunks fails to load, from the first
 * call on (later calls change nothing). Called as every page starts (hooks.client.ts) and by the
 * pages that keep the site offline.
 */
export function reloadOnStaleChunks(): void {
	if (watching) return;
	watching = true;
	onStaleChunk(window, {
		version,
		check: newDeploy,
		storage: sessionStore(),
		reload: () => location.reload()
	});
}
