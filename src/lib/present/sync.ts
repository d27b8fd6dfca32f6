// Keeps a presentation's windows on the same step: the audience view and the presenter view.

export type SyncMessage =
	/** A window moved to this step. */
	| { type: 'step'; step: number }
	/** A window opened and asks where the others are. */
	| { type: 'hello' };

export interface SyncChannel {
	post(message: SyncMessage): void;
	close(): void;
}

export function channelName(slug: string, story: string): string {
	return `dyad-present:${slug}:${story}`;
}

function isMessage(data: unknown): data is SyncMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as Record<string, unknown>;
	if (message.type === 'hello') return true;
	return message.type === 'step' && Number.isInteger(message.step);
}

/** Opens the channel; where BroadcastChannel is missing the windows simply do not follow each other. */
export function openSync(name: string, onmessage: (message: SyncMessage) => void): SyncChannel {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(name);
	channel.onmessage = (event: MessageEvent) => {
		if (isMessage(event.data)) onmessage(event.data);
	};
	return {
		post: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
