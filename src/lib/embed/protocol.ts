// The embed's messages to and from the page that hosts it (window.postMessage), version 1.
//
// From the embed to its parent:
//   { protocol: 'dyad-embed', version: 1, type: 'ready',  view }          once it is interactive
//   { protocol: 'dyad-embed', version: 1, type: 'height', height }        its content height in px
//   { protocol: 'dyad-embed', version: 1, type: 'select', event, view }   the selection changed
//                                                                        (event: id or null)
// From the parent to the embed:
//   { protocol: 'dyad-embed', version: 1, type: 'set-view', view }        show this view
// A view has the explorer's URL keys: from, to, event, claim, ref, lanes (array), q. Anything that
// does not have exactly this shape is ignored.
import { parseView, serializeView, type ViewContext, type ViewState } from '../view/view-state';

export const PROTOCOL = 'dyad-embed';
export const VERSION = 1;

export type EmbedMessage =
	| { protocol: typeof PROTOCOL; version: typeof VERSION; type: 'ready'; view: ViewState }
	| { protocol: typeof PROTOCOL; version: typeof VERSION; type: 'height'; height: number }
	| {
			protocol: typeof PROTOCOL;
			version: typeof VERSION;
			type: 'select';
			event: string | null;
			view: ViewState;
	  };

export function readyMessage(view: ViewState): EmbedMessage {
	return { protocol: PROTOCOL, version: VERSION, type: 'ready', view };
}

export function heightMessage(height: number): EmbedMessage {
	return { protocol: PROTOCOL, version: VERSION, type: 'height', height: Math.ceil(height) };
}

export function selectMessage(view: ViewState): EmbedMessage {
	return { protocol: PROTOCOL, version: VERSION, type: 'select', event: view.event ?? null, view };
}

const VIEW_TEXT_KEYS = ['from', 'to', 'event', 'claim', 'ref', 'q'] as const;

/**
 * The view a parent's `set-view` message asks for, checked as strictly as a URL: unknown ids,
 * malformed dates and unknown keys are dropped. Undefined when the message is not a set-view.
 */
export function readSetView(data: unknown, context: ViewContext): ViewState | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const message = data as Record<string, unknown>;
	if (message.protocol !== PROTOCOL || message.version !== VERSION) return undefined;
	if (message.type !== 'set-view') return undefined;
	const view = message.view;
	if (typeof view !== 'object' || view === null || Array.isArray(view)) return undefined;
	const raw = view as Record<string, unknown>;
	const params = new URLSearchParams();
	for (const key of VIEW_TEXT_KEYS) {
		if (typeof raw[key] === 'string') params.set(key, raw[key]);
	}
	if (Array.isArray(raw.lanes) && raw.lanes.every((lane) => typeof lane === 'string')) {
		params.set('lanes', raw.lanes.join(','));
	}
	return parseView(params, context);
}

/** The view as URL parameters (for links to the explorer at the same view). */
export function viewQuery(view: ViewState): string {
	const query = serializeView(view).toString();
	return query ? `?${query}` : '';
}

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
	theme: EmbedTheme;
	/** A fixed height in px for the whole embed, or undefined to fit the content. */
	height?: number;
}

/** The embed's own URL options besides the view: `theme` and `height`; bad values fall back. */
export function readEmbedOptions(params: URLSearchParams): EmbedOptions {
	const theme = params.get('theme');
	const height = Number(params.get('height'));
	return {
		theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
		...(Number.isInteger(height) && height >= 150 && height <= 4000 ? { height } : {})
	};
}
