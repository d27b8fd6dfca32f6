// Every page is prerendered to static HTML: deployable anywhere, readable without JavaScript.
import { loadLanguage } from '$lib/i18n/load-language';
import { languageOfScope } from '$lib/scope';
import type { LayoutLoad } from './$types';

export const prerender = true;
// Each page is written as <path>/index.html, so /t/<slug>/ works on any static host.
export const trailingSlash = 'always';

// The page's language (its scope's: /ru/…, /fa/…, English elsewhere) with its strings and dates.
export const load: LayoutLoad = async ({ params }) => ({
	language: await loadLanguage(languageOfScope('scope' in params ? (params.scope ?? '') : ''))
});
