// A tab left open across a deploy may ask for a lazy chunk (the share dialog, say) that the new
// deploy no longer serves. Vite then fires `vite:preloadError` on the window; this reloads the page
// once onto the new deploy, and only when a new deploy is really there, so it cannot loop.

/** Remembers, for the tab's session, which deploy has already been reloaded away from. */
const MARK = 'dyad:reloaded-from';

export interface StaleChunkOptions {
	/** The deploy this page runs. */
	version: string;
	/** Whether the server now has another deploy (its `_app/version.json` names another version). */
	check(): Promise<boolean>;
	/** The tab's session storage, when it can be used. */
	storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
	reload(): void;
}

/** Listens on `target` (the window) for failed lazy imports; returns a function that stops. */
export function onStaleChunk(target: EventTarget, options: StaleChunkOptions): () => void {
	let pending = false;
	const listener = async () => {
		// Several chunks can fail together; one check is enough.
		if (pending) return;
		pending = true;
		try {
			if (options.storage?.getItem(MARK) === options.version) return;
			if (!(await options.check())) return;
			// Without a record of this reload, a second failure could reload again: better not at all.
			options.storage?.setItem(MARK, options.version);
			if (options.storage?.getItem(MARK) !== options.version) return;
			options.reload();
		} catch {
			// No answer from the server (offline): the page stays as it is.
		} finally {
			pending = false;
		}
	};
	target.addEventListener('vite:preloadError', listener);
	return () => target.removeEventListener('vite:preloadError', listener);
}
