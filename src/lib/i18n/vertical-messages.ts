// Strings of the phone's timeline, drawn by the server and brought to life after first paint.
// Same rules as messages.ts.
import { translator } from './messages';

const en = {
	'vertical.heading': 'Events by year',
	'vertical.period': 'From here: {label} ({level})',
	'vertical.more': '{count} more in {year}',
	'vertical.inTable': 'They are in the table of events below.'
} as const;

export const tVertical = translator(en);
