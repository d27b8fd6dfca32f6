// When an earlier deploy's cache may go. A tab opened before a deploy still runs that deploy's
// code and may ask for its lazy chunks (the share dialog, seminar mode), which the new deploy no
// longer serves; so the new worker keeps the earlier cache while any tab open at its activation
// remains, and never longer than GRACE.

/** The longest an earlier deploy's cache is kept after a new one takes over. */
export const GRACE = 7 * 24 * 3600 * 1000;

/** Written into an earlier cache when a new deploy takes over. */
export interface Retirement {
	/** The tabs (service worker client ids) open at that moment. */
	clients: string[];
	/** When, in milliseconds since the epoch. */
	since: number;
}

/** The record for a cache retired now, or the one it already carries. */
export function retire(existing: Retirement | undefined, open: string[], now: number): Retirement {
	return existing ?? { clients: [...open], since: now };
}

/** Whether a retired cache can go: none of its tabs is still open, or its grace has run out. */
export function expired(record: Retirement, open: readonly string[], now: number): boolean {
	return now - record.since > GRACE || !record.clients.some((id) => open.includes(id));
}

/** A record read back from the cache, or undefined when it is missing or malformed. */
export function parseRetirement(text: string | undefined): Retirement | undefined {
	if (text === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(text);
		if (typeof value !== 'object' || value === null) return undefined;
		const { clients, since } = value as Record<string, unknown>;
		if (!Array.isArray(clients) || typeof since !== 'number') return undefined;
		return { clients: clients.filter((id): id is string => typeof id === 'string'), since };
	} catch {
		return undefined;
	}
}
