// Every string the interface shows, by key. English now; other languages add a table of the same keys.
// The strings of the pages the explorer does not need (presentations, the handout, the share dialog)
// and of what it loads after first paint (an open event) live beside this file in tables of their
// own, so the explorer's first load does not carry them.

const en = {
	'app.name': 'Dyad',
	'skip.toMain': 'Skip to the timeline',
	'home.builtOn': 'Built around',
	'home.eventCount': '{count} events from {from} to {to}',
	'event.cites': 'Source {label}',
	'periods.heading': 'Periods and their dominant discourse',
	'periods.discourse': 'Discourse: {level}',
	'claims.heading': 'The article’s claims',
	'refs.heading': 'References',
	'refs.download': 'Download the references:',
	'refs.downloadArticle': 'the article:',
	'refs.showEvents': 'Show citing events ({count})',
	'refs.eventsOf': 'Events citing this reference',
	'claims.count': '{count} {relation}',
	'claims.eventsOf': 'Events bearing on this claim',
	'detail.citation': 'citation {label}',
	'copy.button': 'Copy',
	'copy.copied': 'Copied',
	'copy.label': 'Copy {what}',
	'copy.done': 'Copied {what}.',
	'copy.failed': 'Could not copy: the browser refused access to the clipboard.',
	'toolbar.search': 'Search events',
	'toolbar.searchPlaceholder': 'Search titles and summaries',
	'toolbar.lanes': 'Lanes shown',
	'toolbar.zoom': 'Zoom',
	'toolbar.zoomIn': 'Zoom in',
	'toolbar.zoomOut': 'Zoom out',
	'toolbar.reset': 'Reset',
	'toolbar.count': '{count} of {total} events',
	'toolbar.filters': 'Search and filter',
	'toolbar.calendar': 'Calendar',
	'calendar.gregorian': 'Gregorian',
	'calendar.persian': 'Solar Hijri',
	'table.heading': 'All events as a table',
	'overview.label': 'Overview of the whole timeline',
	'overview.window': 'Visible range: drag, or use the arrow keys, to move the chart',
	'overview.range': '{from} to {to}',
	'legend.discourse': 'Dominant discourse:',
	'legend.relations': 'When a claim is chosen:',
	'legend.uncertain': 'date known to the month or year',
	'legend.milestone': 'milestone',
	'legend.sides': 'Who acted:',
	'legend.both': 'both',
	'legend.other': 'a third party',
	'explorer.chart': 'Timeline',
	'explorer.detail': 'Selected event',
	'explorer.modes': 'Other ways to read this timeline',
	'announce.selected': 'Selected {date}: {title}',
	'announce.cleared': 'Selection cleared',
	'announce.claim': 'Claim chosen: {count} events highlighted',
	'announce.ref': 'Reference chosen: {count} events cite it',
	'relation.supports': 'supports',
	'relation.qualifies': 'qualifies',
	'relation.contradicts': 'contradicts',
	'relation.context': 'context',
	'discourse.opponent': 'opponent',
	'discourse.competitor': 'competitor',
	'discourse.colleague': 'colleague',
	'discourse.friend': 'friend',
	'discourse.ally': 'ally',
	'chart.label': 'Timeline chart, {count} events',
	'chart.roleDescription': 'timeline',
	'chart.help':
		'Arrow keys move between events: left and right in time, up and down between lanes. Enter opens an event, Escape closes it. Plus and minus zoom, 0 resets.',
	'chart.eventName': '{date}, {lane}: {title}',
	'chart.cluster': '{count} events in {lane}; zoom in',
	'chart.periods': 'Periods',
	'chart.periodName': '{label}: {level}',
	'chart.article': '{label} published',
	'chart.milestones': 'Milestones',
	'explorer.about': 'About this timeline',
	'toolbar.lanesShown': 'Lanes: {count} of {total}',
	'chart.milestoneName': 'Milestone, {date}: {label}',
	'present.close': 'Close',
	'present.start': 'Present',
	'share.open': 'Share',
	'error.title': 'Something went wrong',
	'error.data': 'The timeline data has problems',
	'footer.license': 'Data: {license}.',
	'footer.article': 'The article: {license}.',
	'handout.link': 'Printable handout'
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

export type Params = Record<string, string | number>;

/** A message with each {name} replaced by its parameter; a missing one stays visible. */
export function fill(message: string, params: Params = {}): string {
	return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** The `t` of a table of strings kept apart (a page's, or a part loaded later): same rules as `t`. */
export function translator<Key extends string>(
	table: Record<Key, string>
): (key: Key, params?: Params) => string {
	return (key, params = {}) => fill(table[key], params);
}

/** The message for `key` with each {name} replaced by its parameter. */
export function t(
	key: MessageKey,
	params: Params = {},
	locale: Locale = localeFor(DEFAULT_LOCALE)
): string {
	return fill(locale.messages[key], params);
}

/** The foot of a page: the timeline's licence, and the article's as published where it gives one. */
export function licences(timeline: {
	meta: { license: string };
	article?: { publication: { license?: string } };
}): string {
	const article = timeline.article?.publication.license?.replace(/\.$/, '');
	const data = t('footer.license', { license: timeline.meta.license });
	return article ? `${data} ${t('footer.article', { license: article })}` : data;
}
