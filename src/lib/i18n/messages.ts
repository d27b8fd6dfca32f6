// Every string the interface shows, by key. English now; other languages add a table of the same keys.

const en = {
	'app.name': 'Dyad',
	'app.tagline': 'Sourced timelines of the relations between two states',
	'skip.toMain': 'Skip to the timeline',
	'home.builtOn': 'Built around',
	'home.eventCount': '{count} events from {from} to {to}',
	'home.lanesHeading': 'Events by lane',
	'home.lanesNav': 'Lanes',
	'lane.count': '{count} events',
	'event.sources': 'Sources',
	'event.claims': 'Bears on the article’s claims',
	'event.cites': 'Source {label}',
	'periods.heading': 'Periods and their dominant discourse',
	'periods.discourse': 'Discourse: {level}',
	'claims.heading': 'The article’s claims',
	'refs.heading': 'References',
	'refs.articleRefs': 'The article’s references are 1–{count}; outside sources follow.',
	'relation.supports': 'supports',
	'relation.qualifies': 'qualifies',
	'relation.contradicts': 'contradicts',
	'relation.context': 'context',
	'discourse.opponent': 'opponent',
	'discourse.competitor': 'competitor',
	'discourse.colleague': 'colleague',
	'discourse.friend': 'friend',
	'discourse.ally': 'ally',
	'error.title': 'Something went wrong',
	'error.data': 'The timeline data has problems',
	'footer.license': 'Data: {license}.',
	'footer.article': 'The article’s abstract and references are CC BY 4.0, © 2020 Sadegi E.M.'
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export interface Locale {
	lang: string;
	dir: 'ltr' | 'rtl';
	messages: Messages;
}

export const LOCALES: Record<string, Locale> = {
	en: { lang: 'en', dir: 'ltr', messages: en }
};

export const DEFAULT_LOCALE = 'en';

/** The locale for a language tag, falling back to the default. */
export function localeFor(lang: string | undefined): Locale {
	const base = lang?.split('-')[0] ?? DEFAULT_LOCALE;
	return LOCALES[base] ?? (LOCALES[DEFAULT_LOCALE] as Locale);
}

/** The message for `key` with each {name} replaced by its parameter. */
export function t(
	key: MessageKey,
	params: Record<string, string | number> = {},
	locale: Locale = localeFor(DEFAULT_LOCALE)
): string {
	return locale.messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
