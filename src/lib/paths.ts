// The addresses of a timeline's pages under the site's base path (pages end in a slash). A scope is
// where the timeline lives: '' for the default timeline, `t/<slug>` for any.
import { resolve } from '$app/paths';
import type { Language } from './i18n/languages';
import { scopeIn } from './scope';

/** Built as one file opened from disk, pages are the hash of that file's address: keep just it. */
const single = import.meta.env.VITE_DYAD_SINGLE === '1';

function local(href: string): string {
	return single ? href.slice(href.indexOf('#')) : href;
}

export function stepPath(scope: string, story: string, step: number): string {
	return local(
		`${resolve('/[...scope=scope]/present/[story]/[step]', { scope, story, step: String(step) })}/`
	);
}

export function presenterPath(scope: string, story: string): string {
	return local(`${resolve('/[...scope=scope]/present/[story]/presenter', { scope, story })}/`);
}

/** The explorer of the scope's timeline. */
export function explorerPath(scope: string): string {
	return local(`${resolve('/[...scope=scope]', { scope })}/`.replace(/\/\/$/, '/'));
}

/** The printable handout of the scope's timeline. */
export function handoutPath(scope: string): string {
	return local(`${resolve('/[...scope=scope]/handout', { scope })}/`);
}

/** The chart alone, for iframes: the embed of the scope's timeline. */
export function embedPath(scope: string): string {
	return local(`${resolve('/[...scope=scope]/embed', { scope })}/`);
}

/** The file of the scope's timeline details (summaries and citations), which pages fetch. */
export function detailsPath(scope: string): string {
	return resolve('/[...scope=scope]/details.json', { scope });
}

/**
 * The same page in another language, or undefined for a page that is not a timeline's (`routeId`
 * and `params` are the page's, as `page` in $app/state gives them).
 */
export function languagePath(
	routeId: string | null,
	params: Record<string, string>,
	language: Language
): string | undefined {
	if (routeId === null || params.scope === undefined) return undefined;
	const scope = scopeIn(params.scope, language);
	const path = (resolve as (id: string, params: Record<string, string>) => string)(routeId, {
		...params,
		scope
	});
	return local(`${path}/`.replace(/\/\/$/, '/'));
}

/** An address with a query added: after its own, if it has one. */
export function withQuery(href: string, query: string): string {
	if (!query) return href;
	return `${href}${href.includes('?') ? '&' : '?'}${query.replace(/^\?/, '')}`;
}
