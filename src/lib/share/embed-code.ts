// The HTML a teacher pastes into a course page to show a view of the timeline.
import { serializeView, type ViewState } from '../view/view-state';
import type { EmbedTheme } from '../embed/protocol';

export interface EmbedChoice {
	/** CSS width: '100%' or a number of pixels. */
	width: string;
	/** A fixed height in pixels, or 'auto' to fit the content (with the helper script). */
	height: number | 'auto';
	theme: EmbedTheme;
}

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed's address for a view: the view's keys plus theme and height when not the default. */
export function embedSrc(embedUrl: string, view: ViewState, choice: EmbedChoice): string {
	const url = new URL(embedUrl);
	const params = serializeView(view);
	if (choice.theme !== 'light') params.set('theme', choice.theme);
	if (choice.height !== 'auto') params.set('height', String(choice.height));
	url.search = params.toString();
	return url.href;
}

/** The iframe, and the helper script that sizes it when its height is 'auto'. */
export function embedCode(
	src: string,
	title: string,
	scriptUrl: string,
	choice: EmbedChoice
): string {
	const width = /^\d+$/.test(choice.width) ? `${choice.width}px` : choice.width;
	const height = choice.height === 'auto' ? '560px' : `${choice.height}px`;
	const frame =
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
		`style="width:${width};height:${height};border:0"` +
		`${choice.height === 'auto' ? '' : ' data-fixed-height'} loading="lazy"></iframe>`;
	return choice.height === 'auto'
		? `${frame}\n<script src="${escapeAttribute(scriptUrl)}" async></script>`
		: frame;
}

/** "Cite this": the article, then the timeline view with its address and the day it was seen. */
export function citeView(
	article: string | undefined,
	timelineTitle: string,
	url: string,
	accessed: Date
): string {
	const day = accessed.toISOString().slice(0, 10);
	const view = `${timelineTitle} [interactive timeline]. Dyad. ${url} (accessed ${day}).`;
	return article ? `${article}\n${view}` : view;
}
