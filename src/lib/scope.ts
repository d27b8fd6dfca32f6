// Where a timeline's pages live: its scope is '' for the default timeline and `t/<slug>` for any, in
// English; the same under `ru/` or `fa/` in another language ('ru', 'fa/t/<slug>').
import { DEFAULT_LANGUAGE, LANGUAGES, languageOf, type Language } from './i18n/languages';

export const DEFAULT_TIMELINE = 'iran-russia';

/** A scope without the trailing slash it has when it ends the address. */
export function trimScope(scope: string): string {
	return scope.replace(/\/$/, '');
}

/** A scope's language and the rest of it ('' or `t/<slug>`). */
function split(scope: string): { language: Language; rest: string } {
	const trimmed = trimScope(scope);
	const [first, ...rest] = trimmed.split('/');
	const language = languageOf(first);
	return language && language !== DEFAULT_LANGUAGE
		? { language, rest: rest.join('/') }
		: { language: DEFAULT_LANGUAGE, rest: trimmed };
}

/** The timeline a page scope names. */
export function slugOf(scope: string): string {
	const { rest } = split(scope);
	return rest === '' ? DEFAULT_TIMELINE : rest.replace(/^t\//, '');
}

/** The language a page scope is in. */
export function languageOfScope(scope: string): Language {
	return split(scope).language;
}

/** The same page's scope in another language. */
export function scopeIn(scope: string, language: Language): string {
	const { rest } = split(scope);
	if (language === DEFAULT_LANGUAGE) return rest;
	return rest === '' ? language : `${language}/${rest}`;
}

/** The scopes a timeline's pages live under in English: `t/<slug>`, and '' too for the default timeline. */
export function scopesOf(slug: string): string[] {
	return slug === DEFAULT_TIMELINE ? ['', `t/${slug}`] : [`t/${slug}`];
}

/** The scopes of a timeline's pages in every language. */
export function allScopesOf(slug: string): string[] {
	return LANGUAGES.flatMap((language) => scopesOf(slug).map((scope) => scopeIn(scope, language)));
}
