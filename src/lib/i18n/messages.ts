// Every string the interface shows, by key: English here, and the other languages' tables in a pack
// per language (ru.ts, fa.ts) that only that language's pages load. The strings of the pages the
// explorer does not need (presentations, the handout, the share dialog) and of what it loads after
// first paint (an open event) live beside this file in tables of their own, so the explorer's first
// load does not carry them.
import { DEFAULT_LANGUAGE, LANGUAGE_INFO, type Language, type LanguageInfo } from './languages';
import type { AxisTicks } from '../chart/language-axis';
import type { CalendarYears } from '../dates/calendar-years';
import type { Message, Pack, Part } from './pack';

const en = {
	'app.name': 'Dyad',
	'skip.toMain': 'Skip to the timeline',
	'language.label': 'Language',
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
	'claims.quoteTranslation': 'Translation',
	'translation.unreviewed':
		'The text of this timeline is a translation that has not been reviewed yet.',
	'translation.original': 'Read the original',
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

/** The English table, which the other languages translate (tests compare pages against it). */
export { en as english };

export type Params = Record<string, string | number>;

/** The language pages are drawn in, with what writes its plurals and numbers. */
interface Active {
	info: LanguageInfo;
	pack: Pack | undefined;
	/** The axis in the language's usual calendar; none for English (d3's own). */
	axis: AxisTicks | undefined;
	/** The years of the language's usual calendar where they are not the Gregorian. */
	years: CalendarYears | undefined;
	plural: Intl.PluralRules;
	/** Numbers in the language's digits, grouped from five digits on: 10,000 but 1989. */
	number: Intl.NumberFormat;
}

function activate(
	language: Language,
	pack?: Pack,
	axis?: AxisTicks,
	years?: CalendarYears
): Active {
	return {
		info: LANGUAGE_INFO[language],
		pack,
		axis,
		years,
		plural: new Intl.PluralRules(language),
		number: new Intl.NumberFormat(language, { useGrouping: 'min2' })
	};
}

let active = activate(DEFAULT_LANGUAGE);

/** What a page in a language draws with: its strings and its axis (none for English). */
export interface LanguageParts {
	language: Language;
	pack?: Pack | undefined;
	axis?: AxisTicks | undefined;
	years?: CalendarYears | undefined;
}

/**
 * Draws pages in a language from now on. The page's root layout calls it before anything is drawn,
 * on the server and in the browser, with what its load brought (i18n/load-language.ts).
 */
export function useLanguage({ language, pack, axis, years }: LanguageParts): void {
	if (active.info.code !== language || active.pack !== pack || active.axis !== axis)
		active = activate(language, pack, axis, years);
}

/** The language pages are being drawn in. */
export function currentLanguage(): LanguageInfo {
	return active.info;
}

/** The axis in the page language's usual calendar; undefined for English (d3's own). */
export function languageAxis(): AxisTicks | undefined {
	return active.axis;
}

/** The years of the page language's usual calendar; undefined for the Gregorian. */
export function languageYears(): CalendarYears | undefined {
	return active.years;
}

/** A number as the current language writes it (Persian digits in fa). */
export function formatNumber(value: number): string {
	return active.number.format(value);
}

/**
 * A message with each {name} replaced by its parameter (numbers in the language's digits); a
 * missing one stays visible. A message in plural forms takes the form for its `count`.
 */
export function fill(message: Message, params: Params = {}): string {
	const text =
		typeof message === 'string'
			? message
			: (message[active.plural.select(Number(params.count ?? 0))] ?? message.other);
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		if (typeof value === 'number') return active.number.format(value);
		// In a right-to-left language, text put into a message (a title in English, a date) is
		// isolated, as <bdi> would, so its own direction never reorders the message around it.
		return active.info.dir === 'rtl' ? `\u2068${value}\u2069` : value;
	});
}

/** The `t` of a part's table of strings (the handout's, say): same rules as `t`. */
export function translator<Key extends string>(
	table: Record<Key, Message>,
	part: Part
): (key: Key, params?: Params) => string {
	return (key, params = {}) =>
		fill((active.pack?.[part] as Record<Key, Message> | undefined)?.[key] ?? table[key], params);
}

/** The message for `key` in the current language, with each {name} replaced by its parameter. */
export const t: (key: MessageKey, params?: Params) => string = translator(en, 'main');

/** The foot of a page: the timeline's licence, and the article's as published where it gives one. */
export function licences(timeline: {
	meta: { license: string };
	article?: { publication: { license?: string } };
}): string {
	const article = timeline.article?.publication.license?.replace(/\.$/, '');
	const data = t('footer.license', { license: timeline.meta.license });
	return article ? `${data} ${t('footer.article', { license: article })}` : data;
}
