import type { Handle } from '@sveltejs/kit';
import { localeFor } from '$lib/i18n/messages';

// The document's language and direction come from the locale, so right-to-left languages lay out correctly.
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeFor(undefined);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', locale.lang).replace('%dir%', locale.dir)
	});
};
