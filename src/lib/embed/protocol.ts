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

// The heights the embed takes, in px: a fixed height from its URL (`height=`) lies between the
// first two; its content's height, which static/embed.js gives its iframe, between the first and
// the last. static/embed.js repeats MIN_HEIGHT and MAX_CONTENT_HEIGHT (a test keeps them equal).
export const MIN_HEIGHT = 150;
export const MAX_FIXED_HEIGHT = 4000;
export const MAX_CONTENT_HEIGHT = 20000;

/** The content's height for the host, rounded up (no scroll bar) and kept within the limits. */
export function heightMessage(height: number): EmbedMessage {
	const px = Number.isFinite(height) ? Math.ceil(height) : MIN_HEIGHT;
	return {
		protocol: PROTOCOL,
		version: VERSION,
		type: 'height',
		height: Math.min(Math.max(px, MIN_HEIGHT), MAX_CONTENT_HEIGHT)
	};
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
	const height = fixedHeight(params.get('height'));
	return {
		theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
		...(height === undefined ? {} : { height })
	};
}

// Plain decimal digits only: Number() would also take " 300", "0x12c", "3e2" and "300.0".
function fixedHeight(text: string | null): number | undefined {
	if (text === null || !/^\d{1,5}$/.test(text)) return undefined;
	const height = Number(text);
	return height >= MIN_HEIGHT && height <= MAX_FIXED_HEIGHT ? height : undefined;
}
