// Strings of the share dialog, loaded only when a reader asks to share. Same rules as messages.ts.
import { translator } from './messages';

const en = {
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
	'share.cite': 'Cite this'
} as const;

export type ShareKey = keyof typeof en;

export const tShare = translator(en, 'share');

/** The English table, which the other languages translate (tests compare pages against it). */
export { en as english };
