// Wires onStaleChunk to the page: call `reloadOnStaleChunks()` once when the app starts.
import { version } from '$app/environment';
import { updated } from '$app/state';
import { onStaleChunk } from './stale-chunks';

function sessionStore(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

/** Reloads onto a new deploy when one of this deploy's lazy chunks fails to load; returns a stop. */
export function reloadOnStaleChunks(): () => void {
	return onStaleChunk(window, {
		version,
		check: () => updated.check(),
		storage: sessionStore(),
		reload: () => location.reload()
	});
}
