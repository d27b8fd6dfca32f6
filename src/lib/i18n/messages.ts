// Every string the interface shows, by key. English now; other languages add a table of the same keys.

const en = {
	'app.name': 'Dyad',
	'app.tagline': 'Sourced timelines of the relations between two states',
	'skip.toMain': 'Skip to the timeline',
	'home.builtOn': 'Built around',
	'home.eventCount': '{count} events from {from} to {to}',
	'event.sources': 'Sources',
	'event.claims': 'Bears on the article’s claims',
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
	'detail.close': 'Close the event',
	'detail.showRef': 'Reference {label}: show the events citing it',
	'detail.open': 'Open',
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
	'table.heading': 'All events as a table',
	'table.caption': '{count} events; choose a column heading to sort',
	'table.date': 'Date',
	'table.lane': 'Lane',
	'table.event': 'Event',
	'table.claims': 'Claims',
	'table.more': 'Showing {shown} of {count}: show more',
	'overview.label': 'Overview of the whole timeline',
	'overview.window': 'Visible range: drag, or use the arrow keys, to move the chart',
	'overview.range': '{from} to {to}',
	'legend.discourse': 'Dominant discourse:',
	'legend.relations': 'When a claim is chosen:',
	'legend.uncertain': 'date known to the month or year',
	'explorer.chart': 'Timeline',
	'explorer.detail': 'Selected event',
	'explorer.modes': 'Other ways to read this timeline',
	'explorer.hint':
		'Choose an event on the chart or in the table to read it, with the claims it bears on and its sources.',
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
	'present.title': '{story} · {timeline}',
	'present.step': 'Step {step} of {count}',
	'present.previous': 'Previous step',
	'present.next': 'Next step',
	'present.overview': 'All steps',
	'present.overviewTitle': 'All steps of “{story}”',
	'present.close': 'Close',
	'present.presenter': 'Presenter view',
	'present.fullscreen': 'Full screen',
	'present.contrast': 'High contrast',
	'present.exit': 'Back to the explorer',
	'present.controls': 'Presentation controls',
	'present.keys':
		'Keys: → or Space next, ← previous, Home, End, a number then Enter to jump, f full screen, o all steps, p presenter view, c high contrast, Escape back to the explorer.',
	'present.jump': 'Go to step {step}: press Enter',
	'present.claim': 'Claim',
	'present.event': 'Event',
	'present.period': 'Period',
	'present.noStep': 'There is no step {step}: this story has steps 1 to {count}.',
	'present.start': 'Present',
	'presenter.heading': 'Presenter view',
	'presenter.now': 'Now',
	'presenter.next': 'Next',
	'presenter.end': 'End of the story',
	'presenter.notes': 'Notes',
	'presenter.noNotes': 'No notes for this step.',
	'presenter.elapsed': 'Elapsed',
	'presenter.clock': 'Time',
	'presenter.restart': 'Restart the timer',
	'presenter.hint':
		'This window and the audience window stay on the same step, whichever one you drive.',
	'embed.openFull': 'Open “{title}” in full',
	'embed.openEvent': 'Open this event in the full timeline',
	'share.open': 'Share',
	'share.title': 'Share this view',
	'share.link': 'Link to this view',
	'share.embed': 'Embed in a course page',
	'share.embedCode': 'Embed code',
	'share.width': 'Width',
	'share.height': 'Height',
	'share.theme': 'Theme',
	'share.fullWidth': 'Full width',
	'share.autoHeight': 'Fit the content',
	'share.light': 'Light',
	'share.dark': 'Dark',
	'share.auto': 'As the reader’s system',
	'share.preview': 'Preview:',
	'share.previewTitle': 'Preview of the embedded chart',
	'share.download': 'Download',
	'share.svg': 'Chart as SVG',
	'share.png': 'Chart as PNG (2×)',
	'share.json': 'Data as JSON',
	'share.csv': 'Events as CSV',
	'share.cite': 'Cite this',
	'error.title': 'Something went wrong',
	'error.data': 'The timeline data has problems',
	'handout.link': 'Printable handout',
	'handout.title': 'Handout',
	'handout.toExplorer': 'Back to the interactive explorer',
	'handout.print': 'Print',
	'handout.printHint': 'Fits A4 and US Letter; choose the paper size in the print dialogue.',
	'handout.overview': 'Overview',
	'handout.figureCaption':
		'All {count} events by lane, {from} to {to}. The band above the lanes shows the periods, shaded by their dominant discourse; a number stands for events too close together to draw apart, and a dashed line marks a date known only to the month or year.',
	'handout.events': 'Events',
	'handout.eventsIntro':
		'Every event in time order, with the article’s claims it bears on. Numbers in brackets are the references listed at the end.',
	'handout.sources': 'Sources:',
	'handout.references': 'References',
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
