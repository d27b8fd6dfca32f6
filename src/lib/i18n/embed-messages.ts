// Strings of the embed: its link to the full explorer and its open event. Same rules as messages.ts.
import { translator } from './messages';

const en = {
	'embed.openFull': 'Open “{title}” in full',
	'embed.openEvent': 'Open this event in the full timeline'
} as const;

export const tEmbed = translator(en);
