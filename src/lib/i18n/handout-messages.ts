// Strings of the printable handout. Same rules as messages.ts.
import { translator } from './messages';

const en = {
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
	'app.tagline': 'Sourced timelines of the relations between two states'
} as const;

export type HandoutKey = keyof typeof en;

export const tHandout = translator(en, 'handout');

/** The English table, which the other languages translate (tests compare pages against it). */
export { en as english };
