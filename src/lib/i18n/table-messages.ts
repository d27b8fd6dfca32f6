// Strings of the table of events, drawn by the server and brought to life after first paint.
// Same rules as messages.ts.
import { translator } from './messages';

const en = {
	'table.caption': '{count} events; choose a column heading to sort',
	'table.date': 'Date',
	'table.lane': 'Lane',
	'table.event': 'Event',
	'table.claims': 'Claims',
	'table.more': 'Showing {shown} of {count}: show more'
} as const;

export const tTable = translator(en);
