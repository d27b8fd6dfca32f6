// Strings of an open event's panel, loaded after the page is interactive. Same rules as messages.ts.
import { translator } from './messages';

const en = {
	'detail.close': 'Close the event',
	'detail.steps': 'Events before and after',
	'detail.earlier': 'Earlier',
	'detail.later': 'Later',
	'detail.previous': 'Earlier event: {title}',
	'detail.next': 'Later event: {title}',
	'detail.showRef': 'Reference {label}: show the events citing it'
} as const;

export const tDetail = translator(en);
