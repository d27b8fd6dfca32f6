// Strings of the embed: its link to the full explorer and its open event. Same rules as messages.ts.
import { translator } from './messages';

const en = {
	'embed.openFull': 'Open “{title}” in full',
	'embed.openEvent': 'Open this event in the full timeline'
} as const;

export type EmbedKey = keyof typeof en;

export const tEmbed = translator(en, 'embed');

/** The English table, which the other languages translate (tests compare pages against it). */
export { en as english };
