// Strings of the parts that come to life after first paint, in one file: the open event's panel,
// the table of events and the phone's timeline. Same rules as messages.ts.
import { translator } from './messages';

const en = {
	'detail.close': 'Close the event',
	'detail.steps': 'Events before and after',
	'detail.earlier': 'Earlier',
	'detail.later': 'Later',
	'detail.previous': 'Earlier event: {title}',
	'detail.next': 'Later event: {title}',
	'detail.showRef': 'Reference {label}: show the events citing it',
	'detail.open': 'Open',
	'detail.loading': 'Loading the summary and sources…',
	'detail.failed':
		'The summary and sources did not load ({reason}). Check the connection, then reload the page.',
	'event.sources': 'Sources',
	'event.claims': 'Bears on the article’s claims',
	'table.caption': '{count} events; choose a column heading to sort',
	'table.date': 'Date',
	'table.lane': 'Lane',
	'table.event': 'Event',
	'table.claims': 'Claims',
	'table.more': 'Showing {shown} of {count}: show more',
	'vertical.heading': 'Events by year',
	'vertical.period': 'From here: {label} ({level})',
	'vertical.more': '{count} more in {year}',
	'vertical.inTable': 'They are in the table of events below.'
} as const;

export type LaterKey = keyof typeof en;

export const tLater = translator(en, 'later');

/** The English table, which the other languages translate (tests compare pages against it). */
export { en as english };
